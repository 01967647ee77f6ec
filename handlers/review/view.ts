import { listDecisions, listInfoRequests } from "../../storage/decisions.js";
import { getSubmissionByCode, listByStatus, type Submission, type SubmissionSummary } from "../../storage/submissions.js";
import type { Ctx } from "../context.js";
import { vi } from "../texts/vi.js";
import type { ChoiceOption, Reply } from "../../core/types.js";
import { answerLines } from "../dialog/answer-format.js";
import { declarantView } from "../declarations/mine.js";
import { ageDays, formatDay } from "../../core/display.js";
import { canSee, senderLabel, senderOf } from "../reports/access.js";
import { decisionLabel, statusLabel } from "./labels.js";
import { describePerson, isAdmin } from "./roles.js";
import { allowedDecisions, DECISION_WORDS, PENDING_STATUSES, type ReviewStatus } from "./state-machine.js";
import type { DecisionKind } from "../../storage/decisions.js";
import { submissionMatchesAudit } from "../../storage/audit.js";

// What a reviewer reads: the queue (/cho_duyet) and one declaration in full (/xem); their own
// declaration only as its declarant sees it.

export const PAGE_SIZE = 10;

const WORD_OF: Record<DecisionKind, string> = Object.fromEntries(
  Object.entries(DECISION_WORDS)
    .reverse()
    .map(([w, d]) => [d, w]),
) as Record<DecisionKind, string>;

/** Button id that picks a decision: the command it stands for, without a reason (the bot asks). */
export const decisionChoiceId = (code: string, d: DecisionKind) => `/quyet_dinh ${code} ${WORD_OF[d]}`;

/** Out of the queue but not finished: shown in their own groups so nothing is forgotten. */
const ASIDE: readonly { status: ReviewStatus; header: (n: number) => string }[] = [
  { status: "info_requested", header: vi.review.queueWaitingHeader },
  { status: "escalated", header: vi.review.queueEscalatedHeader },
];
const ASIDE_LIMIT = 10;

/** Which reports this reader may list: leadership-only ones only for admins. */
const scopeOf = (ctx: Ctx) => ({ leadership: isAdmin(ctx.config, ctx.person) });

function queueLine(ctx: Ctx, s: SubmissionSummary): string {
  return vi.review.queueLine(
    s.code,
    vi.review.kinds[s.kind] ?? s.kind,
    formatDay(s.createdAt),
    ageDays(s.createdAt, ctx.now),
    senderLabel(s),
  );
}

/** The waiting and passed-on groups (first page only): header, up to ASIDE_LIMIT lines each. */
function asideGroups(ctx: Ctx): string[] {
  const lines: string[] = [];
  for (const group of ASIDE) {
    const { total, items } = listByStatus(ctx.store, [group.status], { offset: 0, limit: ASIDE_LIMIT }, scopeOf(ctx));
    if (!total) continue;
    lines.push("", group.header(total), ...items.map((s) => queueLine(ctx, s)));
    if (total > items.length) lines.push(vi.review.queueGroupMore(total - items.length));
  }
  return lines;
}

/** /cho_duyet [trang]: the submissions waiting for a reviewer, oldest first, one page. */
export function queuePage(ctx: Ctx, pageArg: string): Reply[] {
  const arg = pageArg.trim();
  // "/cho_duyet abc" or "-1" is no page: said so, rather than page 1 shown as if asked for.
  if (arg && !/^\d+$/.test(arg)) return [{ text: vi.review.queuePageNotNumber(arg) }];
  const page = Math.max(1, Number.parseInt(arg || "1", 10) || 1);
  const { total, items } = listByStatus(ctx.store, PENDING_STATUSES, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }, scopeOf(ctx));
  const aside = page === 1 ? asideGroups(ctx) : [];
  if (total === 0) return [{ text: [vi.review.queueEmpty, ...aside, ...(aside.length ? ["", vi.review.queueFooter] : [])].join("\n") }];
  const pages = Math.ceil(total / PAGE_SIZE);
  if (items.length === 0) return [{ text: vi.review.queuePageEmpty(pages) }];
  const lines = [vi.review.queueHeader(total, page, pages), ...items.map((s) => queueLine(ctx, s))];
  if (page < pages) lines.push(vi.review.queueMore(page + 1));
  lines.push(...aside, "", vi.review.queueFooter);
  return [{ text: lines.join("\n") }];
}

/** /xem <mã>: one submission in full, its decisions and requests, with the decisions allowed now as buttons. */
export function viewSubmission(ctx: Ctx, codeArg: string): Reply[] {
  const code = codeArg.trim().toUpperCase();
  if (!code) return [{ text: vi.review.viewUsage }];
  const s = getSubmissionByCode(ctx.store, code);
  // A leadership-only report does not exist for other members.
  if (!s || !canSee(ctx, s)) return [{ text: vi.review.notFound(code) }];
  if (s.kind !== "report" && s.declarant === ctx.person) return ownView(ctx, s);
  // Shown, not hidden: the reviewer must know that what follows is not what was declared and decided.
  const tampered = submissionMatchesAudit(ctx.store, s.id) ? [] : [vi.integrity.viewTampered, ""];
  const report = s.kind === "report";
  const status = statusLabel(s.kind, s.status);
  const header = report ? vi.reports.viewHeader(s.code, status) : vi.review.viewHeader(s.code, vi.review.kinds[s.kind] ?? s.kind, status);
  const lines = [...tampered, header, ...senderLines(ctx, s), ""];
  if (s.report?.purgedAt) lines.push(vi.reports.viewPurged(formatDay(new Date(s.report.purgedAt))));
  else lines.push(report ? vi.reports.viewContents : vi.review.viewAnswers, ...answerLines(ctx.dialogs.get(s.kind), s.answers));
  const decisions = listDecisions(ctx.store, s.id);
  if (decisions.length) {
    lines.push("", vi.review.viewDecisions);
    for (const d of decisions) {
      lines.push(vi.review.viewDecisionLine(formatDay(d.at), describePerson(ctx.store, d.by), decisionLabel(s.kind, d.decision), d.reason));
    }
  }
  const requests = listInfoRequests(ctx.store, s.id);
  if (requests.length) {
    lines.push("", vi.review.viewInfo);
    for (const r of requests) lines.push(vi.review.viewInfoLine(formatDay(r.askedAt), r.question, r.reply));
  }
  const reply: Reply = { text: lines.join("\n") };
  const allowed = allowedDecisions(s.status, s.kind);
  if (senderOf(s) === ctx.person) return [reply, { text: s.kind === "report" ? vi.reports.ownReport : vi.review.viewNoDecisionOwn }];
  const identityButton: ChoiceOption[] =
    s.report?.identity === "confidential" && s.report.reporter && isAdmin(ctx.config, ctx.person)
      ? [{ id: `/danh_tinh ${s.code}`, label: vi.reports.identityButton }]
      : [];
  if (!allowed.length) return [reply, { text: vi.review.viewFinal, ...(identityButton.length ? { choices: identityButton } : {}) }];
  const choices: ChoiceOption[] = [
    ...allowed.map((d) => ({ id: decisionChoiceId(s.code, d), label: decisionLabel(s.kind, d) })),
    ...identityButton,
  ];
  const choose = report ? vi.reports.viewChoose : vi.review.viewChoose;
  const hint = s.status === "info_requested" ? `${vi.review.viewWaiting}\n${choose}` : choose;
  return [reply, { text: hint, choices }];
}

/** Who sent it, as this reader may know: a hidden reporter is never named here (see /danh_tinh). */
function senderLines(ctx: Ctx, s: Submission): string[] {
  const date = formatDay(s.createdAt);
  const days = ageDays(s.createdAt, ctx.now);
  if (s.kind !== "report") {
    return [vi.review.viewDeclarant(s.declarantName ? `${s.declarantName} (${s.declarant})` : s.declarant, date, days)];
  }
  const lines =
    s.report?.identity === "public" && s.declarant
      ? [vi.reports.viewReporterPublic(s.declarantName ? `${s.declarantName} (${s.declarant})` : s.declarant, date, days)]
      : [
          vi.reports.viewReporterHidden(
            s.report?.identity === "confidential" ? vi.reports.whoConfidential : vi.reports.whoAnonymous,
            date,
            days,
          ),
        ];
  if (s.report?.audience === "leadership") lines.push(vi.reports.viewLeadership);
  return lines;
}

/** A committee member's own declaration: the declarant's view, and why there is nothing to decide. */
function ownView(ctx: Ctx, s: Submission): Reply[] {
  return [{ text: declarantView(ctx, s) }, { text: vi.review.viewNoDecisionOwn }];
}
