import { openInfoRequest, recordInfoReply, StaleStatusError, type InfoRequest } from "../../storage/decisions.js";
import { notify } from "../notify.js";
import { getSubmissionByCode, type Submission } from "../../storage/submissions.js";
import type { Ctx } from "../context.js";
import { vi } from "../texts/vi.js";
import type { Reply } from "../../core/types.js";
import { mayReceive, notifyCommittee } from "./notices.js";
import { senderOf } from "../reports/access.js";
import { privateChatOf } from "./roles.js";
import { REPLY_TRANSITION } from "./state-machine.js";

// The declarant's side of an information request: their reply is attached (encrypted) to the
// submission, audited, the submission goes back to review, and the reviewer who asked is told
// (or, if their committee role was removed meanwhile, the current committee).

export const MAX_REPLY = 2000;

/** The declarant's open request on `code`, or undefined: the same answer for "no such code",
 *  "not yours" and "nothing asked", so nothing leaks. */
export function openRequestFor(ctx: Ctx, code: string): { submission: Submission; request: InfoRequest } | undefined {
  const submission = getSubmissionByCode(ctx.store, code);
  if (!submission || senderOf(submission) !== ctx.person || submission.status !== REPLY_TRANSITION.from) return undefined;
  const request = openInfoRequest(ctx.store, submission.id);
  return request && { submission, request };
}

/** Records the declarant's reply to the open information request, sends the submission back to review and tells the reviewer who asked. */
export function submitInfoReply(ctx: Ctx, code: string, textRaw: string): Reply[] {
  const text = textRaw.trim();
  const open = openRequestFor(ctx, code);
  if (!open) return [{ text: vi.review.replyNoRequest(code.toUpperCase()) }];
  if (!text) return [{ text: vi.review.replyEmpty }];
  if (text.length > MAX_REPLY) return [{ text: vi.common.tooLong(MAX_REPLY) }];
  const { submission, request } = open;
  try {
    recordInfoReply(ctx.store, {
      requestId: request.id,
      reply: text,
      // A confidential reporter is named only inside the encrypted record, never in clear columns.
      by: submission.report && submission.report.identity !== "public" ? "reporter" : ctx.person,
      fromStatus: REPLY_TRANSITION.from,
      toStatus: REPLY_TRANSITION.to,
      at: ctx.now,
    });
  } catch (err) {
    if (err instanceof StaleStatusError) return [{ text: vi.review.replyNoRequest(submission.code) }];
    throw err;
  }
  const replies = [{ text: vi.review.noticeReply(submission.code, text) }];
  const chat = privateChatOf(ctx.store, request.askedBy);
  if (!mayReceive(ctx.store, ctx.config, request.askedBy, "info_reply")) {
    // The reviewer who asked is no longer on the committee: whoever is on it now reads the reply.
    notifyCommittee(ctx.store, ctx.config, { kind: "info_reply", replies, at: ctx.now, exclude: [ctx.person] });
  } else if (chat) {
    notify(ctx.store, { personId: request.askedBy, channel: chat.channel, chatId: chat.chatId, kind: "info_reply", replies, at: ctx.now });
  }
  return [{ text: vi.review.replyDone(submission.code) }];
}
