import type { Store } from "../../storage/db.js";
import { listAssignments } from "../../storage/assignments.js";
import { auditHead, formatHead } from "../../storage/audit.js";
import { listDecisionsSince } from "../../storage/decisions.js";
import { countReportsByStatus } from "../../storage/reports.js";
import { listByStatus, listCreatedBetween } from "../../storage/submissions.js";
import { decisionLabel, statusLabel } from "../review/labels.js";
import { describePerson } from "../review/roles.js";
import { PENDING_STATUSES } from "../review/state-machine.js";
import { ageDays, formatDay, formatDateTime, fullYears, formatIsoDay, isoDayIn } from "../../core/display.js";
import { vi } from "../texts/vi.js";
import type { Reply } from "../../core/types.js";
import { listUnanswered } from "../../storage/unanswered.js";
import { groupQuestions, mostAsked } from "../unanswered/group.js";

// The committee digest on a given clock: what is new since the last digest, what waits and for
// how long, what was decided, and who is due for rotation. Compact lines, one message per
// platform (split at line boundaries if it ever grows past MAX_CHARS).

export const MAX_CHARS = 2000;
const LIST_CAP = 8;
/** The first digest of a week names this many of the week's most asked unanswered questions. */
export const WEEKLY_UNANSWERED = 5;
const WEEK_MS = 7 * 86_400_000;

/** The first digest of the week: none before, or the last one went out before this week's Monday (display time zone). */
export function firstOfWeek(since: Date | undefined, now: Date): boolean {
  if (!since) return true;
  const today = isoDayIn(now);
  const dow = new Date(`${today}T00:00:00Z`).getUTCDay();
  const monday = new Date(Date.parse(`${today}T00:00:00Z`) - ((dow + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
  return isoDayIn(since) < monday;
}
export const ROTATION_DUE_YEARS = 2;
export const ROTATION_OVERDUE_YEARS = 5;

export interface DigestInput {
  now: Date;
  /** The last digest's time; undefined before the first one. */
  since: Date | undefined;
  dueDays: number;
  /** For an admin: leadership-only reports are counted and listed too. Default false. */
  leadership?: boolean;
}

function capped<T>(items: T[], line: (t: T) => string): string[] {
  const out = items.slice(0, LIST_CAP).map(line);
  if (items.length > LIST_CAP) out.push(vi.digest.more(items.length - LIST_CAP));
  return out;
}

/** The digest as one text: new submissions, decisions, what waits too long, rotation due at 2 and 5 years. */
export function buildDigestText(store: Store, input: DigestInput): string {
  const { now, since } = input;
  const t = vi.digest;
  const kindLabel = (k: string) => vi.review.kinds[k] ?? k;

  const scope = { leadership: input.leadership ?? false };
  const created = listCreatedBetween(store, since, now, scope);
  const pending = listByStatus(store, PENDING_STATUSES, { offset: 0, limit: 10_000 }, scope).items;
  const overdue = pending.filter((s) => ageDays(s.createdAt, now) > input.dueDays);
  const decisions = listDecisionsSince(store, since, now, scope);
  // Reports are counted by status only: never who sent them.
  const reports = Object.entries(countReportsByStatus(store, scope));
  const reportTotal = reports.reduce((n, [, k]) => n + k, 0);
  const today = isoDayIn(now);
  const withYears = listAssignments(store).map((a) => ({ ...a, years: fullYears(a.since, today) }));
  const rotationOverdue = withYears.filter((a) => a.years >= ROTATION_OVERDUE_YEARS);
  const rotationDue = withYears.filter((a) => a.years >= ROTATION_DUE_YEARS && a.years < ROTATION_OVERDUE_YEARS);

  // Once a week, what people asked most that the documents did not answer (kept without who asked).
  const asked = firstOfWeek(since, now)
    ? mostAsked(groupQuestions(listUnanswered(store, new Date(now.getTime() - WEEK_MS))), WEEKLY_UNANSWERED)
    : [];

  const sinceText = since ? formatDateTime(since) : undefined;
  // Printed in every digest, so a database cut short or rolled back contradicts people's chats.
  const head = t.head(formatHead(auditHead(store)));
  if (!created.length && !pending.length && !decisions.length && !rotationDue.length && !rotationOverdue.length && !asked.length) {
    return `${t.empty(sinceText)}\n${head}`;
  }

  const byKind = new Map<string, number>();
  for (const s of created) byKind.set(s.kind, (byKind.get(s.kind) ?? 0) + 1);
  const byKindText = [...byKind].map(([k, n]) => `${kindLabel(k)}: ${n}`).join(", ");
  const oldest = pending[0];

  const lines: string[] = [t.title(formatDay(now)), t.since(sinceText), t.newLine(created.length, byKindText)];
  lines.push(t.pendingLine(pending.length, oldest ? ageDays(oldest.createdAt, now) : 0, oldest?.code));
  if (reportTotal)
    lines.push(vi.reports.digestLine(reportTotal, reports.map(([status, n]) => `${statusLabel("report", status)}: ${n}`).join(", ")));
  if (overdue.length) {
    lines.push(t.overdueHeader(overdue.length, input.dueDays));
    lines.push(...capped(overdue, (s) => t.overdueLine(s.code, kindLabel(s.kind), ageDays(s.createdAt, now))));
  }
  lines.push(t.decisionsHeader(decisions.length));
  lines.push(...capped(decisions, (d) => t.decisionLine(d.code, decisionLabel(d.kind, d.decision), describePerson(store, d.by))));
  if (rotationOverdue.length) {
    lines.push(t.rotationOverdue(rotationOverdue.length));
    lines.push(...capped(rotationOverdue, (a) => t.rotationLine(a.person, a.area, formatIsoDay(a.since), a.years)));
  }
  if (rotationDue.length) {
    lines.push(t.rotationDue(rotationDue.length));
    lines.push(...capped(rotationDue, (a) => t.rotationLine(a.person, a.area, formatIsoDay(a.since), a.years)));
  }
  if (asked.length) {
    lines.push(vi.unanswered.digestHeader(asked.length));
    lines.push(...asked.map((g) => vi.unanswered.digestLine(g.count, g.question)));
  }
  lines.push(t.footer, head);
  return lines.join("\n");
}

/** Splits text into messages of at most `max` characters, at line boundaries where possible. */
export function splitMessage(text: string, max = MAX_CHARS): string[] {
  const out: string[] = [];
  let cur = "";
  for (const line of text.split("\n")) {
    const pieces = line.length > max ? (line.match(new RegExp(`[\\s\\S]{1,${max}}`, "g")) ?? []) : [line];
    for (const piece of pieces) {
      const next = cur ? `${cur}\n${piece}` : piece;
      if (next.length > max) {
        out.push(cur);
        cur = piece;
      } else cur = next;
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** The digest as replies, split for sending. */
export function buildDigest(store: Store, input: DigestInput): Reply[] {
  return splitMessage(buildDigestText(store, input)).map((text) => ({ text }));
}
