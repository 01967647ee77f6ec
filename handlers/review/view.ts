import { listDecisions, listInfoRequests } from "../../storage/decisions.js";
import { getSubmissionByCode, listByStatus, type Submission, type SubmissionSummary } from "../../storage/submissions.js";
import type { Ctx } from "../context.js";
import { vi } from "../texts/vi.js";
import type { ChoiceOption, Reply } from "../../core/types.js";
import { answerLines } from "../dialog/answer-format.js";
import { declarantView } from "../declarations/mine.js";
import { ageDays, formatDay } from "../../core/display.js";
import { describePerson } from "./roles.js";
import { allowedDecisions, DECISION_WORDS, PENDING_STATUSES, type ReviewStatus } from "./state-machine.js";
import type { DecisionKind } from "../../storage/decisions.js";
import { submissionMatchesAudit } from "../../storage/audit.js";

// What a reviewer reads: the queue (/cho_duyet) and one declaration in full (/xem); their own
// declaration only as its declarant sees it.

export const PAGE_SIZE = 10;

const WORD_OF: Record<DecisionKind, string> = Object.fromEntries(
  Object.entries(DECISION_WORDS).reverse().map(([w, d]) => [d, w]),
) as Record<DecisionKind, string>;

/** Button id that picks a decision: the command it stands for, without a reason (the bot asks). */
export const decisionChoiceId = (code: string, d: DecisionKind) => `/quyet_dinh ${code} ${WORD_OF[d]}`;

/** Out of the queue but not finished: shown in their own groups so nothing is forgotten. */
const ASIDE: readonly { status: ReviewStatus; header: (n: number) => string }[] = [
  { status: "info_requested", header: vi.review.queueWaitingHeader },
  { status: "escalated", header: vi.review.queueEscalatedHeader },
];
const ASIDE_LIMIT = 10;

function queueLine(ctx: Ctx, s: SubmissionSummary): string {
  return vi.review.queueLine(s.code, vi.review.kinds[s.kind] ?? s.kind, formatDay(s.createdAt), ageDays(s.createdAt, ctx.now), s.declarantName ?? s.declarant);
}

/** The waiting and passed-on groups (first page only): header, up to ASIDE_LIMIT lines each. */
function asideGroups(ctx: Ctx): string[] {
  const lines: string[] = [];
  for (const group of ASIDE) {
    const { total, items } = listByStatus(ctx.store, [group.status], { offset: 0, limit: ASIDE_LIMIT });
    if (!total) continue;
    lines.push("", group.header(total), ...items.map((s) => queueLine(ctx, s)));
    if (total > items.length) lines.push(vi.review.queueGroupMore(total - items.length));
  }
  return lines;
}

/** /cho_duyet [trang]: the submissions waiting for a reviewer, oldest first, one page. */
export function queuePage(ctx: Ctx, pageArg: string): Reply[] {
  const page = Math.max(1, Number.parseInt(pageArg, 10) || 1);
  const { total, items } = listByStatus(ctx.store, PENDING_STATUSES, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
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
  if (!s) return [{ text: vi.review.notFound(code) }];
  if (s.declarant === ctx.person) return ownView(ctx, s);
  // Shown, not hidden: the reviewer must know that what follows is not what was declared and decided.
  const tampered = submissionMatchesAudit(ctx.store, s.id) ? [] : [vi.integrity.viewTampered, ""];
  const lines = [
    ...tampered,
    vi.review.viewHeader(s.code, vi.review.kinds[s.kind] ?? s.kind, vi.review.statuses[s.status] ?? s.status),
    vi.review.viewDeclarant(s.declarantName ? `${s.declarantName} (${s.declarant})` : s.declarant, formatDay(s.createdAt), ageDays(s.createdAt, ctx.now)),
    "",
    vi.review.viewAnswers,
    ...answerLines(ctx.dialogs.get(s.kind), s.answers),
  ];
  const decisions = listDecisions(ctx.store, s.id);
  if (decisions.length) {
    lines.push("", vi.review.viewDecisions);
    for (const d of decisions) {
      lines.push(vi.review.viewDecisionLine(formatDay(d.at), describePerson(ctx.store, d.by), vi.review.decisions[d.decision] ?? d.decision, d.reason));
    }
  }
  const requests = listInfoRequests(ctx.store, s.id);
  if (requests.length) {
    lines.push("", vi.review.viewInfo);
    for (const r of requests) lines.push(vi.review.viewInfoLine(formatDay(r.askedAt), r.question, r.reply));
  }
  const reply: Reply = { text: lines.join("\n") };
  const allowed = allowedDecisions(s.status, s.kind);
  if (!allowed.length) return [reply, { text: vi.review.viewFinal }];
  const choices: ChoiceOption[] = allowed.map((d) => ({ id: decisionChoiceId(s.code, d), label: vi.review.decisions[d] ?? d }));
  const hint = s.status === "info_requested" ? `${vi.review.viewWaiting}\n${vi.review.viewChoose}` : vi.review.viewChoose;
  return [reply, { text: hint, choices }];
}

/** A committee member's own declaration: the declarant's view, and why there is nothing to decide. */
function ownView(ctx: Ctx, s: Submission): Reply[] {
  return [{ text: declarantView(ctx, s) }, { text: vi.review.viewNoDecisionOwn }];
}
