import type { InlineKeyboardMarkup } from "grammy/types";
import type { Reply } from "../../core/types.js";
import { splitText } from "./split-text.js";

// Reply → Telegram messages: escaped HTML, split under the 4096-character limit, the keyboard
// (one button per row) on the last part. Handlers write plain text, so all of it is escaped.

/** Telegram's limit counts the text after HTML parsing, in UTF-16 units (JS string length). */
export const TELEGRAM_TEXT_LIMIT = 4096;
/** callback_data may hold at most 64 bytes. */
const CALLBACK_DATA_MAX_BYTES = 64;

/** One sendMessage call. */
export interface TelegramMessagePart {
  /** HTML for parse_mode "HTML". */
  html: string;
  replyMarkup?: InlineKeyboardMarkup;
}

/** Plain text made safe for parse_mode "HTML" (handlers never write markup). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Inline keyboard, one button per row; choices whose id cannot be callback_data are reported, not sent. */
export function keyboardFor(choices: Reply["choices"], onInvalid: (id: string) => void = () => {}): InlineKeyboardMarkup | undefined {
  if (!choices?.length) return undefined;
  const rows = choices
    .filter((c) => {
      const ok = c.id.length > 0 && Buffer.byteLength(c.id, "utf8") <= CALLBACK_DATA_MAX_BYTES;
      if (!ok) onInvalid(c.id);
      return ok;
    })
    .map((c) => [{ text: c.label, callback_data: c.id }]);
  return rows.length ? { inline_keyboard: rows } : undefined;
}

/** One Reply as the Telegram messages to send, in order. */
export function renderReply(reply: Reply, onInvalidChoice?: (id: string) => void): TelegramMessagePart[] {
  const texts = splitText(reply.text, TELEGRAM_TEXT_LIMIT);
  const keyboard = keyboardFor(reply.choices, onInvalidChoice);
  // Telegram refuses empty messages; a keyboard still needs some text to hang on.
  if (texts.length === 0) return keyboard ? [{ html: "…", replyMarkup: keyboard }] : [];
  return texts.map((t, i) => ({
    html: escapeHtml(t),
    ...(keyboard && i === texts.length - 1 ? { replyMarkup: keyboard } : {}),
  }));
}
