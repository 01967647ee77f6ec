import { z } from "zod";

// What a report keeps about itself beside its answers, inside the submission's encrypted payload
// (answers_enc), so that the audit chain's record hash covers it and nobody without the key reads
// it: how its sender is known, who may see it, the confidential reporter's identity and the
// anonymous reporter's passphrase hash.

export const IDENTITIES = ["public", "confidential", "anonymous"] as const;
export type ReportIdentity = (typeof IDENTITIES)[number];
export const AUDIENCES = ["committee", "leadership"] as const;
export type ReportAudience = (typeof AUDIENCES)[number];

const reporterSchema = z.object({
  person: z.string(),
  name: z.string().nullable(),
  channel: z.string(),
  chatId: z.string(),
});
/** A confidential reporter: kept only encrypted, shown only to admins (and audited). */
export type Reporter = z.infer<typeof reporterSchema>;

const recordSchema = z.object({
  identity: z.enum(IDENTITIES),
  audience: z.enum(AUDIENCES),
  reporter: reporterSchema.optional(),
  /** scrypt hash of the follow-up passphrase (anonymous reports only). */
  secretHash: z.string().optional(),
  /** ISO time the retention job deleted the contents. */
  purgedAt: z.string().optional(),
});
export type ReportRecord = z.infer<typeof recordSchema>;

export const reportPayloadSchema = z.object({
  answers: z.record(z.string(), z.unknown()),
  report: recordSchema,
});
export type ReportPayload = z.infer<typeof reportPayloadSchema>;
