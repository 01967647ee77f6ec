import type { Message, Update, UserFromGetMe } from "grammy/types";
import type { Incoming } from "../../core/types.js";

// One Telegram update → one Incoming, or undefined when the bot should stay silent: in groups the
// bot answers only when addressed (a command, a @mention, a reply to one of its messages).

/** Test hooks for toIncoming. */
export interface TelegramIncomingOptions {
  /** Used when the update carries no date (callback queries). */
  now?: () => Date;
}

function displayName(user: { first_name: string; last_name?: string } | undefined): string | undefined {
  const name = [user?.first_name, user?.last_name].filter(Boolean).join(" ").trim();
  return name || undefined;
}

/** Telegram dates are Unix seconds. */
function dateOf(seconds: number | undefined, now: () => Date): Date {
  return typeof seconds === "number" && Number.isFinite(seconds) ? new Date(seconds * 1000) : now();
}

function isGroup(type: string): boolean {
  return type === "group" || type === "supergroup";
}

const COMMAND = /^\/([A-Za-z0-9_]+)(?:@([A-Za-z0-9_]+))?(?=\s|$)/;

/**
 * A command addressed to this bot, with "@botname" removed; "other" when it names another bot;
 * undefined when the text is not a command.
 */
function ownCommand(text: string, me: UserFromGetMe): string | "other" | undefined {
  const m = COMMAND.exec(text);
  if (!m) return undefined;
  if (m[2] && m[2].toLowerCase() !== me.username.toLowerCase()) return "other";
  return `/${m[1]}${text.slice(m[0].length)}`;
}

/** The text with every mention of this bot removed, or undefined when the bot is not mentioned. */
function withoutOwnMention(message: Message, text: string, me: UserFromGetMe): string | undefined {
  const own = `@${me.username}`.toLowerCase();
  const spans = (message.entities ?? [])
    .filter(
      (e) =>
        (e.type === "mention" && text.slice(e.offset, e.offset + e.length).toLowerCase() === own) ||
        (e.type === "text_mention" && e.user.id === me.id),
    )
    .sort((a, b) => b.offset - a.offset);
  if (spans.length === 0) {
    // Entities are optional in some clients and tests; a plain "@botname" word still counts.
    const re = new RegExp(`(^|\\s)@${me.username}\\b`, "gi");
    if (!re.test(text)) return undefined;
    return text.replace(re, "$1").replace(/\s+/g, " ").trim();
  }
  let out = text;
  for (const e of spans) out = out.slice(0, e.offset) + out.slice(e.offset + e.length);
  return out.replace(/\s+/g, " ").trim();
}

function fromMessage(update: Update, message: Message, me: UserFromGetMe, now: () => Date): Incoming | undefined {
  const from = message.from;
  if (!from || from.is_bot) return undefined;
  const group = isGroup(message.chat.type);
  if (!group && message.chat.type !== "private") return undefined;
  const base = {
    channel: "telegram" as const,
    chatId: String(message.chat.id),
    userId: String(from.id),
    displayName: displayName(from),
    chatType: group ? ("group" as const) : ("private" as const),
    updateKey: `telegram:${update.update_id}`,
    at: dateOf(message.date, now),
  };
  const raw = message.text;
  if (raw === undefined) {
    // Stickers, photos, files, voice…: in private chats the handlers explain they need words.
    return group ? undefined : { ...base, nonText: true };
  }
  const command = ownCommand(raw, me);
  if (command === "other") return undefined;
  if (command !== undefined) return { ...base, text: command };
  if (!group) return { ...base, text: withoutOwnMention(message, raw, me) ?? raw };
  const mentioned = withoutOwnMention(message, raw, me);
  if (mentioned !== undefined) return { ...base, text: mentioned };
  if (message.reply_to_message?.from?.id === me.id) return { ...base, text: raw };
  return undefined;
}

/**
 * The Incoming for a Telegram update, or undefined when the bot stays silent: other bots, channel
 * posts, group messages not addressed to it, commands for another bot. Commands lose their
 * "@botname"; a pressed button becomes a `choice`; the update id is the dedupe key.
 */
export function toIncoming(update: Update, me: UserFromGetMe, opts: TelegramIncomingOptions = {}): Incoming | undefined {
  const now = opts.now ?? (() => new Date());
  if (update.message) return fromMessage(update, update.message, me, now);
  const cq = update.callback_query;
  if (cq?.data !== undefined && cq.message) {
    const type = cq.message.chat.type;
    if (!isGroup(type) && type !== "private") return undefined;
    return {
      channel: "telegram",
      chatId: String(cq.message.chat.id),
      userId: String(cq.from.id),
      displayName: displayName(cq.from),
      chatType: isGroup(type) ? "group" : "private",
      choice: cq.data,
      updateKey: `telegram:${update.update_id}`,
      // A callback query carries no date of its own (its message's date is when the bot sent it).
      at: now(),
    };
  }
  return undefined;
}
