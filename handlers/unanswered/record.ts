import type { Reply } from "../../core/types.js";
import { purgeUnansweredBefore, recordUnanswered } from "../../storage/unanswered.js";
import type { Ctx } from "../context.js";
import { suggestionReply } from "../reading/index.js";

// A question for the knowledge base: answered, suggested or refused. The last two are kept for the
// committee (without who asked) so that what people need and the documents lack becomes visible.

/** How long unanswered questions are kept when KB_LOG_DAYS is not set. */
export const DEFAULT_KB_LOG_DAYS = 90;
const DAY_MS = 86_400_000;

/** The day before which kept questions expire, on the update's clock. */
export function unansweredCutoff(ctx: Pick<Ctx, "now" | "config">): Date {
  return new Date(ctx.now.getTime() - (ctx.config.kbLogDays ?? DEFAULT_KB_LOG_DAYS) * DAY_MS);
}

/** Answers `text` from the knowledge base; a refused or only-suggested question is logged, anonymously. */
export function answerQuestion(ctx: Ctx, text: string): Reply[] {
  const response = ctx.kb.respond(text);
  if (response.mode !== "answer") {
    purgeUnansweredBefore(ctx.store, unansweredCutoff(ctx));
    recordUnanswered(ctx.store, { question: text.trim(), mode: response.mode, askedAt: ctx.now });
  }
  // A suggestion is the lead and one button per section (numbered lines on Zalo and in the
  // terminal, where a typed number picks one through the remembered offer).
  if (response.mode === "suggest") return [suggestionReply(response.text, response.suggestions)];
  return [{ text: response.text }];
}
