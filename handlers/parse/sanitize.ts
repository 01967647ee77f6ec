// Text as it arrives from a platform can carry characters nobody sees: bidi controls that make a
// name or a code read differently from what is stored, zero-width characters that make an
// "empty" answer look filled, control characters and half emoji (lone surrogates) from broken
// clients. The app cleans every incoming text once, here, before anything reads or stores it.

/** Bidi embedding, override and isolate controls and the directional marks (LRM, RLM, ALM). */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/**
 * Invisible characters with no meaning in Vietnamese text: zero-width space, word joiner and
 * invisible operators, deprecated format controls, BOM, soft hyphen, Mongolian vowel separator,
 * interlinear annotation marks, C0 (except tab and newline), DEL and C1 controls.
 */
// Control characters are the point of this pattern.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u180E\u200B\u2060-\u2064\u206A-\u206F\uFEFF\uFFF9-\uFFFB]/g;
/** Half of a surrogate pair without its other half: not a character at all (with the u flag, pairs are one code point). */
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;
/**
 * Kept inside text (joiners build emoji and some scripts, variation selectors pick emoji style,
 * Hangul and Braille blanks are "letters"), but a message made only of them, with spaces, is
 * still empty.
 */
// Lone joiners and combining marks are exactly what this class lists, one by one.
const BLANK_ONLY =
  // eslint-disable-next-line no-misleading-character-class
  /^[\s\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180D\u200C\u200D\u2800\u3164\uFE00-\uFE0F\uFFA0\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]*$/u;

/** The text as the bot keeps it: invisible and control characters removed, line ends as "\n". */
export function sanitizeText(text: string): string {
  const clean = text.replace(/\r\n?/g, "\n").replace(LONE_SURROGATE, "\uFFFD").replace(BIDI, "").replace(INVISIBLE, "");
  return BLANK_ONLY.test(clean) ? "" : clean;
}

/** True when nothing visible is left: "", spaces, zero-width or bidi characters only. */
export function isBlank(text: string): boolean {
  return sanitizeText(text) === "";
}

export const EXCERPT_CHARS = 40;

/**
 * What a reply may quote back of what was typed: one line, at most `max` characters (never
 * cutting an emoji in half), with "…" when cut.
 */
export function excerpt(text: string, max = EXCERPT_CHARS): string {
  // Only the start is ever shown: no need to clean a 100.000-character message whole.
  const window = max * 4 + 8;
  const head = sanitizeText(text.slice(0, window)).replace(/\s+/g, " ").trim();
  const chars = Array.from(head);
  if (text.length <= window && chars.length <= max) return head;
  return `${chars
    .slice(0, max - 1)
    .join("")
    .trimEnd()}…`;
}

/** An update with its typed text, button id and display name cleaned as above. */
export function sanitizeIncoming<T extends { text?: string; choice?: string; displayName?: string }>(incoming: T): T {
  const out = { ...incoming };
  if (out.text !== undefined) out.text = sanitizeText(out.text);
  if (out.choice !== undefined) out.choice = sanitizeText(out.choice);
  if (out.displayName !== undefined) out.displayName = sanitizeText(out.displayName) || undefined;
  return out;
}
