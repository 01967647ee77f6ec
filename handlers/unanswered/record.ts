import { purgeUnansweredBefore, recordUnanswered, type UnansweredMode } from "../../storage/unanswered.js";
import type { Ctx } from "../context.js";

// Questions the knowledge base refused or could only suggest sections for are kept for the
// committee, without who asked, so that what people need and the documents lack becomes visible.

/** How long unanswered questions are kept when KB_LOG_DAYS is not set. */
export const DEFAULT_KB_LOG_DAYS = 90;
const DAY_MS = 86_400_000;

/** The moment before which kept questions expire, on the update's clock. */
export function unansweredCutoff(ctx: Pick<Ctx, "now" | "config">): Date {
  return new Date(ctx.now.getTime() - (ctx.config.kbLogDays ?? DEFAULT_KB_LOG_DAYS) * DAY_MS);
}

/** Keeps `question` (its text, the time and the outcome: nothing about the asker) and drops expired ones. */
export function keepUnanswered(ctx: Ctx, question: string, mode: UnansweredMode): void {
  purgeUnansweredBefore(ctx.store, unansweredCutoff(ctx));
  recordUnanswered(ctx.store, { question: question.trim(), mode, askedAt: ctx.now });
}
