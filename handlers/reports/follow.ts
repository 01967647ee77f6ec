import { z } from "zod";
import { formatDay } from "../../core/display.js";
import type { Reply } from "../../core/types.js";
import { listDecisions, listInfoRequests, openInfoRequest, recordInfoReply, StaleStatusError } from "../../storage/decisions.js";
import { clearFailedAttempts, failedAttemptsSince, recordFailedAttempt } from "../../storage/reports.js";
import { getSubmissionByCode, type Submission } from "../../storage/submissions.js";
import type { Ctx } from "../context.js";
import { startDialog } from "../dialog/engine.js";
import type { DialogDefinition } from "../dialog/types.js";
import { notify } from "../notify.js";
import { decisionLabel } from "../review/labels.js";
import { privateChatOf } from "../review/roles.js";
import { REPLY_TRANSITION } from "../review/state-machine.js";
import { vi } from "../texts/vi.js";
import { verifyPassphrase } from "./secret.js";

// /theo_doi <mã>: the anonymous reporter's only way back to their report, from any private chat.
// The passphrase is asked in a one-step dialog (never stored: the engine completes without saving
// the last answer); wrong ones are limited per typed code, and every refusal reads the same whether
// or not the code exists. After a right one: the status, the committee's decisions and questions,
// and, when a question waits, a second one-step dialog for the answer.

const t = vi.reports;
export const MAX_TRIES = 5;
const WINDOW_MS = 60 * 60 * 1000;
export const MAX_ANSWER = 2000;
export const FOLLOW_DIALOG_ID = "pa_follow";
export const ANSWER_DIALOG_ID = "pa_answer";

/** A typed code as the key of its tries: upper case, bounded, whatever it is. */
export function codeKey(typed: string): string {
  return typed.trim().toUpperCase().slice(0, 40);
}

/** Minutes until the next try is allowed, or undefined when one is allowed now. */
function lockedFor(ctx: Ctx, code: string): number | undefined {
  const tries = failedAttemptsSince(ctx.store, code, new Date(ctx.now.getTime() - WINDOW_MS));
  if (tries.count < MAX_TRIES || !tries.oldest) return undefined;
  return Math.max(1, Math.ceil((tries.oldest.getTime() + WINDOW_MS - ctx.now.getTime()) / 60_000));
}

/** /theo_doi <mã>: asks for the passphrase (or says to wait, for any code alike). */
export function startFollowUp(ctx: Ctx, args: string): Reply[] {
  ctx.leaveNoTrace();
  const [first = "", ...rest] = args.split(/\s+/);
  const code = codeKey(first);
  if (!code) return [{ text: t.followUsage }];
  // "/theo_doi <mã> <cụm mật khẩu>" in one message is checked at once.
  if (rest.join("")) return checkPassphrase(ctx, code, rest.join(" "));
  const wait = lockedFor(ctx, code);
  if (wait !== undefined) return [{ text: t.followLimited(wait) }];
  return startDialog(ctx, FOLLOW_DIALOG_ID, { code });
}

/** Status, then (unless the contents were deleted) the committee's decisions and questions. */
function followView(ctx: Ctx, s: Submission): Reply {
  const lines = [t.followHeader(s.code, formatDay(s.createdAt), t.statuses[s.status] ?? vi.declarations.unknownStatus)];
  if (s.report?.purgedAt) {
    lines.push(t.followPurged(formatDay(new Date(s.report.purgedAt))));
    return { text: lines.join("\n") };
  }
  const decisions = listDecisions(ctx.store, s.id).filter((d) => d.decision !== "request_info");
  if (decisions.length) {
    lines.push("", t.followDecisionsHeader);
    for (const d of decisions) lines.push(t.followDecision(formatDay(d.at), decisionLabel("report", d.decision), d.reason));
  }
  const requests = listInfoRequests(ctx.store, s.id);
  if (requests.length) {
    lines.push("", t.followQaHeader);
    for (const r of requests) lines.push(t.followQa(formatDay(r.askedAt), r.question, r.reply));
  }
  return { text: lines.join("\n") };
}

function checkPassphrase(ctx: Ctx, code: string, typed: string): Reply[] {
  ctx.leaveNoTrace();
  const wait = lockedFor(ctx, code);
  if (wait !== undefined) return [{ text: t.followLimited(wait) }];
  const found = getSubmissionByCode(ctx.store, code);
  const s = found?.kind === "report" && found.report?.identity === "anonymous" ? found : undefined;
  // The same work, and the same answer, for a code that does not exist.
  if (!verifyPassphrase(typed, s?.report?.secretHash) || !s) {
    recordFailedAttempt(ctx.store, code, ctx.now);
    return [{ text: t.followWrong }];
  }
  clearFailedAttempts(ctx.store, code);
  const view = followView(ctx, s);
  const open = s.status === REPLY_TRANSITION.from ? openInfoRequest(ctx.store, s.id) : undefined;
  if (!open || s.report?.purgedAt) return [view];
  // The answer dialog is reached only through a right passphrase; its context is server-side.
  return [view, ...startDialog(ctx, ANSWER_DIALOG_ID, { code: s.code, request: String(open.id), question: open.question })];
}

function recordAnswer(ctx: Ctx, code: string, requestId: number, answer: string): Reply[] {
  ctx.leaveNoTrace();
  const s = getSubmissionByCode(ctx.store, code);
  const open = s && s.status === REPLY_TRANSITION.from ? openInfoRequest(ctx.store, s.id) : undefined;
  if (!s || s.report?.identity !== "anonymous" || !open || open.id !== requestId) return [{ text: t.answerClosed(code) }];
  try {
    recordInfoReply(ctx.store, {
      requestId,
      reply: answer,
      by: "anonymous",
      fromStatus: REPLY_TRANSITION.from,
      toStatus: REPLY_TRANSITION.to,
      at: ctx.now,
    });
  } catch (err) {
    if (err instanceof StaleStatusError) return [{ text: t.answerClosed(code) }];
    throw err;
  }
  const chat = privateChatOf(ctx.store, open.askedBy);
  if (chat) {
    notify(ctx.store, {
      personId: open.askedBy,
      channel: chat.channel,
      chatId: chat.chatId,
      kind: "info_reply",
      replies: [{ text: t.noticeAnonymousReply(s.code, answer) }],
      at: ctx.now,
    });
  }
  return [{ text: t.answered(s.code) }];
}

const line = (max: number) => z.string().trim().min(1, vi.review.replyEmpty).max(max, vi.common.tooLong(max));

/** One step: the passphrase, checked on completion (never saved: the last answer completes at once). */
export const followDialog: DialogDefinition = {
  id: FOLLOW_DIALOG_ID,
  title: t.followTitle,
  confirm: false,
  leavesNoTrace: true,
  steps: [
    {
      key: "passphrase",
      label: t.passphrase.label,
      prompt: ({ context }) => t.passphrase.prompt(context.code ?? ""),
      schema: line(200),
      maxLength: 200,
      answerMayBeQuestion: true,
    },
  ],
  onComplete: (ctx, answers, context) => checkPassphrase(ctx, context.code ?? "", String(answers.passphrase ?? "")),
};

/** One step: the anonymous reporter's answer; started only after a right passphrase. */
export const answerDialog: DialogDefinition = {
  id: ANSWER_DIALOG_ID,
  title: t.answerTitle,
  confirm: false,
  leavesNoTrace: true,
  steps: [
    {
      key: "answer",
      label: t.answer.label,
      prompt: ({ context }) => t.answer.prompt(context.code ?? "", context.question ?? ""),
      schema: line(MAX_ANSWER),
      maxLength: MAX_ANSWER,
      answerMayBeQuestion: true,
    },
  ],
  onComplete: (ctx, answers, context) => recordAnswer(ctx, context.code ?? "", Number(context.request), String(answers.answer ?? "")),
};
