import { wordKey } from "../../core/text.js";

// Is a message typed mid-dialog a question for the knowledge base rather than an answer?
// People ask without "?" ("sau bao nhiêu năm thì phải luân chuyển") and answer with one ("Anh ta
// hỏi: … có được nhận quà không?"), so a message is read as an answer, a question, or either;
// "either" is settled by asking the person once (engine.ts), never by guessing.

/** A question starts like this. */
const OPENERS = [
  "the nao",
  "nhu the nao",
  "lam sao",
  "lam the nao",
  "tai sao",
  "vi sao",
  "co duoc",
  "co phai",
  "co can",
  "co bat buoc",
  "co nen",
  "xin hoi",
  "cho hoi",
  "cho em hoi",
  "cho toi hoi",
  "hoi ve",
  "khi nao",
  "bao gio",
  "bao lau",
  "bao nhieu",
  "sau bao nhieu",
  "trong bao lau",
  "o dau",
  "quy dinh nao",
  "nhung ai",
  "muc nao",
];
/** A question ends like this (the end particles "không", "ko", "k", "chưa" need a sentence before them). */
const CLOSERS = [
  "la gi",
  "la sao",
  "the nao",
  "nhu the nao",
  "ntn",
  "nhu nao",
  "sao",
  "khong a",
  "ko a",
  "chua a",
  "duoc khong",
  "duoc ko",
  "phai khong",
  "phai ko",
  "bao nhieu",
  "bao lau",
  "khi nao",
  "o dau",
  "nhi",
  "the a",
  "lam gi",
  "lam gi a",
  "lam gi bay gio",
];
const END_PARTICLES = ["khong", "ko", "k", "chua"];
/** Question words that make a sentence a question wherever they stand (unless "không rõ bao nhiêu"). */
const STRONG_ANYWHERE = ["bao nhieu", "bao lau", "bao gio", "la gi", "tai sao", "vi sao"];
/** Question words that may also sit inside an answer ("đơn vị thế nào cũng phải kiểm tra"). */
const WEAK_ANYWHERE = [
  "the nao",
  "ntn",
  "nhu nao",
  "co duoc",
  "co phai",
  "co can",
  "lam sao",
  "khi nao",
  "o dau",
  "sao",
  "khong a",
  "duoc khong",
  "duoc ko",
  "phai khong",
  "hoi",
];
/** Markers of an answer that reports someone else's words or tells what happened. */
const REPORTED = /(^|\s)(hỏi|hoi|nói|noi|bảo|bao|rằng|rang|viết|viet|nhắn|nhan)\s*:|[«»“”"]/i;
const THIRD_PERSON = [
  "anh ta",
  "anh ay",
  "chi ta",
  "chi ay",
  "ong ta",
  "ong ay",
  "ba ta",
  "ba ay",
  "ho",
  "nguoi do",
  "nguoi ta",
  "doanh nghiep",
  "cong ty",
  "doi tuong",
];

function hasPhrase(w: string, phrase: string, where: "start" | "end" | "any"): boolean {
  if (where === "start") return w === phrase || w.startsWith(`${phrase} `);
  if (where === "end") return w === phrase || w.endsWith(` ${phrase}`);
  return ` ${w} `.includes(` ${phrase} `);
}

/** "không rõ bao nhiêu", "chưa biết khi nào": the person answers that they do not know. */
const NOT_KNOWING = /\b(khong|chua) (ro|biet)( la)? (bao nhieu|bao lau|bao gio|khi nao|o dau|la gi)\b/;
/** "thế nào cũng", "sao cũng": an idiom, not a question. */
const IDIOM = /\b(the nao|sao) cung\b/;

/** The signals a message carries, each of which a caller weighs as it needs. */
function signals(text: string) {
  const w = wordKey(text);
  const words = w ? w.split(" ") : [];
  // A capitalised last word is a name ("Công ty Sao Mai", "Nguyễn Văn K"), not "…sao" or "…k".
  const lastWord = text.trim().split(/\s+/).pop() ?? "";
  const lastIsLower = lastWord === lastWord.toLowerCase();
  const cleaned = w.replace(NOT_KNOWING, " _ ").replace(IDIOM, " _ ");
  const mark = /[?？][\s"'»”)]*$/.test(text);
  const opener = OPENERS.some((p) => hasPhrase(w, p, "start"));
  // "khoảng 500 k" is an amount, not "…không".
  // …nor "nhưng chưa", "vẫn chưa", "cũng không": a statement.
  const particle =
    words.length >= 3 &&
    !/\d\s*k$/.test(w) &&
    !/ (nhung|van|con|cung) (chua|khong|ko|k)$/.test(w) &&
    END_PARTICLES.some((p) => hasPhrase(w, p, "end"));
  const closer = lastIsLower && (CLOSERS.some((p) => hasPhrase(w, p, "end")) || particle);
  const yesNo = /^co (duoc|phai|can|bat buoc|nen)\b.*\b(khong|ko|k|chua)$/.test(w);
  // "cổ phần của vợ có tính không": a yes/no question somewhere in the sentence.
  const looseYesNo = /\bco\b.* (khong|ko|chua)$/.test(w);
  const strongWord = STRONG_ANYWHERE.some((p) => hasPhrase(cleaned, p, "any"));
  const weakWord = WEAK_ANYWHERE.some((p) => hasPhrase(cleaned, p, "any"));
  // "…, hỏi tôi có đồng ý không": someone else asked; "cho hỏi …" is the person asking.
  const askedByOther = / hoi /.test(` ${words.slice(1).join(" ")} `) && !/^(cho|xin|cho em|cho toi) hoi\b/.test(w);
  const reported = REPORTED.test(text) || askedByOther || THIRD_PERSON.some((p) => hasPhrase(w, p, "start"));
  return { w, mark, opener, closer, yesNo, looseYesNo, strongWord, weakWord, reported };
}

/** How a free-text step should take a message: as its answer, as a question, or ask which. */
export type Reading = "answer" | "question" | "either";

/**
 * Reads a message typed where the answer is free text (a name, a description). A clear question
 * (a "?", a question opener or closer, "bao nhiêu" anywhere) is a question, unless it reports
 * someone's words or tells what a third person did: then it could be either. A question word
 * inside a sentence ("đơn vị thế nào cũng phải kiểm tra") leaves it an answer.
 */
export function readFreeText(text: string): Reading {
  const s = signals(text);
  if (!s.w) return "answer";
  const question = s.mark || s.opener || s.closer || s.yesNo || s.strongWord;
  if (!question) return "answer";
  return s.reported ? "either" : "question";
}

/**
 * True when a message reads as a question. `strict` (free-text answers, intents' rule-out) counts
 * only clear questions; otherwise (a choice step, whose options the text did not match) any
 * question word will do.
 */
export function looksLikeQuestion(text: string, opts: { strict: boolean }): boolean {
  const s = signals(text);
  if (!s.w) return false;
  if (s.mark || s.opener || s.closer || s.yesNo || s.strongWord) return true;
  return !opts.strict && (s.weakWord || s.looseYesNo);
}

/** The question inside a reported one: "Anh ta hỏi: «… không?»" → "… không?". */
export function questionOf(text: string): string {
  const colon = text.lastIndexOf(":");
  const inner = colon >= 0 && colon < text.length - 1 ? text.slice(colon + 1) : text;
  return inner.replace(/[«»“”"]/g, "").trim() || text;
}
