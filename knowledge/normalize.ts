// Vietnamese text as typed → comparable tokens. Two keys per syllable: `fold` (no diacritics, đ→d),
// which is what search matches on, and `toned` (vowel shapes kept, tone moved to the end), which
// tells "đóng" from "động" and "phí" from "phi" when the user did type diacritics.
import { fold } from "../core/text.js";

export interface Token {
  fold: string;
  toned: string;
  /** The user typed some diacritic on this syllable, so `toned` is trustworthy. */
  accented: boolean;
}

// Combining tone marks: grave, acute, tilde, hook above, dot below. Vowel-shape marks stay.
const TONES: Record<string, string> = { "\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3", "\u0323": "5" };

/** "hoá" and "hóa" (old and new tone placement) give the same key: tone is moved to the end. */
export function tonedKey(word: string): string {
  let tone = "0";
  const base = word
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, (m) => {
      tone = TONES[m] ?? tone;
      return "";
    })
    .normalize("NFC");
  return base + tone;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Syllable as typed → its token: the same few thousand syllables come back in every question. */
const tokenCache = new Map<string, Token>();
const TOKEN_CACHE_MAX = 50_000;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.normalize("NFC").matchAll(WORD)) {
    const raw = m[0];
    let t = tokenCache.get(raw);
    if (!t) {
      const f = fold(raw);
      const toned = tonedKey(raw);
      t = Object.freeze({ fold: f, toned, accented: toned !== `${f}0` });
      if (tokenCache.size >= TOKEN_CACHE_MAX) tokenCache.clear();
      tokenCache.set(raw, t);
    }
    out.push(t);
  }
  return out;
}

/** Folded syllables only, for indexing and for the word-by-word comparisons in tests. */
export function foldTokens(text: string): string[] {
  return tokenize(text).map((t) => t.fold);
}
