// What kind of answer a question wants, beyond its topic: a number or time limit ("bao nhiêu",
// "tối đa", "500 nghìn"), or a definition ("thế nào là …", "… là gì"). The plan states almost no
// numbers and defines almost no terms, so these decide whether a quote really answers.
import { fold } from "../core/text.js";
import { VOCATIVES } from "./lexicon.js";
import { tokenize } from "./normalize.js";
import type { QueryTerm } from "./query.js";

/**
 * "Có đúng vậy không?", "Phải không ạ?", "Điều đó có đúng không?": a last sentence that only asks
 * to confirm what the one before said. The sentence before it holds what is asked.
 */
const CONFIRMATION =
  /^(?:(?:vay|the|nhu vay|nhu the|dieu do|dieu nay|chuyen do|chuyen nay|nhu the nay) )?(?:co )?(?:dung|phai|that|chinh xac)(?: (?:vay|the|la vay|la the|khong|ko|k|hong|chua|a|ah|ha|nhi|nhe))*$/;

/**
 * A last sentence that only asks for more of the one before: "Cụ thể là những nhiệm vụ nào?", "Nói
 * rõ hơn được không?", or what the plan says of it: "Kế hoạch nói gì về việc này?" (not "Tôi nên
 * báo chuyện này cho ai?", which asks something of its own).
 */
const FOLLOW_UP =
  /^(?:cu the|noi ro|chi tiet)\b|^(?:\S+ ){0,4}(?:noi|quy dinh|huong dan)(?: (?:gi|the nao|sao|ra sao|nhu the nao))? (?:ve|voi) (?:viec|chuyen|van de|truong hop|dieu) (?:nay|do|ay)(?: \S+){0,2}$/;

/** The sentence that asks: the last one, with the one before when the last only asks to confirm it or for more of it. */
export function askingSentence(text: string): string {
  const sentences = text.split(/[.?!;]\s+(?=\S)/u);
  const last = sentences.at(-1) ?? text;
  const bare = fold(last)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return sentences.length > 1 && (CONFIRMATION.test(bare) || FOLLOW_UP.test(bare)) ? sentences.slice(-2).join(". ") : last;
}

/** Spelled with diacritics; typed without them they count only in a question typed without any. */
const QUANTITY_WORDS = ["bao nhiêu", "bao lâu", "tối đa", "tối thiểu", "hạn chót", "mấy", "thời hạn", "trị giá", "định mức"];
const MONEY_UNITS = new Set(["nghin", "ngan", "trieu", "tr", "ty", "dong", "k", "usd", "d"]);
const quantityPhrases = QUANTITY_WORDS.map((w) => tokenize(w));
const SO = tokenize("số")[0] ?? { toned: "", fold: "so", accented: true };

/** "mấy ông", "mấy anh": a plural of people ("those guys"), not a count asked for. */
const PLURAL_PEOPLE = new Set(
  ["ông", "bà", "anh", "chị", "cậu", "chú", "bác", "cô", "thằng", "tay", "đứa", "lão", "vị", "bạn", "em"].map((w) => tokenize(w)[0]?.toned),
);

const PLURAL_PEOPLE_FOLDED = / may (?:ong|ba|anh|chi|cau|chu|bac|co|thang|tay|dua|lao|vi|ban|em) /g;
const PLURAL_PEOPLE_FOLDS = new Set([
  "ong",
  "ba",
  "anh",
  "chi",
  "cau",
  "chu",
  "bac",
  "co",
  "thang",
  "tay",
  "dua",
  "lao",
  "vi",
  "ban",
  "em",
]);
/** What a count is asked of: time, money, times, people, parts. After "mấy" anything else is "a few". */
const COUNTED = new Set([
  "nam",
  "thang",
  "ngay",
  "tuan",
  "gio",
  "lau",
  "lan",
  "nguoi",
  "muc",
  "phan",
  "tien",
  "dieu",
  "buoc",
  "loai",
  "cap",
]);
/** "mấy năm liền", "mấy tháng nay", "mấy hôm trời": a duration told, not asked. */
const RUNNING = new Set(["lien", "nay", "qua", "troi"]);
/** A yes/no question: "… có sao không", "… phải hông" (lexicon DIALECT), "… chưa". */
const YES_NO_END = /\b(?:khong|ko|k|hok|khg|kg|hong|hem|chua)\b[^\p{L}\p{N}]*(?:\p{L}+[^\p{L}\p{N}]*){0,3}$/u;
/**
 * … or one that goes on after its "không": "… mấy xã mình phụ trách không, kể cả quà nhỏ?", "… có
 * nhắm tới không hay chỉ nói chung chung?".
 */
const YES_NO_THEN = /\b(?:co|phai|duoc|can)\b.*\b(?:khong|ko|hong|chua)\b(?:\s*[,;]|\s+hay\b)/u;
/** "… hả ad?", "… hở?": asking whether it is so. */
const CHECKING_END = /(?<!\p{L})(?:hả|hở)(?!\p{L})[^\p{L}\p{N}]*(?:\p{L}+[^\p{L}\p{N}]*){0,2}$/iu;
const yesNo = (sentence: string): boolean => {
  const folded = fold(sentence);
  return YES_NO_END.test(folded) || YES_NO_THEN.test(folded) || CHECKING_END.test(sentence.normalize("NFC"));
};
/**
 * "kế hoạch có xử mấy người tố cáo sai không": "mấy người" with what they do after it is "those
 * people"; a count of people ends its clause ("đoàn có mấy người, …", "mấy người thì đủ").
 */
const PEOPLE_WHO = /\bmay nguoi (?!(?:thi|la|vay|the|khong|ko|chua|hong|a|nhi|nhe)\b)\p{L}/u;

/** A clause that opens by pointing back at what was told: "thế", "như vậy", "việc đó" … */
const POINTS_BACK = /^(?:the|vay|nhu the|nhu vay|lam the|lam vay|lam nhu (?:the|vay)|(?:dieu|viec|chuyen) (?:do|nay|ay))\b/u;

/** Whether an act was right: "có đúng không", "có sai không", "được không", "có sao không", "có vi phạm không". */
const JUDGED = /\b(?:dung|sai|duoc|on|sao|vi pham|hop ly|phu hop|nen)\b/u;

/** A date's parts: "ngày mấy" asks which day. */
const DATE_PARTS = new Set(["ngay", "thang", "nam"]);

/** Question words asking for something other than a quantity: "cho ai", "làm gì", "cấp nào". */
const ALSO_ASKED = new Set(["ai", "gi", "nao", "dau"]);
const BESIDES = new Set(["ngoai", "tru", "ca"]);
const DEMONSTRATIVES = new Set(["đó", "này", "ấy", "kia"].map((w) => tokenize(w)[0]?.toned ?? ""));
const DEMONSTRATIVE_FOLDS = new Set(["nay", "ay", "kia"]);
const TIME_UNITS = new Set(["nam", "thang", "ngay", "tuan", "gio", "lau"]);
const MONEY = "money";
const DOCUMENT_NUMBER = "number of a document";

/**
 * The question asks for a number, an amount of money or a time limit: what it counts ("năm",
 * "chương", "money"; "" when it does not say), or undefined when it asks for no quantity.
 */
export function askedQuantity(text: string): string | undefined {
  const toks = tokenize(text);
  const plain = toks.every((t) => !t.accented);
  // "… biếu tôi mấy con gà. Như vậy tôi có vi phạm không?": a count told in the story is not what is
  // asked; only the last sentence asks (a named amount anywhere still counts).
  const lastSentence = askingSentence(text);
  const asking = tokenize(lastSentence).length;
  const askFrom = toks.length - asking;
  // "Tôi được biếu phong bì 2 triệu, tôi phải làm gì": an amount told in the story, before the clause
  // that asks, is context; an amount in the asking clause ("nhận quà 500 nghìn có được không") is asked about.
  const clause = lastSentence.split(/,\s*/u).at(-1) ?? lastSentence;
  const storyAmount = / (tôi|toi|em|mình|minh) (phải|phai|nên|nen|cần|can) (làm|lam) (gì|gi|sao|thế nào|the nao)/iu.test(` ${clause}`);
  // "… lén nhận 20 triệu của đơn vị. Tôi có phải chịu trách nhiệm không?": an amount told in an
  // earlier sentence is the story too; only the asking sentence asks about an amount.
  const amountFrom = storyAmount ? toks.length - tokenize(clause).length : askFrom;
  // "… chỉ gọi mấy người thân cận, còn mấy ông khác thì chả mời, thế có đúng không?": a last clause
  // that points back at what was told and asks yes or no asks about that, not for a count in it.
  // Only a judgement of it ("đúng", "sai", "được", "có sao"): "…, vậy có quy định không" still asks for the count.
  const judged = fold(clause).trim();
  const clauseFrom = POINTS_BACK.test(judged) && JUDGED.test(judged) && YES_NO_END.test(judged) ? toks.length - tokenize(clause).length : 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const next = toks[i + 1];
    // "500 nghìn", "2tr", "1 triệu đồng": an amount the asker names.
    // "có 2 đồng chí giữ ý kiến khác": comrades, not đồng (money).
    const comrades = next?.fold === "dong" && toks[i + 2]?.fold === "chi";
    // "… thực hiện QĐ 131 k?": a "k" that ends the question is "không", not thousands.
    const tail = next?.fold === "k" && i + 2 === toks.length && toks.some((x) => x.fold === "co");
    if (i >= amountFrom && t && /^\d+$/.test(t.fold) && next && MONEY_UNITS.has(next.fold) && !comrades && !tail) return MONEY;
    if (i >= amountFrom && t && /^\d+(k|tr|trieu|d)$/.test(t.fold)) return MONEY;
    for (const p of quantityPhrases) {
      const at = p.every((w, j) => {
        const x = toks[i + j];
        return x !== undefined && (x.toned === w.toned || (!x.accented && plain && x.fold === w.fold));
      });
      if (!at || i < askFrom || (p.length === 1 && i < clauseFrom)) continue;
      // "neu toi da chu dong bao cao …": typed plain, "toi da" is "tôi đã" unless a count follows.
      const counted = toks[i + p.length];
      const plainPair = p.length === 2 && !t?.accented && (p[0]?.fold === "toi" || p[0]?.fold === "han");
      const askedAfter = counted?.fold === "may" || (counted?.fold === "bao" && toks[i + p.length + 1]?.fold === "nhieu");
      if (plainPair && !(counted && (/^\d/.test(counted.fold) || COUNTED.has(counted.fold) || askedAfter))) continue;
      // "có quy định gì về thời hạn như vậy không": whether the text speaks of it, not a number.
      if (toks[i - 1]?.fold === "ve") continue;
      if (p.length === 1 && (PLURAL_PEOPLE.has(toks[i + 1]?.toned) || (plain && PLURAL_PEOPLE_FOLDS.has(toks[i + 1]?.fold ?? ""))))
        continue;
      // "theo dõi mấy xã, … nhận chút đỉnh có sao không", "đòi thêm mấy thứ … có quyền từ chối
      // không": in a yes/no question, "mấy" before what is not a unit of count is "a few".
      // "theo một địa bàn mấy năm liền thì có bị điều chuyển không": "mấy năm liền", "mấy tháng
      // nay" are several, told, in a yes/no question as well.
      const told = RUNNING.has(toks[i + 2]?.fold ?? "");
      if (p.length === 1 && (told || !COUNTED.has(toks[i + 1]?.fold ?? "")) && yesNo(lastSentence)) continue;
      if (p.length === 1 && toks[i + 1]?.fold === "nguoi" && yesNo(lastSentence) && PEOPLE_WHO.test(fold(lastSentence))) continue;
      // "ngày mấy", "ngày bao nhiêu", "năm mấy": which date, not how many; whether it is printed is a fact (FACTS).
      if (DATE_PARTS.has(toks[i - 1]?.fold ?? "") && !COUNTED.has(toks[i + p.length]?.fold ?? "") && p.at(-1)?.fold !== "lau") continue;
      // "mấy cơ quan báo đài thì kế hoạch giao làm gì": "mấy" before what is not a unit of count,
      // with the question asked by another word after it, is "the (several)", as in Southern speech.
      if (p.length === 1 && !COUNTED.has(toks[i + 1]?.fold ?? "") && toks.slice(i + 2).some((x) => ALSO_ASKED.has(x.fold))) continue;
      // "Ngoài mấy việc như …", "trừ mấy khoản đó": the few things already named, not a count asked.
      if (p.length === 1 && BESIDES.has(toks[i - 1]?.fold ?? "")) continue;
      // "Mấy hành vi đó", "mấy việc này": those few, pointed at, not counted.
      if (p.length === 1 && toks.slice(i + 2, i + 4).some((x) => DEMONSTRATIVES.has(x.toned) || (plain && DEMONSTRATIVE_FOLDS.has(x.fold))))
        continue;
      // "báo cáo cho ai, bao lâu một lần": how often, asked beside another question the text may
      // answer ("định kỳ … báo cáo Ban Thường vụ"); asked alone it still wants a number.
      const after = toks.slice(i + p.length, i + p.length + 3).map((x) => x.fold);
      const often = after.includes("lan") && (after.includes("mot") || after.includes("1"));
      if (often && toks.slice(askFrom, i).some((x) => ALSO_ASKED.has(x.fold))) continue;
      if (p.at(-1)?.fold === "lau") return "lau";
      // "Quy định số mấy": the number of a document, which citations do state.
      // Only "số" itself ("cơ sở tối đa bao nhiêu ngày" is no document's number).
      const before = toks[i - 1];
      if (before?.fold === "so" && (before.toned === SO.toned || !before.accented) && p.at(-1)?.fold !== "da") return DOCUMENT_NUMBER;
      // "bao nhiêu tiền", "mấy năm", "bao nhiêu phần trăm": the word after says what is counted.
      const unit = toks[i + p.length]?.fold ?? "";
      return ["tien", "dong", "phan"].includes(unit) ? MONEY : unit;
    }
  }
  return undefined;
}

/** The question asks for a number, an amount of money or a time limit. */
export function asksQuantity(text: string): boolean {
  return askedQuantity(text) !== undefined;
}

/**
 * The section states a number of what is asked (`unit` from askedQuantity): "2 năm đến 5 năm"
 * answers "mấy năm" and "bao lâu", not "bao nhiêu chương" or "bao nhiêu tiền". The citations
 * every section repeats (131-QĐ/TW, 27/10/2023, Điều 4, Mục 4.3.1) are not quantities.
 */
export function statesQuantity(sectionText: string, unit = "", asked: readonly AskedUnit[] = []): boolean {
  if (unit === DOCUMENT_NUMBER) return /\d/.test(sectionText);
  const fits = (u: string): boolean => (unit === MONEY ? MONEY_UNITS.has(u) : unit === "lau" ? TIME_UNITS.has(u) : !unit || u === unit);
  // The number must be stated about what is asked: "phạt tù bao nhiêu năm" is not answered by the
  // rotation rule's "từ đủ 2 năm đến 5 năm", whose sentence holds little of the asking words.
  return sectionText.split(/[.;:\n]+/).some((sentence) => {
    if (!unitsStated(sentence).some(fits)) return false;
    if (asked.length === 0) return true;
    const toks = tokenize(sentence);
    const pairs = new Set(toks.slice(1).map((t, i) => `${toks[i]?.fold ?? ""} ${t.fold}`));
    const toned = new Set(toks.map((t) => t.toned));
    const folded = new Set(toks.map((t) => t.fold));
    const found = (u: AskedUnit): boolean =>
      u.pairs.some((p) => pairs.has(p)) || u.single.some((w) => (w.toned ? toned.has(w.toned) : folded.has(w.fold)));
    return asked.filter(found).length >= QUANTITY_TOPIC_SHARE * asked.length;
  });
}

/**
 * A unit of what the asking part names: a run of typed words (found by one of its pairs of
 * syllables, "thanh tra"), a word typed alone (found as spelled when typed with diacritics, so
 * "tù" is not "từ"), or a rewritten phrase (found by a pair of any of its readings).
 */
export interface AskedUnit {
  pairs: string[];
  single: { fold: string; toned?: string }[];
}
/** Share of the asking part's units the sentence stating the number must hold. */
const QUANTITY_TOPIC_SHARE = 0.5;

/** The count itself ("bao nhiêu năm", "mấy tháng"): not a topic of the asking part. */
const COUNT_SYLLABLES = new Set(["nam", "thang", "ngay", "tuan", "gio", "lau", "bao", "may", "nhieu", "tien", "dong", "trieu"]);
/** What the asking part names, outside the story, for statesQuantity. */
export function askedUnits(terms: readonly QueryTerm[]): AskedUnit[] {
  const units: AskedUnit[] = [];
  const groups = new Map<number, QueryTerm[]>();
  let run: QueryTerm[] = [];
  const endRun = (): void => {
    // A word typed with diacritics the text never gives it ("tù" for "từ") is not in the text at all.
    if (run.length === 1 && run[0])
      units.push({
        pairs: [],
        single: run[0].strength < 1 ? [] : [{ fold: run[0].fold, ...(run[0].toned ? { toned: run[0].toned } : {}) }],
      });
    else if (run.length > 1) units.push({ pairs: run.slice(1).map((t, i) => `${run[i]?.fold ?? ""} ${t.fold}`), single: [] });
    run = [];
  };
  for (const t of terms) {
    const topic = !t.stop && !t.context && !COUNT_SYLLABLES.has(t.fold) && !/^\d+$/.test(t.fold);
    if (t.group !== undefined) {
      endRun();
      if (topic || /^\d+$/.test(t.fold)) groups.set(t.group, [...(groups.get(t.group) ?? []), t]);
      continue;
    }
    if (topic) run.push(t);
    else endRun();
  }
  endRun();
  for (const g of groups.values()) {
    // The count asked, rewritten as the text's own ("bao lâu" → "từ đủ 2 năm đến 5 năm"), is not a topic.
    if (g.some((t) => /^\d+$/.test(t.fold))) continue;
    const pairs: string[] = [];
    for (let i = 1; i < g.length; i++) {
      const a = g[i - 1];
      const b = g[i];
      if (a && b && (a.alternative ?? 0) === (b.alternative ?? 0)) pairs.push(`${a.fold} ${b.fold}`);
    }
    units.push(pairs.length ? { pairs, single: [] } : { pairs: [], single: g.map((t) => ({ fold: t.fold })) });
  }
  return units;
}

const statedCache = new Map<string, string[]>();
/** What the section counts ("năm" in "từ đủ 2 năm đến 5 năm"), folded; cached per section text. */
function unitsStated(sectionText: string): string[] {
  const cached = statedCache.get(sectionText);
  if (cached) return cached;
  const stripped = sectionText
    .replace(/\d+-QĐ\/TW/g, "")
    .replace(/\d{1,2}\/\d{1,2}\/\d{4}/g, "")
    .replace(/Điều \d+/g, "")
    .replace(/(Mục|mục) [\d.]+/g, "");
  const stated = [...stripped.matchAll(/\d+\s+(\p{L}+)/gu)].map((m) => fold(m[1] ?? ""));
  statedCache.set(sectionText, stated);
  return stated;
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
  const folded = fold(clean)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  for (const re of DEFINITION) {
    const m = re.exec(folded);
    if (!m?.[1]) continue;
    // Map the folded match back onto what was typed, to quote the term with its diacritics.
    const words = clean.split(/\s+/);
    const want = m[1].split(" ").length;
    const start = re === DEFINITION[0] ? words.length - want : 0;
    const term = words
      .slice(start, start + want)
      .join(" ")
      .replace(/[^\p{L}\p{N}\s-]/gu, "");
    const words2 = fold(term).split(" ");
    if (words2.length > 5 || NOT_A_TERM.test(fold(term))) return undefined;
    // "Lợi ích phi vật chất là gì?": the capital only opened the sentence.
    return /^\p{Lu}\p{Ll}/u.test(term) ? term.charAt(0).toLowerCase() + term.slice(1) : term;
  }
  return undefined;
}

/** `foldedCorpus` (fold of all text) defines `term` when it prints "<term> là", "<term> gồm" or "<term>:". */
export function definesTerm(foldedCorpus: string, term: string): boolean {
  const f = foldedCorpus;
  const t = fold(term);
  return [`${t} la `, `${t} gom `, `${t} bao gom `, `${t}: `].some((p) => f.includes(p));
}

/**
 * What happens to someone, asked in the last sentence: "… thì bị xử lý thế nào", "có bị mất chức
 * không", "có dính gì không". Not "phải xử lý chuyện này ra sao": there the asker handles it.
 */
const CONSEQUENCE =
  /\b(?:co dinh|dinh (?:khong|ko|k|chi|gi)(?! (?:toi|den|voi|dang))|bi dinh chi|dinh chi|bi kiem diem|bi ap dung|bien phap gi|bi xu|di tu|ngoi tu|bi xu ly|bi kl|(?<!(?:phai|nen|can) )xu ly(?: \w+){0,4} (?:the nao|ra sao)|xu the nao|xu sao|xu kieu gi|bi gi|bi sao|bi ky luat|bi xem xet|ky luat the nao|ky luat ra sao|hinh thuc ky luat|mat chuc|mat ghe|cach chuc|nghi viec|duoi viec|bi duoi|hau qua|dinh gi(?! (?:toi|den|voi|dang))|va lay|lien doi|bien phap xu ly)\b|\bcon (?:(?:mong|hy vong|hi vong|duoc|dc|co the|the)(?: duoc)? )+(?:len chuc|thang chuc|de bat|bo nhiem|quy hoach|thang tien|khen thuong)\b|\b(?:anh huong|anh huong gi) (?:den|toi) (?:quy hoach|de bat|len chuc|thang tien|bo nhiem)\b|\b(?:gach|loai|rut|dua) (?:ten )?(?:ra )?khoi (?:danh sach )?quy hoach\b|\b(?:mat|truot) quy hoach\b|\bdap chieu\b|\b(?:la|thi|se|co|duoc) thoat\b|\bbi loi(?: \w+){0,3} ra\b|\b(?:con|van|co) (?:bi )?xu (?:duoc|nua|khong|ko|k)\b/;
/**
 * A leader answering for what happened under them, or let off: "để xảy ra", "được miễn, giảm trách
 * nhiệm", "đã chủ động báo cáo", "xin thôi chức trước", "không hề biết", "đã làm đủ các biện pháp …
 * mà cấp dưới vẫn …", "cấp ủy bị kỷ luật thì …" (its members answer for it). Not "có phải chủ động phát
 * hiện … không": a duty asked about, not a ground for being let off.
 */
const LETTING =
  /\b(?:de xay ra|de cho|de lot|de cap duoi|de linh|de nhan vien|de nguoi duoi quyen|de doan|de anh em|de thanh vien|de nguoi trong doan|(?<!(?:phai|nen|can|trach nhiem)(?: tu)? )chu dong (?:bao cao|phat hien)|xin thoi|tu chuc|khong the biet|khong he biet|hoan toan khong biet|khong hay biet|(?:da (?:ap dung|lam|thuc hien)|(?:ap dung|lam|thuc hien) (?:du|day du|het|moi)) (?:cac )?bien phap|cap duoi (?:van|lai|minh)|(?:cap uy|to chuc dang|chi bo|dang uy|dang bo|tap the)(?: \w+){0,3} bi (?:ky luat|kl|xu ly ky luat)|(?:to chuc dang|cap uy|chi bo|dang uy|dang bo)(?: \w+){0,2} vi pham(?: \w+){0,6} (?:bi xu ly|xu ly (?:the nao|ra sao|sao)))\b/;
const LET_OFF =
  /\b(?:mien trach nhiem|giam trach nhiem|mien giam|duoc mien|duoc giam|giam nhe|nhe trach nhiem|duoc nhe tay|duoc nuong tay|duoc xu nhe|cham chuoc|nhe toi|giam toi)\b/;

const SHORT_OF_DISCIPLINE = /\bchua (?:den|toi) muc (?:phai )?(?:bi )?(?:xu ly )?(?:ky luat|kl)\b/;

const FALSE_ACCUSATION =
  /\b(?:to cao sai|to sai|to nham|to cao nham|to cao khong dung|to bay|to cao bay|to lao|to cao lao|to dieu|to bua|to cao bua|to oan|vu khong|vu cao|vu oan)\b/;

/**
 * What happens to someone: "let" when a leader answers for what happened under them or asks to be
 * let off (the section on responsibility for letting it happen), "act" when someone is punished for
 * what they did; undefined when the question asks neither.
 */
/** "… vi phạm nhưng chưa đến mức phải kỷ luật": a slip short of discipline, whoever asks about it. */
export function shortOfDiscipline(text: string): boolean {
  return SHORT_OF_DISCIPLINE.test(fold(text).replace(/[^\p{L}\p{N}]+/gu, " "));
}

export function asksConsequence(text: string): "act" | "let" | undefined {
  const folded = (t: string): string => fold(t).replace(/[^\p{L}\p{N}]+/gu, " ");
  const asking = askingSentence(text);
  // What happens to whoever accuses falsely is said with the inspected party's duties (II.5.1).
  if (FALSE_ACCUSATION.test(folded(text))) return undefined;
  if (LETTING.test(folded(text))) return "let";
  // Being let off is asked for, not told: "xin giảm nhẹ kỷ luật cho ông ấy" in the story is a bribe's purpose.
  if (LET_OFF.test(folded(asking))) return "let";
  if (CONSEQUENCE.test(folded(asking))) return "act";
  // "… chưa đến mức phải kỷ luật. Vậy tôi phải làm gì?": what is done with a slip short of discipline.
  return SHORT_OF_DISCIPLINE.test(folded(text)) ? "act" : undefined;
}

/**
 * Facts a question may ask for that only a section printing them can answer: the plan's own number
 * or date ("Kế hoạch này số mấy, ký ngày nào"; the dates it prints are of Quy định 131), which
 * regulation another one replaced, a person's name ("… hiện nay là ai"), or what an article of the
 * regulation lists (the plan cites Điều 4, it does not quote it).
 */
export type Fact =
  "own number" | "replaced" | "person" | "article" | "form" | "procedure" | "law" | "deadline" | "task" | "calculation" | "audit body";

const FACTS: readonly [Fact, RegExp][] = [
  // Something to write, translate or recommend ("Viết giúp tôi bài phát biểu …", "Dịch giùm câu …
  // sang tiếng Anh", "Gợi ý vài quán …"): a task, not a question about the text. Not a yes/no
  // question ("viết bài về đoàn kiểm tra có được không" asks what the press may do).
  [
    "task",
    /^(?!.*\b(?:khong|ko|k|hok|hong|chua)\s*$)(?:^(?:(?:ad|admin|bot|ban|em|anh|chi|bac)\s+(?:oi\s+)?)?(?:(?:hay|vui long|lam on|nho)\s+)?(?:viet|soan|dich|thao|lam)\s+(?:giup|gium|ho|dum)\b|^(?:dich|soan thao|soan|viet)\s+(?:cau|doan|bai|ban|bien ban|to trinh|bai phat bieu)\b|\bdich\b.*\bsang tieng\b|^(?:goi y|gioi thieu)\s+(?:vai|may|mot vai|mot so|giup|gium|cho (?:toi|em|minh))?\s*(?:quan|nha hang|khach san|dia diem|mon an|cho an)\b)/,
  ],
  // How an amount is worked out ("cách tính lương hưu"): the plan computes nothing.
  ["calculation", /\bcach tinh\b|\btinh (?:nhu the nao|the nao|ra sao)\b.*\b(?:luong|tien|phu cap|che do)\b/],
  // What the State Audit or its auditors must do ("Kiểm toán Nhà nước khu vực phải làm gì"): the plan
  // names auditing only in the regulation's title and gives the State Audit no task. Not an auditor
  // telling their own story ("Tôi là kiểm toán viên, …").
  [
    "audit body",
    /^(?!(?:toi|em|minh|tui|chau) )(?:\S+ ){0,3}?(?:kiem toan nha nuoc|kiem toan vien)\b(?: \S+){0,14} (?:phai lam|lam nhung|co trach nhiem|trach nhiem|nhiem vu|duoc giao|phai thuc hien)\b/,
  ],
  // By which date something must be done ("gửi báo cáo … trước ngày nào", "ngày nào phải nộp"),
  // how long a case takes ("bao lâu được trả lời", "mất bao lâu"), or when and where a meeting is held
  // ("hội nghị tổ chức vào ngày mấy, ở hội trường nào"): the plan sets no date, time limit or venue.
  [
    "deadline",
    /\b(?:truoc ngay nao|cham nhat (?:la )?ngay nao|han (?:chot|cuoi) (?:la )?(?:ngay nao|khi nao|bao gio)|ngay nao (?:\w+ ){0,4}(?:phai )?(?:nop|gui|hoan thanh|bao cao))\b|\bbao lau (?:thi )?(?:(?:se|moi|duoc) )*(?:tra loi|giai quyet|co ket qua|xu ly xong|phan hoi)\b|\b(?:trong vong|mat) bao lau\b|\bhan (?:nop|gui)\b(?: \S+){0,14} (?:ngay may|ngay nao|khi nao|bao gio)\b|\b(?:to chuc|dien ra|hop|khai mac)\b(?: \S+){0,3} (?:vao )?(?:ngay may|ngay nao|ngay bao nhieu|may gio)\b|\bo (?:hoi truong|phong hop|dia diem) nao\b/,
  ],
  [
    "own number",
    /^(?!.*\b(?:quy dinh|qd|can cu|dua vao|dua tren|van ban nao|trung uong)\b).*\b(?:ke hoach|van ban)\b.*\b(?:so bao nhieu|so may|so hieu|ky hieu|ngay nao|ngay bao nhieu|ngay may|ngay thang nam nao|ky ngay)\b/,
  ],
  // "Kế hoạch thực hiện Quy định 131 của tỉnh số mấy": the regulation names the plan, it is not asked about.
  ["own number", /\bke hoach (?:thuc hien|trien khai) (?:quy dinh|qd) \d+(?: \w+){0,3} (?:so bao nhieu|so may|so hieu|ky hieu)\b/],
  ["replaced", /\b(?:thay the|thay cho|bai bo)(?: cho)? (?:quy dinh|van ban|nghi quyet|quyet dinh|chi thi)\b.*\b(?:nao|gi|so may)\b/],
  [
    "person",
    /\b(?:hien nay|hien tai|hien gio|bay gio|hien) la (?:ai|dong chi nao|ong nao|ba nao)\b|\bten (?:la )?gi\b|\bla (?:ong|ba) nao\b|\bho ten\b|\b(?:ai|dong chi nao|ong nao|ba nao) (?:dang|hien|hien nay|hien dang) (?:la|lam|giu)\b(?!.*\b(?:ma|thi(?! hanh)|neu|duoc|phai|bi(?! thu))\b)|\b(?:dong chi nao|ong nao|ba nao) (?:da )?ky\b(?! luat)|\bai (?:la nguoi |la |da )?ky\b(?! (?:luat|ban hanh))/,
  ],
  // What a named law, decree or circular says ("Theo Luật Kiểm toán …", "Nghị định … quy định"): the
  // plan names none ("pháp luật", "luật đảng" are no law's name).
  [
    "law",
    /(?<!phap |ky )\bluat (?:thanh tra|kiem toan|phong chong|phong|can bo|cong chuc|vien chuc|hinh su|to cao|khieu nai|tiep cong dan|ngan sach|doanh nghiep|lao dong|dat dai|dau thau|xu ly)\b|\b(?:bo luat|nghi dinh|thong tu)\b/,
  ],
  // A form or template to fill in ("mẫu đơn", "theo mẫu nào", "biểu mẫu"): the plan has none.
  // … or how to write one ("cách viết biên bản", "làm đơn thế nào"), or what papers a file holds
  // ("hồ sơ … gồm những giấy tờ gì"). Not "Cà Mau, mới …".
  [
    "form",
    /\b(?:bieu mau|file mau|theo mau|co file|(?<!ca )mau ban\b|(?<!ca )mau (?:don|bao cao|bien ban|ban (?:tu )?kiem diem|tu kiem diem|kiem diem|so|nao|san|moi))\b|\bcach (?:viet|lam|soan|ghi) (?:bien ban|don|ban kiem diem|to trinh|bao cao)\b|\b(?:lam|viet) don (?:the nao|ra sao|nhu the nao|sao)\b|\b(?:ho so|giay to)\b(?: \S+){0,12} gom (?:nhung |cac )?(?:gi|giay to gi|nhung gi|nhung giay to nao)\b/,
  ],
  // The steps of a procedure ("quy trình … gồm mấy bước", "thủ tục … những bước nào"): the plan sets
  // out duties, not procedures.
  [
    "procedure",
    /\b(?:quy trinh|thu tuc|trinh tu)\b(?: \S+){0,12} (?:(?:gom|co|qua|theo) (?:nhung |cac |may )?buoc|(?:may|nhung|cac) buoc|buoc nao)\b/,
  ],
  [
    "article",
    /\bdieu \d+\b.*\b(?:liet ke|gom nhung|gom cac|co nhung|noi dung gi|quy dinh nhung|cu the nhung|nhung hanh vi nao|hanh vi nao)\b/,
  ],
];

/** The kind of fact the question asks for (FACTS), or undefined. */
export function askedFact(text: string): Fact | undefined {
  const folded = fold(text).replace(/[^\p{L}\p{N}]+/gu, " ");
  return FACTS.find(([, re]) => re.test(folded))?.[0];
}

/** The section prints a fact of that kind. */
export function statesFact(sectionText: string, fact: Fact): boolean {
  switch (fact) {
    case "own number":
      // A number or date that is not a citation of another text ("131-QĐ/TW", "27/10/2023", "Điều 4").
      return unitsStated(sectionText).length > 0 || /(?:số|Số)\s*\d+-?(?:KH|QĐ)?/u.test(sectionText.replace(/\d+-QĐ\/TW/g, ""));
    case "replaced":
      return /thay thế (?:cho )?(?:Quy định|Nghị quyết|Quyết định|Chỉ thị) (?:số )?\d/u.test(sectionText);
    case "person":
      return /(?:đồng chí|Đồng chí|ông|Ông|bà|Bà)\s+\p{Lu}\p{Ll}+/u.test(sectionText);
    case "article":
      return /Điều \d+[^.]{0,40}:/u.test(sectionText);
    case "form":
      return /\b(?:mẫu|Mẫu) (?:số|đơn|báo cáo|biên bản)/u.test(sectionText);
    case "law":
      return /(?:Luật|Nghị định|Thông tư) [\p{Lu}\d]/u.test(sectionText);
    case "deadline":
      // A calendar date other than the one every section cites ("Quy định 131-QĐ/TW ngày 27/10/2023").
      return /\d{1,2}\/\d{1,2}/.test(sectionText.replace(/QĐ\/TW,?\s*ngày\s*\d{1,2}\/\d{1,2}\/\d{4}/gu, ""));
    case "procedure":
      return /\b(?:[Bb]ước \d|[Bb]ước (?:một|hai|ba))/u.test(sectionText);
    case "task":
    case "calculation":
    case "audit body":
      return false;
  }
}

/**
 * The plan is a code of conduct: it says what one may, must or must not do and what happens then.
 * A question asking that ("có được nhận không", "có phải báo cáo không", "có bị xử lý không", "có
 * đúng quy định không", "phải làm gì", "xử lý thế nào") is of the kind it answers, whatever words the
 * story is told in; a question asking where, when, which list, form or procedure is not.
 */
const CONDUCT = [
  /\bco\b(?: \w+){0,8} (?:duoc|phai|bi|cam|buoc|bat|nen|dung|sai|vi pham|trai|sao|van de|can)\b(?: \w+){0,8} (?:khong|ko|k|hok|khg|kg|chua)\b/,
  /\b(?:phai|nen|can) (?:lam gi|lam sao|lam the nao|xu ly the nao|xu ly sao|xu ly ra sao)\b/,
  // "phải xử lý chuyện này ra sao": how one must handle it (not how one is punished: asksConsequence).
  /\b(?:phai|nen|can) (?:xu ly|giai quyet|ung xu)(?: \w+){1,4} (?:the nao|ra sao|sao)\b/,
  /\b(?:xu ly|xu|giai quyet|doi pho|ung xu) (?:nhu the nao|the nao|ra sao|sao|kieu gi)\b/,
  /\b(?:co sao|thi sao|co van de gi)\b/,
  // "… thì nhận được không", "cầm về được ko": may one do it, without "có".
  /\b(?:duoc|duoc phep) (?:khong|ko|k|hok|khg|kg) $/,
];
/** Asked for a place, a time, a list, a form, a procedure or a fee: facts a code of conduct does not hold. */
const FACT_SEEKING =
  /\b(?:o dau|khi nao|luc nao|bao gio|ngay nao|danh sach|mau|thu tuc|ho so|lich|muc phi|le phi|bao nhieu|bao lau|may|can gi|can nhung gi|gom nhung gi|la ai|ai ky)\b/;

/** Whom the asker calls at the end ("… được không mọi người", "… ko ad", "… không vậy"): not what is asked. */
const CALLS = VOCATIVES.map((v) => ` ${fold(v)} `).sort((a, b) => b.length - a.length);
/** `f` (" words ") without the run of vocatives at its end. */
function withoutTrailingCall(f: string): string {
  for (let guard = 0; guard < 4; guard++) {
    const call = CALLS.find((c) => f.endsWith(c) && f.length > c.length);
    if (!call) break;
    f = f.slice(0, f.length - call.length + 1);
  }
  return f;
}

export function asksConduct(text: string): boolean {
  const asking = askingSentence(text);
  const spaced = (t: string): string =>
    ` ${fold(t)
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()} `;
  const words = (t: string): string => withoutTrailingCall(spaced(t));
  // "mấy ông", "mấy anh": people, not a count.
  const seeksFact = (f: string): boolean => FACT_SEEKING.test(f.replace(PLURAL_PEOPLE_FOLDED, " "));
  // "Tôi có nên tiếp tục tham gia đoàn không, phải làm thủ tục gì?": one clause asks what one should
  // do, another for a procedure; the first is still a question the plan answers.
  const clauses = asking.split(/,\s*/u).map(words);
  if (clauses.length > 1 && clauses.some((c) => !seeksFact(c) && CONDUCT.some((re) => re.test(c)))) return true;
  const f = words(asking);
  if (seeksFact(f)) return false;
  return CONDUCT.some((re) => re.test(f)) || asksConsequence(text) !== undefined;
}

/**
 * Questions about the plan itself rather than anyone's conduct: how it is carried out (who
 * organises, follows up, reports, reviews it: part III, "Tổ chức thực hiện") or what it is for (its
 * "Mục đích"). Their words ("báo cáo", "thực hiện", "trách nhiệm") are everywhere in the sections on
 * conduct; what is asked about is the plan.
 */
export type PlanAsk = "implementation" | "purpose" | "recipients" | "origin";

const IMPLEMENTATION =
  /\bgiao (?:cho )?(?:uy ban kiem tra|ubkt)\b.*\b(?:chu tri|phoi hop)\b|\b(?:co quan nao|ai|don vi nao|ben nao|cap nao) (?:se |la |dung ra )?(?:chu tri|lam dau moi)\b(?! (?:cuoc|doan|buoi|hop|kiem tra|thanh tra|giam sat))|\btu (?:xay dung|lap|ra) (?:(?:mot|cac) )?ke hoach\b|\b(?:xay dung|lap|ban hanh|ra) (?:(?:mot|cac) )?ke hoach (?:rieng|cu the)\b|\b(?:quan triet|pho bien|trien khai|tuyen truyen)\b.*\b(?:den|toi|cho) (?:(?:tung |toan the |tat ca |moi |cac )?can bo\b|(?:nhung )?(?:ai|doi tuong nao)\b)|\b(?:to chuc thuc hien|(?<!ho )so ket(?! nap)|tong ket)\b|\b(?:thuc hien|trien khai|don doc|theo doi|bao cao)(?: viec)? (?:ke hoach|kh)\b|\bcu the hoa\b.*\bke hoach\b|\bsau khi nhan (?:duoc )?(?:ke hoach|van ban|kh)\b|\b(?:lam gi|viec gi|nhung gi) de trien khai\b|\bduoc giao(?: nhiem vu)?(?: gi)? trong (?:ke hoach|kh)\b|\b(?:lam gi|lam sao|lam the nao) (?:voi|sau) (?:ke hoach|kh|van ban)\b|(?<!(?:coi|xem|nhin nhan|danh gia) )\bviec thuc hien (?:quy dinh|ke hoach)(?! \w+ (?:the nao|ra sao|nhu the nao))/;
const PURPOSE =
  /\bke hoach\b.*\b(?:de lam gi|de lam chi|nham muc dich gi|nham gi|muc dich (?:gi|la gi|chinh)|ra doi de|ban hanh de|ra la de|nham toi|nham vao|huong toi)\b|\bmuc dich(?: chinh)? (?:ma|khi)\b.*\bke hoach\b|\bmuc dich (?:chinh )?cua (?:ke hoach|kh)\b|\bke hoach(?: nay| 131)?(?: chu yeu| truoc het| chinh)? (?:muon|mong muon|huong den|nham den|dat muc tieu)\b|\b(?:ke hoach|van ban)(?: nay| 131)? noi ve (?:chuyen |cai |dieu |van de )?gi\b|\btom tat (?:(?:lai|ngan|giup|gium)(?: \w+)? )?(?:ke hoach|van ban|noi dung)\b/;

/**
 * Who the plan is sent to (its "Nơi nhận"): "kế hoạch có gửi ủy ban kiểm tra trung ương không",
 * "những ai nhận được kế hoạch này", "… có trong danh sách nhận kế hoạch không". The plan as the
 * object of "nhận", "gửi", or as the subject of "gửi", "phát hành".
 */
const RECIPIENTS =
  /(?<!sau khi )\b(?:nhan|gui|phat)(?: duoc)? (?:ke hoach|van ban) (?:nay|131)\b|(?<!sau khi )\bnhan (?:duoc )?ke hoach\b|\b(?:ke hoach|kh|van ban)(?: (?:thuc hien|trien khai) (?:quy dinh|qd)(?: so)?)?(?: 131| nay)?(?: co| duoc| da| se)* (?:gui|phat hanh)\b/;

/**
 * Where the plan comes from (its opening paragraph): who issued it ("ai ban hành kế hoạch này",
 * "kế hoạch do cơ quan nào xây dựng"), what it carries out ("căn cứ vào văn bản nào", "thực hiện
 * quy định nào"), and when Regulation 131 was issued. Asked after part III's ways of saying "build a
 * plan of one's own" ("xây dựng kế hoạch cụ thể"), which are about carrying it out.
 */
const ORIGIN =
  /\b(?:ai|co quan nao|cap nao|don vi nao|ben nao|noi nao)(?: da| la| dung ra)? (?:ban hanh|xay dung|ky|soan|soan thao|lap|ra|phat hanh)(?: ra)? (?:ke hoach|kh|van ban)\b|\b(?:ke hoach|kh|van ban)(?: nay| 131)? (?:do|la cua|cua) (?:ai|co quan nao|cap nao|ben nao|don vi nao)\b|\b(?:can cu|dua vao|dua tren|dua theo)(?: vao| vo| tren)? (?:van ban|quy dinh|qd|nghi quyet|chi thi) nao\b|\b(?:thuc hien|trien khai|cu the hoa) (?:van ban|quy dinh|qd)(?: so)? (?:nao|may|bao nhieu)\b|\b(?:quy dinh|qd) 131\b(?: \w+){0,3} (?:ngay nao|ngay may|ngay bao nhieu|khi nao|luc nao|nam nao)\b|\b(?:ke hoach|kh|van ban)\b(?: \w+){0,4} (?:tinh|trung uong|huyen|tren) (?:tu )?(?:ra|ban hanh|dat ra|nghi ra)\b/;

export function asksAboutPlan(text: string): PlanAsk | undefined {
  // "… vừa nhận kế hoạch … Huyện ủy phải làm gì sau khi nhận văn bản này?": the asking sentence
  // decides over the story's words (here "nhận kế hoạch", which alone asks who receives it).
  const asking = askingSentence(text);
  return (asking !== text ? planAsk(asking) : undefined) ?? planAsk(text);
}

function planAsk(text: string): PlanAsk | undefined {
  const f = ` ${fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;
  // "Kế hoạch muốn cán bộ hiểu được điều gì qua việc quán triệt": what learning it is for (II.1).
  if (PURPOSE.test(f) && !/ (?:quan triet|hoc tap) /.test(f)) return "purpose";
  if (RECIPIENTS.test(f)) return "recipients";
  if (IMPLEMENTATION.test(f)) return "implementation";
  return ORIGIN.test(f) ? "origin" : undefined;
}
