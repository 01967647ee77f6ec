import { z } from "zod";
import type { Incoming } from "../../core/types.js";
import { fold } from "../../core/text.js";

// Zalo update → Incoming. The shape is checked with zod at this boundary; what does not fit is
// reported by the caller (issue paths only, never contents) and dropped.

// Ids are documented as opaque strings; numbers are accepted too and kept as text.
const id = z.union([z.string().min(1), z.number()]).transform(String);

/** The parts of a Zalo update the bot reads; anything else in it is ignored. */
export const zaloUpdateSchema = z.object({
  event_name: z.string().min(1),
  message: z.object({
    message_id: id,
    date: z.number().optional(),
    chat: z.object({ id, chat_type: z.string().optional() }),
    from: z.object({
      id,
      display_name: z.string().optional(),
      name: z.string().optional(),
      first_name: z.string().optional(),
      is_bot: z.boolean().optional(),
    }),
    text: z.string().optional(),
  }),
});

/** A Zalo update that passed the schema. */
export type ZaloUpdate = z.infer<typeof zaloUpdateSchema>;

/** The webhook body is the update itself; some senders wrap it as { ok, result }. */
export function unwrapUpdate(body: unknown): unknown {
  if (body && typeof body === "object" && "result" in body && !("event_name" in body)) {
    return (body as { result: unknown }).result;
  }
  return body;
}

/** An update, or where its shape failed. */
export type ParseResult =
  | { ok: true; update: ZaloUpdate }
  /** Where the shape failed (paths and codes, no values): safe to log. */
  | { ok: false; problems: string[] };

/** Validates a raw update (unwrapped from `{ ok, result }` when so sent); the failure lists paths and codes only, never values. */
export function parseUpdate(raw: unknown): ParseResult {
  const r = zaloUpdateSchema.safeParse(unwrapUpdate(raw));
  if (r.success) return { ok: true, update: r.data };
  return { ok: false, problems: r.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(root)"}: ${i.code}`) };
}

/** What a group message must contain to be for the bot: a command, or the bot's name. */
export interface GroupFilter {
  /** The bot's account name (from getMe), when known. */
  botName?: string;
}

/**
 * The Incoming for an update, or undefined when the bot should stay silent: its own messages,
 * other events than messages, and group messages that neither start with a command nor name the bot.
 */
export function toIncoming(u: ZaloUpdate, group: GroupFilter, now: Date): Incoming | undefined {
  const m = u.message;
  if (m.from.is_bot) return undefined;
  if (!u.event_name.startsWith("message.")) return undefined;
  const chatType = m.chat.chat_type?.toUpperCase() === "PRIVATE" ? "private" : "group";
  const isText = u.event_name === "message.text.received" && typeof m.text === "string" && m.text.trim() !== "";
  let text = isText ? m.text!.trim() : undefined;

  if (chatType === "group") {
    if (!text) return undefined; // stickers and photos in a group are not addressed to the bot
    if (!text.startsWith("/")) {
      const stripped = stripMention(text, group.botName);
      if (stripped === undefined) return undefined;
      text = stripped;
    }
  }

  return {
    channel: "zalo",
    chatId: m.chat.id,
    userId: m.from.id,
    displayName: (m.from.display_name ?? m.from.name ?? m.from.first_name)?.trim() || undefined,
    chatType,
    text,
    nonText: text === undefined ? true : undefined,
    // Zalo may deliver an update twice; the app records this key, so a repeat is dropped even after a restart.
    updateKey: `zalo:${u.event_name}:${m.message_id}`,
    at: m.date !== undefined && Number.isFinite(m.date) ? new Date(m.date) : now,
  };
}

// "@Trợ lý 131 thành viên đoàn…" → "thành viên đoàn…"; undefined when the bot is not named.
// The comparison is folded (diacritics, case), so "@tro ly 131" names the bot too.
function stripMention(text: string, botName: string | undefined): string | undefined {
  const name = botName ? fold(botName) : "";
  if (!name) return undefined;
  const folded = fold(text);
  if (!folded.includes(name)) return undefined;
  // Remove the name where it stands in the original text: folding keeps one character per
  // character except for collapsed spaces, so locate it word by word.
  const words = text.split(/\s+/);
  const nameWords = name.split(" ").length;
  for (let i = 0; i + nameWords <= words.length; i++) {
    const candidate = words
      .slice(i, i + nameWords)
      .join(" ")
      .replace(/^@/, "")
      .replace(/[,:;.!?]+$/, "");
    if (fold(candidate) === name) {
      const rest = [...words.slice(0, i), ...words.slice(i + nameWords)]
        .join(" ")
        .replace(/^[\s,:;-]+/, "")
        .trim();
      return rest || "/start";
    }
  }
  return text;
}
