import { fold } from "../../core/text.js";
import { lastDigestAt } from "../../storage/digests.js";
import type { Command } from "../command.js";
import type { Ctx } from "../context.js";
import { buildDigest } from "../digest/build.js";
import { vi } from "../texts/vi.js";
import type { Reply } from "../../core/types.js";
import { checkDecision, decide } from "./decide.js";
import { startInfoReplyDialog, startReasonDialog } from "./dialogs.js";
import { openRequestFor, submitInfoReply } from "./info-reply.js";
import { changeCommitteeRole } from "./role-change.js";
import { checkPersonId, ctxIsCommittee, isAdmin } from "./roles.js";
import { DECISION_WORDS } from "./state-machine.js";
import { queuePage, viewSubmission } from "./view.js";

// Committee commands. Whoever lacks the role gets one refusal, the same for every command and
// every argument, checked before anything is looked up, so nothing about what exists leaks.

type Run = (ctx: Ctx, args: string) => Reply[];

function committeeOnly(run: Run): Run {
  return (ctx, args) => {
    if (!ctxIsCommittee(ctx)) return [{ text: vi.review.refused }];
    if (!ctx.isPrivate) return [{ text: vi.review.privateOnly }];
    return run(ctx, args);
  };
}

function adminOnly(run: Run): Run {
  return (ctx, args) => {
    if (!isAdmin(ctx.config, ctx.person)) {
      // A committee member knows these commands exist; tell them whose they are. Anyone else gets
      // the one refusal that reveals nothing.
      return [{ text: ctxIsCommittee(ctx) ? vi.review.adminOnly : vi.review.refused }];
    }
    if (!ctx.isPrivate) return [{ text: vi.review.privateOnly }];
    return run(ctx, args);
  };
}

/** "chap_nhan", "chấp-nhận", "chapnhan" → accept. */
function parseDecisionWord(word: string): (typeof DECISION_WORDS)[string] | undefined {
  const w = fold(word).replace(/[\s_-]/g, "");
  for (const [k, d] of Object.entries(DECISION_WORDS)) if (k.replace(/_/g, "") === w) return d;
  return undefined;
}

function quyetDinh(ctx: Ctx, args: string): Reply[] {
  const m = /^(\S+)\s+(\S+)(?:\s+([\s\S]*))?$/.exec(args);
  if (!m) return [{ text: vi.review.decideUsage }];
  const code = m[1]!.toUpperCase();
  const decision = parseDecisionWord(m[2]!);
  if (!decision) return [{ text: vi.review.decideUnknown(m[2]!) }];
  const reason = (m[3] ?? "").trim();
  if (reason) return decide(ctx, code, decision, reason);
  // No reason typed (or a button from /xem): check now, then ask for it in a one-step dialog.
  return checkDecision(ctx, code, decision) ?? startReasonDialog(ctx, code, decision);
}

function boSung(ctx: Ctx, args: string): Reply[] {
  const m = /^(\S+)(?:\s+([\s\S]*))?$/.exec(args);
  if (!m) return [{ text: vi.review.replyUsage }];
  const code = m[1]!.toUpperCase();
  const text = (m[2] ?? "").trim();
  if (text) return submitInfoReply(ctx, code, text);
  const open = openRequestFor(ctx, code);
  if (!open) return [{ text: vi.review.replyNoRequest(code) }];
  return startInfoReplyDialog(ctx, open.submission.code, open.request.question);
}

function setRole(grant: boolean): Run {
  return (ctx, args) => {
    if (!args.trim()) return [{ text: grant ? vi.review.grantUsage : vi.review.revokeUsage }];
    const checked = checkPersonId(args);
    if (!checked.ok) return [{ text: checked.message }];
    const person = checked.person;
    const changed = changeCommitteeRole(ctx.store, { person, grant, by: ctx.person, at: ctx.now });
    if (!changed) return [{ text: grant ? vi.review.alreadyGranted(person) : vi.review.notGranted(person) }];
    return [{ text: grant ? vi.review.granted(person) : vi.review.revoked(person) }];
  };
}

function baoCao(ctx: Ctx): Reply[] {
  const leadership = isAdmin(ctx.config, ctx.person);
  return buildDigest(ctx.store, { now: ctx.now, since: lastDigestAt(ctx.store), dueDays: ctx.config.reviewDueDays, leadership });
}

const c = vi.commands;

export const reviewCommands: Command[] = [
  { name: "cho_duyet", audience: "committee", help: c.cho_duyet.line, run: committeeOnly(queuePage) },
  { name: "xem", audience: "committee", help: c.xem.line, run: committeeOnly(viewSubmission) },
  { name: "quyet_dinh", audience: "committee", help: c.quyet_dinh.line, run: committeeOnly(quyetDinh) },
  { name: "bao_cao", audience: "committee", help: c.bao_cao.line, run: committeeOnly(baoCao) },
  { name: "cap_quyen", audience: "admin", help: c.cap_quyen.line, run: adminOnly(setRole(true)) },
  { name: "thu_quyen", audience: "admin", help: c.thu_quyen.line, run: adminOnly(setRole(false)) },
  // The declarant's answer to an information request: personal, so private only.
  { name: "bo_sung", privateOnly: true, run: boSung },
];

/** Names of the commands that answer only to committee staff, from the table above. */
export const COMMITTEE_COMMANDS: readonly string[] = reviewCommands
  .filter((c) => c.audience && c.audience !== "everyone")
  .map((c) => c.name);
