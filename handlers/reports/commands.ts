import { appendAudit, submissionRecordHash, submissionSubject } from "../../storage/audit.js";
import { getSubmissionByCode } from "../../storage/submissions.js";
import type { Command } from "../command.js";
import type { Ctx } from "../context.js";
import { startDialog } from "../dialog/engine.js";
import { ctxIsCommittee, isAdmin } from "../review/roles.js";
import { vi } from "../texts/vi.js";
import type { Reply } from "../../core/types.js";
import { REPORT_DIALOG_ID } from "./dialog.js";
import { startFollowUp } from "./follow.js";

// /phan_anh starts a report, /theo_doi follows an anonymous one, /danh_tinh shows an admin who
// sent a confidential one (and writes that it did to the audit log).

const c = vi.commands;
const t = vi.reports;

function showIdentity(ctx: Ctx, args: string): Reply[] {
  if (!isAdmin(ctx.config, ctx.person)) return [{ text: ctxIsCommittee(ctx) ? vi.review.adminOnly : vi.review.refused }];
  if (!ctx.isPrivate) return [{ text: vi.review.privateOnly }];
  const code = args.trim().toUpperCase();
  if (!code) return [{ text: t.identityUsage }];
  const s = getSubmissionByCode(ctx.store, code);
  if (!s) return [{ text: vi.review.notFound(code) }];
  const reporter = s.kind === "report" && s.report?.identity === "confidential" ? s.report.reporter : undefined;
  if (!reporter) return [{ text: t.identityNone(s.code) }];
  // The record is unchanged; the entry says who looked, and when.
  appendAudit(ctx.store, {
    at: ctx.now,
    actor: ctx.person,
    action: "report.identity.view",
    subject: submissionSubject(s.code),
    detail: "confidential reporter shown",
    contentHash: submissionRecordHash(ctx.store, s.id)!,
  });
  return [{ text: t.identityShown(s.code, reporter.name ? `${reporter.name} (${reporter.person})` : reporter.person) }];
}

/** /phan_anh and /theo_doi (anyone, private chat) and /danh_tinh (admins). */
export const reportCommands: Command[] = [
  {
    name: "phan_anh",
    privateOnly: true,
    help: c.phan_anh.line,
    menu: c.phan_anh.menu,
    run: (ctx) => {
      ctx.leaveNoTrace();
      return startDialog(ctx, REPORT_DIALOG_ID);
    },
  },
  { name: "theo_doi", privateOnly: true, help: c.theo_doi.line, menu: c.theo_doi.menu, run: startFollowUp },
  { name: "danh_tinh", audience: "admin", help: c.danh_tinh.line, run: showIdentity },
];
