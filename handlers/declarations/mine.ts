import { formatDay } from "../../core/display.js";
import type { Reply } from "../../core/types.js";
import { listDecisions, listInfoRequests } from "../../storage/decisions.js";
import { type Submission, getSubmissionByCode, listSubmissionsByDeclarant } from "../../storage/submissions.js";
import type { Ctx } from "../context.js";
import { answerLines } from "../dialog/answer-format.js";
import { draftReminder } from "../dialog/engine.js";
import { vi } from "../texts/vi.js";

// /cua_toi: the declarant's own declarations. Without a code, the list (and any unfinished draft);
// with one, the whole declaration as the declarant gave it, its status and the committee's
// decisions with their reasons, written to stand alone so it can be forwarded as a receipt.

const t = vi.declarations;
const MINE_LIMIT = 20;

export function myDeclarations(ctx: Ctx, args: string): Reply[] {
  const code = args.trim().split(/\s+/)[0]?.toUpperCase();
  if (code) return myDeclaration(ctx, code);
  const draft = draftReminder(ctx);
  const mine = listSubmissionsByDeclarant(ctx.store, ctx.person);
  if (!mine.length) return [{ text: t.mineEmpty }, ...(draft ? [draft] : [])];
  // Newest first; a long history is cut so the message stays short.
  const lines = mine
    .slice(0, MINE_LIMIT)
    .map((s) => t.mineLine(s.code, t.kinds[s.kind] ?? s.kind, formatDay(s.createdAt), t.statuses[s.status] ?? t.unknownStatus));
  if (mine.length > MINE_LIMIT) lines.push(t.mineMore(mine.length - MINE_LIMIT));
  lines.push(t.mineOpen);
  return [{ text: [t.mineHeader(mine.length), ...lines].join("\n") }, ...(draft ? [draft] : [])];
}

/** One declaration in full; someone else's code reads exactly like one that does not exist. */
function myDeclaration(ctx: Ctx, code: string): Reply[] {
  const s = getSubmissionByCode(ctx.store, code);
  if (!s || s.declarant !== ctx.person) return [{ text: t.mineNotFound(code) }];
  return [{ text: declarantView(ctx, s) }];
}

/**
 * A declaration as its declarant knows it, forwardable as a receipt: their answers, the status in
 * their words, the decisions and questions as they were sent. Also what a committee member sees of
 * their own declaration: being on the committee gives no window onto how it is being handled.
 */
export function declarantView(ctx: Ctx, s: Submission): string {
  const lines = [
    t.receiptHeader(s.code, t.kinds[s.kind] ?? s.kind),
    t.receiptMeta(s.declarantName ?? undefined, formatDay(s.createdAt), t.statuses[s.status] ?? t.unknownStatus),
    "",
    t.receiptAnswers,
    ...answerLines(ctx.dialogs.get(s.kind), s.answers, "declarant"),
  ];
  // An information request is shown with its answer below, not also as a decision.
  const decisions = listDecisions(ctx.store, s.id).filter((d) => d.decision !== "request_info");
  lines.push("", t.receiptDecisions);
  if (!decisions.length) lines.push(t.receiptNoDecision);
  for (const d of decisions) lines.push(t.receiptDecisionLine(formatDay(d.at), t.decisions[d.decision] ?? d.decision, d.reason));
  const requests = listInfoRequests(ctx.store, s.id);
  if (requests.length) {
    lines.push("", t.receiptRequests);
    for (const r of requests) lines.push(t.receiptRequestLine(formatDay(r.askedAt), r.question, r.reply));
  }
  lines.push("", t.receiptFooter);
  return lines.join("\n");
}
