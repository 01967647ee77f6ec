import { z } from "zod";
import type { Reply } from "../../core/types.js";
import { getPerson } from "../../storage/people.js";
import { AUDIENCES, IDENTITIES, type ReportRecord } from "../../storage/report-record.js";
import { createSubmission } from "../../storage/submissions.js";
import type { Ctx } from "../context.js";
import type { Answers } from "../dialog/types.js";
import { vi } from "../texts/vi.js";
import { generatePassphrase, hashPassphrase } from "./secret.js";

// A confirmed report becomes a submission of kind "report" in the update's transaction. What is
// kept about the sender depends on the mode they chose: public, their id, name and chat like a
// declaration; confidential, the same but only inside the encrypted record; anonymous, nothing at
// all (not even a hash): the audit entry names "anonymous" and the reporter holds the only key to
// follow it, a passphrase shown once.

/** The answers kept as the report's contents (identity and audience are kept apart). */
export const CONTENT_KEYS = ["what", "who", "when", "where", "evidence"] as const;
const choicesSchema = z.object({ identity: z.enum(IDENTITIES), audience: z.enum(AUDIENCES) });

/**
 * Stores a confirmed report in the update's transaction and returns the receipt: for an anonymous
 * one, the only message that ever holds its passphrase.
 */
export function submitReport(ctx: Ctx, answers: Answers): Reply[] {
  ctx.leaveNoTrace();
  const { identity, audience } = choicesSchema.parse(answers);
  const contents = Object.fromEntries(CONTENT_KEYS.filter((k) => k in answers).map((k) => [k, answers[k]]));
  const base = { kind: "report" as const, answers: contents, at: ctx.now };
  if (identity === "anonymous") {
    const passphrase = generatePassphrase();
    const report: ReportRecord = { identity, audience, secretHash: hashPassphrase(passphrase) };
    const s = createSubmission(ctx.store, { ...base, declarant: "", channel: "", chatId: "", report, actor: "anonymous" });
    return [{ text: vi.reports.receiptAnonymous(s.code, passphrase) }];
  }
  const inc = ctx.incoming;
  const name = inc.displayName ?? getPerson(ctx.store, ctx.person)?.displayName ?? null;
  if (identity === "confidential") {
    const reporter = { person: ctx.person, name, channel: inc.channel, chatId: inc.chatId };
    const s = createSubmission(ctx.store, {
      ...base,
      declarant: "",
      channel: "",
      chatId: "",
      report: { identity, audience, reporter },
      actor: "reporter",
    });
    return [{ text: vi.reports.receiptIdentified(s.code, identity) }];
  }
  const s = createSubmission(ctx.store, {
    ...base,
    declarant: ctx.person,
    declarantName: name ?? undefined,
    channel: inc.channel,
    chatId: inc.chatId,
    report: { identity, audience },
  });
  return [{ text: vi.reports.receiptIdentified(s.code, identity) }];
}
