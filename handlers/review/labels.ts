import { vi } from "../texts/vi.js";

// Decisions and statuses as the committee reads them. Reports use their own words for some
// ("Chấp nhận xử lý", "Chuyển cơ quan có thẩm quyền"); everything else is shared.

/** A decision as the committee reads it for this kind of submission. */
export function decisionLabel(kind: string, decision: string): string {
  return (kind === "report" ? vi.reports.decisions[decision] : undefined) ?? vi.review.decisions[decision] ?? decision;
}

/** A status as the committee reads it for this kind of submission. */
export function statusLabel(kind: string, status: string): string {
  return (kind === "report" ? vi.reports.committeeStatuses[status] : undefined) ?? vi.review.statuses[status] ?? status;
}
