import type { InlineKeyboardMarkup } from "grammy/types";
import type { Reply } from "../../handlers/types";

// Reply → Telegram messages: escaped HTML, split under the 4096-character limit, the keyboard
// (one button per row) on the last part. Handlers write plain text, so all of it is escaped.

/** Telegram's limit counts the text after HTML parsing, in UTF-16 units (JS string length). */
export const TELEGRAM_TEXT_LIMIT = 4096;
/** callback_data may hold at most 64 bytes. */
const CALLBACK_DATA_MAX_BYTES = 64;

export interface TelegramMessagePart {
  /** HTML for parse_mode "HTML". */
  html: string;
  replyMarkup?: InlineKeyboardMarkup;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// Boundaries in order of preference: paragraph, line, sentence end, any whitespace.
const BOUNDARIES: readonly RegExp[] = [/\n\s*\n/g, /\n/g, /[.!?…:;](?=\s)/g, /\s/g];

/** Where to cut `text` so that the head is at most `limit` long: after the last preferred boundary. */
function cutIndex(text: string, limit: number): number {
  const window = text.slice(0, limit + 1);
  for (const re of BOUNDARIES) {
    let best = -1;
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const end = m.index + m[0].length;
      // A sentence mark stays with its sentence; whitespace is dropped at the cut.
      const cut = /\s/.test(m[0][0]!) ? m.index : end;
      if (cut > 0 && cut <= limit) best = cut;
      if (m[0].length === 0) re.lastIndex++;
    }
    // Ignore boundaries so early that the part would be uselessly short.
    if (best >= limit / 4) return best;
  }
  // One "word" longer than a quarter of the limit: a hard cut, never inside a surrogate pair.
  let cut = limit;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return cut;
}

/** Splits plain text into parts of at most `limit` characters at paragraph/line/sentence/word boundaries. */
export function splitText(text: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const cut = cutIndex(rest, limit);
    const head = rest.slice(0, cut).trimEnd();
    if (head) parts.push(head);
    rest = rest.slice(cut).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
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
  const texts = splitText(reply.text);
  const keyboard = keyboardFor(reply.choices, onInvalidChoice);
  // Telegram refuses empty messages; a keyboard still needs some text to hang on.
  if (texts.length === 0) return keyboard ? [{ html: "…", replyMarkup: keyboard }] : [];
  return texts.map((t, i) => ({
    html: escapeHtml(t),
    ...(keyboard && i === texts.length - 1 ? { replyMarkup: keyboard } : {}),
  }));
}
