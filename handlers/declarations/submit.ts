import type { Ctx } from "../context.js";
import type { Answers } from "../dialog/types.js";
import { vi } from "../texts/vi.js";
import type { Reply } from "../../core/types.js";
import { getPerson } from "../../storage/people.js";
import { createSubmission, type SubmissionKind } from "../../storage/submissions.js";

/** A confirmed declaration becomes a submission (status submitted), in the update's transaction. */
export function submitDeclaration(ctx: Ctx, kind: SubmissionKind, answers: Answers): Reply[] {
  const name = ctx.incoming.displayName ?? getPerson(ctx.store, ctx.person)?.displayName ?? undefined;
  const submission = createSubmission(ctx.store, {
    kind,
    declarant: ctx.person,
    declarantName: name,
    channel: ctx.incoming.channel,
    chatId: ctx.incoming.chatId,
    answers,
    at: ctx.now,
  });
  return [{ text: vi.declarations.receipt(submission.code) }];
}
