// What kind of answer a question wants, beyond its topic: a number or time limit ("bao nhiêu",
// "tối đa", "500 nghìn"), or a definition ("thế nào là …", "… là gì"). The plan states almost no
// numbers and defines almost no terms, so these decide whether a quote really answers.
import { fold } from "./fold.js";
import { tokenize } from "./normalize.js";

/** Spelled with diacritics; typed without them they count only in a question typed without any. */
const QUANTITY_WORDS = ["bao nhiêu", "bao lâu", "tối đa", "tối thiểu", "hạn chót", "mấy", "thời hạn", "trị giá", "định mức"];
const MONEY_UNITS = new Set(["nghin", "ngan", "trieu", "tr", "ty", "dong", "k", "usd", "d"]);
const quantityPhrases = QUANTITY_WORDS.map((w) => tokenize(w));

/** The question asks for a number, an amount of money or a time limit. */
export function asksQuantity(text: string): boolean {
  const toks = tokenize(text);
  const plain = toks.every((t) => !t.accented);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const next = toks[i + 1];
    // "500 nghìn", "2tr", "1 triệu đồng": an amount the asker names.
    if (t && /^\d+$/.test(t.fold) && next && MONEY_UNITS.has(next.fold)) return true;
    if (t && /^\d+(k|tr|trieu|d)$/.test(t.fold)) return true;
    for (const p of quantityPhrases) {
      if (p.every((w, j) => {
        const x = toks[i + j];
        return x !== undefined && (x.toned === w.toned || (!x.accented && plain && x.fold === w.fold));
      })) return true;
    }
  }
  return false;
}

/** Numbers a section states, not counting the citations every section repeats (131-QĐ/TW, 27/10/2023, Điều 4). */
export function statesQuantity(sectionText: string): boolean {
  const stripped = sectionText
    .replace(/\d+-QĐ\/TW/g, "")
    .replace(/\d{1,2}\/\d{1,2}\/\d{4}/g, "")
    .replace(/Điều \d+/g, "")
    .replace(/(Mục|mục) [\d.]+/g, "");
  return /\d/.test(stripped);
}

const DEFINITION = [
  /^(?:the nao la|the nao duoc goi la|dinh nghia|khai niem|hieu the nao ve|hieu nhu the nao ve)\s+(.+)$/,
  /^(.+?)\s+(?:la gi|nghia la gi|duoc hieu la gi|duoc hieu the nao|duoc hieu nhu the nao)$/,
];
/** "trách nhiệm của X là gì" asks what X must do, not what a word means. */
const NOT_A_TERM = /^(?:trach nhiem|nhiem vu|vai tro|muc dich|yeu cau|quyen|nghia vu|viec|cach|thu tuc|noi dung)\b/;

/** "thế nào là quan hệ gia đình?" → "quan hệ gia đình" as typed; undefined when not a definition question. */
export function definitionTerm(text: string): string | undefined {
  const clean = text.trim().replace(/[?!.…\s]+$/u, "");
  const folded = fold(clean).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  for (const re of DEFINITION) {
    const m = re.exec(folded);
    if (!m?.[1]) continue;
    // Map the folded match back onto what was typed, to quote the term with its diacritics.
    const words = clean.split(/\s+/);
    const want = m[1].split(" ").length;
    const start = re === DEFINITION[0] ? words.length - want : 0;
    const term = words.slice(start, start + want).join(" ").replace(/[^\p{L}\p{N}\s-]/gu, "");
    const words2 = fold(term).split(" ");
    return words2.length <= 5 && !NOT_A_TERM.test(fold(term)) ? term : undefined;
  }
  return undefined;
}

/** The corpus defines `term` when it prints "<term> là" or "<term> gồm" or "<term>:" somewhere. */
export function definesTerm(corpusText: string, term: string): boolean {
  const f = fold(corpusText).replace(/\s+/g, " ");
  const t = fold(term);
  return [`${t} la `, `${t} gom `, `${t} bao gom `, `${t}: `].some((p) => f.includes(p));
}
