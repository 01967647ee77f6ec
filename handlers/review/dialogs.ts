import { z } from "zod";
import type { DecisionKind } from "../../storage/decisions.js";
import type { Ctx } from "../context.js";
import { startDialog } from "../dialog/engine.js";
import type { DialogDefinition } from "../dialog/types.js";
import { vi } from "../texts/vi.js";
import type { Reply } from "../../core/types.js";
import { decide, MAX_REASON } from "./decide.js";
import { MAX_REPLY, submitInfoReply } from "./info-reply.js";
import { ctxIsCommittee } from "./roles.js";

// The "type the reason" steps, as one-step dialogs run by the dialog engine: a reviewer picks a
// decision (button or /quyet_dinh without a reason) and is asked for the reason; a declarant
// presses «Trả lời» (or /bo_sung <mã>) and is asked for the reply. Context holds only the code
// and the decision; everything is checked again when the answer arrives.

const text = (max: number) => z.string().trim().min(1, vi.review.replyEmpty).max(max, vi.common.tooLong(max));

export const reasonDialog: DialogDefinition = {
  id: "rv_reason",
  title: vi.review.reasonDialogTitle,
  confirm: false,
  steps: [
    {
      key: "reason",
      label: vi.review.reasonLabel,
      prompt: ({ context }) =>
        context.decision === "request_info"
          ? vi.review.askQuestion(context.code ?? "")
          : vi.review.askReason(context.code ?? "", vi.review.decisions[context.decision ?? ""] ?? ""),
      schema: text(MAX_REASON),
      maxLength: MAX_REASON,
      answerMayBeQuestion: true,
    },
  ],
  onComplete(ctx, answers, context) {
    // The role may have been removed while the dialog was open.
    if (!ctxIsCommittee(ctx)) return [{ text: vi.review.refused }];
    return decide(ctx, context.code ?? "", (context.decision ?? "") as DecisionKind, String(answers.reason ?? ""));
  },
};

export const infoReplyDialog: DialogDefinition = {
  id: "rv_reply",
  title: vi.review.replyDialogTitle,
  confirm: false,
  steps: [
    {
      key: "reply",
      label: vi.review.replyLabel,
      prompt: ({ context }) => vi.review.replyAsk(context.code ?? "", context.question ?? ""),
      schema: text(MAX_REPLY),
      maxLength: MAX_REPLY,
      answerMayBeQuestion: true,
    },
  ],
  onComplete(ctx, answers, context) {
    return submitInfoReply(ctx, context.code ?? "", String(answers.reply ?? ""));
  },
};

/** Asks the reviewer for the reason of a decision (a one-step dialog); the decision is checked again when it arrives. */
export function startReasonDialog(ctx: Ctx, code: string, decision: DecisionKind): Reply[] {
  return startDialog(ctx, reasonDialog.id, { code, decision });
}

/** Asks the declarant for their reply to the committee's question. */
export function startInfoReplyDialog(ctx: Ctx, code: string, question: string): Reply[] {
  return startDialog(ctx, infoReplyDialog.id, { code, question });
}
