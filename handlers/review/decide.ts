import { submissionMatchesAudit } from "../../storage/audit.js";
import { recordDecision, StaleStatusError, type DecisionKind } from "../../storage/decisions.js";
import { notify } from "../notify.js";
import { getSubmissionByCode } from "../../storage/submissions.js";
import type { Ctx } from "../context.js";
import { vi } from "../texts/vi.js";
import type { Reply } from "../../core/types.js";
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
  if (!s) return [{ text: vi.review.notFound(code) }];
  if (s.declarant === ctx.person) return [{ text: vi.review.ownSubmission }];
  // Changed outside the bot (its chat, say): deciding would send the notice wherever it now points.
  if (!submissionMatchesAudit(ctx.store, s.id)) return [{ text: vi.integrity.submissionTampered(s.code) }];
  const t = transition(s.status, s.kind, decision);
  if (!t.ok) {
    const allowed = allowedDecisions(s.status, s.kind).map((d) => vi.review.decisions[d] ?? d);
    const why = t.reason === "wrong_kind" ? vi.review.recuseConflictOnly : vi.review.allowedList(allowed);
    return [
      {
        text: vi.review.invalidTransition(s.code, vi.review.statuses[s.status] ?? s.status, vi.review.decisions[decision] ?? decision, why),
      },
    ];
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
  notify(ctx.store, {
    personId: s.declarant,
    channel: s.channel,
    chatId: s.chatId,
    kind: decision === "request_info" ? "info_request" : "decision",
    replies: [decisionNotice(s.code, decision, reason)],
    at: ctx.now,
  });
  return [{ text: vi.review.decided(s.code, vi.review.decisions[decision] ?? decision, vi.review.statuses[t.to] ?? t.to) }];
}
