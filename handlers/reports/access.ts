import type { Reply } from "../../core/types.js";
import type { DecisionKind } from "../../storage/decisions.js";
import type { Submission } from "../../storage/submissions.js";
import type { Ctx } from "../context.js";
import { decisionLabel } from "../review/labels.js";
import { isAdmin } from "../review/roles.js";
import { vi } from "../texts/vi.js";

// What the committee side may know about a report, in one place: who sees it (leadership-only
// reports: admins only), who sent it (never for anonymous ones; for confidential ones only through
// the audited /danh_tinh), and where the sender is told of a decision.

const t = vi.reports;

/** False for a leadership-only report and a non-admin: the report is treated as nonexistent. */
export function canSee(ctx: Ctx, s: Submission): boolean {
  if (s.kind !== "report") return true;
  return s.report?.audience === "committee" || isAdmin(ctx.config, ctx.person);
}

/** The person who sent it, when the system keeps that (declarations: the declarant). */
export function senderOf(s: Submission): string | undefined {
  if (s.kind !== "report") return s.declarant;
  if (s.report?.identity === "public") return s.declarant || undefined;
  if (s.report?.identity === "confidential") return s.report.reporter?.person;
  return undefined;
}

/** How a queue line names the sender: never a hidden reporter. */
export function senderLabel(s: { kind: string; identity: string | null; declarant: string; declarantName: string | null }): string {
  if (s.kind === "report" && s.identity === "anonymous") return t.whoAnonymous;
  if (s.kind === "report" && s.identity === "confidential") return t.whoConfidential;
  return s.declarantName ?? s.declarant;
}

/** Where the sender of `s` is told of a decision; undefined for an anonymous report (they look it up). */
export function senderChat(s: Submission): { personId: string; channel: string; chatId: string } | undefined {
  if (s.kind !== "report") return { personId: s.declarant, channel: s.channel, chatId: s.chatId };
  const r = s.report?.identity === "confidential" ? s.report.reporter : undefined;
  if (r) return { personId: r.person, channel: r.channel, chatId: r.chatId };
  if (s.report?.identity === "public" && s.chatId) return { personId: s.declarant, channel: s.channel, chatId: s.chatId };
  return undefined;
}

/** The message an identified reporter receives for a decision (the «Trả lời» button for a question). */
export function reportDecisionNotice(code: string, decision: DecisionKind, reason: string, replyChoiceId: string): Reply {
  if (decision === "request_info") {
    return { text: t.noticeInfoRequest(code, reason), choices: [{ id: replyChoiceId, label: vi.review.replyButton }] };
  }
  return { text: t.noticeDecision(code, decisionLabel("report", decision), reason) };
}
