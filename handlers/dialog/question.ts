import { wordKey } from "../../core/text.js";

// Is a message typed mid-dialog a question for the knowledge base rather than an answer?
// Where any answer is text (a name, a description), only clear questions count: a "?" at the
// end, a question opener ("thế nào là…", "có được…không") or closer ("…là gì", "…ntn").
// Where the answer must be one of a list, any question phrase will do (the caller has already
// found that the text is not one of the options).

const OPENERS = ["the nao", "nhu the nao", "lam sao", "lam the nao", "tai sao", "vi sao", "co duoc", "co phai", "co can", "co bat buoc", "xin hoi", "cho hoi", "hoi ve", "khi nao", "bao gio", "o dau", "quy dinh nao"];
const CLOSERS = ["la gi", "la sao", "the nao", "nhu the nao", "ntn", "nhu nao", "sao", "khong a", "ko a", "chua a", "duoc khong", "duoc ko", "phai khong", "phai ko"];
const ANYWHERE = ["la gi", "the nao", "ntn", "nhu nao", "co duoc", "co phai", "co can", "lam sao", "tai sao", "vi sao", "sao", "khong a", "duoc khong", "duoc ko", "phai khong", "hoi"];

function hasPhrase(w: string, phrase: string, where: "start" | "end" | "any"): boolean {
  if (where === "start") return w === phrase || w.startsWith(`${phrase} `);
  if (where === "end") return w === phrase || w.endsWith(` ${phrase}`);
  return ` ${w} `.includes(` ${phrase} `);
}

export function looksLikeQuestion(text: string, opts: { strict: boolean }): boolean {
  if (/[?？]\s*$/.test(text)) return true;
  const w = wordKey(text);
  if (!w) return false;
  // A capitalised last word is a name ("Công ty Sao Mai", "Nguyễn Văn Sao"), not "…sao".
  const lastWord = text.trim().split(/\s+/).pop() ?? "";
  const closerCounts = !opts.strict || lastWord === lastWord.toLowerCase();
  if (OPENERS.some((p) => hasPhrase(w, p, "start")) || (closerCounts && CLOSERS.some((p) => hasPhrase(w, p, "end")))) return true;
  if (/^co (duoc|phai|can|bat buoc)\b.*\b(khong|ko|k|chua)$/.test(w)) return true;
  if (opts.strict) return false;
  // "cổ phần của vợ có tính không": a yes/no question without its "?".
  return ANYWHERE.some((p) => hasPhrase(w, p, "any")) || /\bco\b.* (khong|ko|chua)$/.test(w);
}
