import { submissionMatchesAudit } from "../../storage/audit.js";
import { recordDecision, StaleStatusError, type DecisionKind } from "../../storage/decisions.js";
import { notify } from "../notify.js";
import { getSubmissionByCode } from "../../storage/submissions.js";
import type { Ctx } from "../context.js";
import { vi } from "../texts/vi.js";
import type { Reply } from "../../core/types.js";
import { canSee, reportDecisionNotice, senderChat, senderOf } from "../reports/access.js";
import { decisionLabel, statusLabel } from "./labels.js";
import { allowedDecisions, transition } from "./state-machine.js";

// Recording a reviewer's decision: the state machine decides whether it is allowed; the decision,
// the new status, the audit entry and the notice to the declarant (outbox) commit together.

export const MAX_REASON = 1000;

/** The declarant's «Trả lời» button: the command it stands for, without the text (the bot asks). */
export const replyChoiceId = (code: string) => `/bo_sung ${code}`;

const EXTRA: Partial<Record<DecisionKind, string>> = {
  accept: vi.review.noticeAccept,
  recuse: vi.review.noticeRecuse,
  escalate: vi.review.noticeEscalate,
  close: vi.review.noticeClose,
};

/** The message the declarant receives for a decision. */
export function decisionNotice(code: string, decision: DecisionKind, reason: string): Reply {
  if (decision === "request_info") {
    return { text: vi.review.noticeInfoRequest(code, reason), choices: [{ id: replyChoiceId(code), label: vi.review.replyButton }] };
  }
  const extra = EXTRA[decision];
  // The declarant's words for the decision ("Kết thúc xem xét", not the reviewer's "Đóng").
  return { text: vi.review.noticeDecision(code, vi.declarations.decisions[decision] ?? decision, reason, extra ?? "") };
}

/** Checks that `decision` may be taken on `code` by this reviewer; a refusal's replies otherwise. */
export function checkDecision(ctx: Ctx, code: string, decision: DecisionKind): Reply[] | undefined {
  const s = getSubmissionByCode(ctx.store, code);
  if (!s || !canSee(ctx, s)) return [{ text: vi.review.notFound(code) }];
  if (senderOf(s) === ctx.person) return [{ text: s.kind === "report" ? vi.reports.ownReport : vi.review.ownSubmission }];
  // Changed outside the bot (its chat, say): deciding would send the notice wherever it now points.
  if (!submissionMatchesAudit(ctx.store, s.id)) return [{ text: vi.integrity.submissionTampered(s.code) }];
  const t = transition(s.status, s.kind, decision);
  if (!t.ok) {
    const allowed = allowedDecisions(s.status, s.kind).map((d) => decisionLabel(s.kind, d));
    const why = t.reason === "wrong_kind" ? vi.review.recuseConflictOnly : vi.review.allowedList(allowed);
    return [{ text: vi.review.invalidTransition(s.code, statusLabel(s.kind, s.status), decisionLabel(s.kind, decision), why) }];
  }
  return undefined;
}

/** Records the decision (caller has checked the committee role). Runs in the update's transaction. */
export function decide(ctx: Ctx, code: string, decision: DecisionKind, reasonRaw: string): Reply[] {
  const reason = reasonRaw.trim();
  const refused = checkDecision(ctx, code, decision);
  if (refused) return refused;
  if (!reason) return [{ text: vi.review.reasonMissing }];
  if (reason.length > MAX_REASON) return [{ text: vi.common.tooLong(MAX_REASON) }];
  const s = getSubmissionByCode(ctx.store, code)!;
  const t = transition(s.status, s.kind, decision);
  if (!t.ok) return [{ text: vi.review.stale(s.code) }];
  try {
    recordDecision(ctx.store, { submissionId: s.id, decision, fromStatus: s.status, toStatus: t.to, by: ctx.person, reason, at: ctx.now });
  } catch (err) {
    if (err instanceof StaleStatusError) return [{ text: vi.review.stale(s.code) }];
    throw err;
  }
  // An anonymous reporter has no chat here: they read the decision through /theo_doi.
  const to = senderChat(s);
  if (to) {
    notify(ctx.store, {
      ...to,
      kind: decision === "request_info" ? "info_request" : "decision",
      replies: [
        s.kind === "report"
          ? reportDecisionNotice(s.code, decision, reason, replyChoiceId(s.code))
          : decisionNotice(s.code, decision, reason),
      ],
      at: ctx.now,
    });
  }
  const label = decisionLabel(s.kind, decision);
  const status = statusLabel(s.kind, t.to);
  return [{ text: to ? vi.review.decided(s.code, label, status) : vi.reports.decidedAnonymous(s.code, label, status) }];
}
