// Both platforms limit a message's length (Telegram 4096, Zalo 2000 characters). A long text is
// cut into ordered parts, each at the best boundary that fits: a paragraph break, else a line
// break, else the end of a sentence, else a space. A single "word" longer than the limit (a long
// URL) is the only thing ever cut inside.

// Boundaries from best to worst. Each regex matches the separator; the cut goes at the match's end
// for sentence ends (the punctuation stays with its sentence) and at its start otherwise.
const BOUNDARIES: { re: RegExp; keepSeparator: boolean }[] = [
  { re: /\n[ \t]*\n/g, keepSeparator: false },
  { re: /\n/g, keepSeparator: false },
  { re: /[.!?…;:»)"”]+(?=\s)/g, keepSeparator: true },
  { re: /\s+/g, keepSeparator: false },
];

/** Splits text into non-empty parts of at most `max` characters (UTF-16 units, as JS counts). */
export function splitText(text: string, max: number): string[] {
  if (max < 2) throw new RangeError("max must be at least 2");
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const cut = bestCut(rest, max);
    const part = rest.slice(0, cut).trimEnd();
    if (part) parts.push(part);
    rest = rest.slice(cut).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
}

// The index to cut `text` at so that text.slice(0, cut) fits in max characters.
function bestCut(text: string, max: number): number {
  // One character more than fits: a separator right after the limit still gives a full part.
  const window = text.slice(0, max + 1);
  for (const { re, keepSeparator } of BOUNDARIES) {
    let cut = -1;
    for (const m of window.matchAll(re)) {
      const at = keepSeparator ? m.index + m[0].length : m.index;
      if (at > 0 && at <= max) cut = at;
    }
    // A boundary so early that the part would be uselessly short is no better than the next kind.
    if (cut >= max / 4) return cut;
  }
  // No boundary at all: cut hard, but never between the halves of a surrogate pair (an emoji).
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}
