// A question as typed → the corpus terms it asks about, each with how sure we are of it.
// Order matters: question words are dropped first, then colloquial phrases and abbreviations are
// rewritten into corpus terms, then what is still unknown is corrected against the vocabulary.
// Each step is one named pass over a shared QueryState.
import {
  ABBREVIATIONS,
  CHAT_SHORTHAND,
  BODY_ROLES,
  DIALECT,
  FAMILY,
  INSPECTED_HEADING,
  INSPECTED_HEADS,
  TEAM_DUTY,
  KIN_CONTEXT,
  KIN_WORDS,
  NEUTRAL,
  PLAIN_WORDS,
  PRONOUNS,
  ROLES,
  SOFT_STOPWORDS,
  STOP_PHRASES,
  STOPWORDS,
  SELF_PRONOUNS,
  SELF_VERBS,
  SUBJECT_OPENERS,
  SYNONYMS,
  UPPERCASE_ABBREVIATIONS,
  VOCATIVES,
} from "./lexicon.js";
import { askingSentence } from "./asks.js";
import { fold } from "../core/text.js";
import { tokenize, type Token } from "./normalize.js";
import type { Vocabulary } from "./vocabulary.js";

export type Origin = "typed" | "abbreviation" | "synonym" | "corrected" | "unknown";

export interface QueryTerm {
  fold: string;
  /** 0 = absent from the corpus, 1 = certainly what the corpus says. */
  strength: number;
  origin: Origin;
  stop: boolean;
  /** Terms of one rewritten phrase share a group: the typed words and their expansion are alternatives. */
  group?: number;
  /** Within a group: 0 = what was typed, 1.. = one reading of the expansion ("a | b" in the lexicon). */
  alternative?: number;
  /** The spelling typed, when the user typed diacritics the corpus uses: sections must print that spelling. */
  toned?: string;
  /** Part of a run of syllables that looks like a word the corpus does not contain. */
  unknownWord?: boolean;
  /** Typed in a clause where the asker describes themself ("Tôi là …"): circumstances, not the question. */
  context?: boolean;
}

interface Rewrite {
  phrase: Token[];
  /** Each reading is a phrase of corpus words; a section needs only one of them. */
  expansion: Token[][];
}

const QUESTION_TAILS = new Set(["khong", "chua", "ko", "k", "hok", "khg", "kg"]);
// Folded particles that end a question ("… vậy", "… nhỉ", "… hả").
const QUESTION_PARTICLES = new Set(["vay", "khong", "chua", "nhi", "nhe", "ha", "ho", "the", "a", "ta", "ne"]);
const stopPhrases = STOP_PHRASES.map((p) => p.split(" "));
const stopToned = new Set(STOPWORDS.flatMap((w) => tokenize(w).map((t) => t.toned)));
const softToned = new Set(SOFT_STOPWORDS.flatMap((w) => tokenize(w).map((t) => t.toned)));
const functionToned: ReadonlySet<string> = new Set([...stopToned, ...softToned]);
/** Accented function words by length, for reading a mistyped one ("mìh" is "mình"). */
const stopByLength = new Map<number, string[]>();
for (const t of STOPWORDS.flatMap((w) => tokenize(w)))
  if (t.accented) stopByLength.set(t.toned.length, [...(stopByLength.get(t.toned.length) ?? []), t.toned]);

const CONSONANT = /^[bcdđghklmnpqrstvx]$/;
/**
 * One consonant dropped, doubled in, or typed for another ("mìh", "nhữg", "pải"): the vowels and the
 * tone, which carry the marks, stay as typed ("thuế" is no "thế").
 */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length < 2; i++) if (a[i] !== b[i]) diff.push(i);
    const [x] = diff;
    return diff.length === 1 && x !== undefined && CONSONANT.test(a[x] ?? "") && CONSONANT.test(b[x] ?? "");
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  // A consonant dropped or added, or any letter typed twice ("gìi").
  return (CONSONANT.test(long[i] ?? "") || long[i] === long[i - 1]) && long.slice(i + 1) === short.slice(i);
}
const stopFolded = new Set([...STOPWORDS, ...SOFT_STOPWORDS].flatMap((w) => tokenize(w).map((t) => t.fold)));
const synonymTable: Rewrite[] = SYNONYMS.flatMap(([phrases, target]) =>
  phrases.map((p) => ({ phrase: tokenize(p), expansion: target.split("|").map((r) => tokenize(r)) })),
).sort((a, b) => b.phrase.length - a.phrase.length);
/** The rewrites starting with each folded syllable, longest first: a token is tried only against its own. */
const synonymsByFirst = new Map<string, Rewrite[]>();
for (const r of synonymTable) {
  const first = r.phrase[0]?.fold ?? "";
  synonymsByFirst.set(first, [...(synonymsByFirst.get(first) ?? []), r]);
}
const neutralTable = NEUTRAL.map((p) => tokenize(p)).sort((a, b) => b.length - a.length);
const neutralByFirst = new Map<string, Token[][]>();
for (const p of neutralTable) neutralByFirst.set(p[0]?.fold ?? "", [...(neutralByFirst.get(p[0]?.fold ?? "") ?? []), p]);
const familyExpansion = FAMILY.split("|").map((r) => tokenize(r));
const keys = (words: readonly string[]) => {
  const toks = words.flatMap((w) => tokenize(w));
  return { toned: new Set(toks.map((t) => t.toned)), fold: new Set(toks.map((t) => t.fold)) };
};
const kin = keys(KIN_WORDS);
const kinContext = keys(KIN_CONTEXT);
const plainWords = keys(PLAIN_WORDS);
const pronouns = keys(PRONOUNS);
const selfPronouns = SELF_PRONOUNS.map((p) => tokenize(p));
const selfVerbs = SELF_VERBS.map((p) => tokenize(p));
const OF = "cua";
const abbreviationTable = new Map(Object.entries(ABBREVIATIONS).map(([k, alts]) => [k, alts.map((a) => tokenize(a))] as const));

// One syllable of a rewrite phrase matches what was typed. Lone syllables need the exact diacritics
// ("bố" is not "bộ", "tố" is not "tổ"); in longer phrases unaccented typing is accepted.
// `plain`: the whole question was typed without diacritics, so a lone unaccented syllable may be
// any of its spellings; only word classes that say so (NEUTRAL) accept that.
function sameSyllable(typed: Token, entry: Token, phraseLength: number, plain = false): boolean {
  if (typed.fold !== entry.fold) return false;
  if (typed.accented) return typed.toned === entry.toned;
  return phraseLength > 1 || plain || typed.toned === entry.toned;
}

function matchAt(tokens: readonly Token[], i: number, phrase: readonly Token[], plain = false): boolean {
  return phrase.every((p, j) => {
    const t = tokens[i + j];
    return t !== undefined && sameSyllable(t, p, phrase.length, plain);
  });
}

/** The word is one of `set`: as spelled, or typed without diacritics (`folded`). */
function inSet(t: Token | undefined, set: { toned: Set<string>; fold: Set<string> }): "exact" | "folded" | undefined {
  if (!t) return undefined;
  if (set.toned.has(t.toned)) return "exact";
  return !t.accented && set.fold.has(t.fold) ? "folded" : undefined;
}

/**
 * How many tokens at `i` name a relative (0: none). "em tôi", "bo minh", "con của tôi": a kin word
 * right before a word saying whose. Typed without diacritics, one of the pair must be confirmed:
 * the other typed with them, or the whole question typed without any.
 */
function kinshipAt(tokens: readonly Token[], i: number, plain: boolean): number {
  const t = tokens[i];
  const word = inSet(t, kin);
  if (!t || !word) return 0;
  const next = tokens[i + 1];
  const ctx = inSet(next, kinContext);
  const confirmed = plain || word === "exact" || ctx === "exact";
  // "cua" says whose when typed as "của" ("con của đối tượng") or before a pronoun ("con cua toi");
  // "chu cua doanh nghiep" is chủ, not chú.
  const whose = next?.fold !== OF || ctx === "exact" || inSet(tokens[i + 2], pronouns) !== undefined;
  return ctx && confirmed && whose ? 2 : 0;
}

/** A lone PLAIN_WORDS entry typed without diacritics, in an unaccented question, spelled like no corpus word. */
function plainReading(typed: Token, phrase: readonly Token[], plain: boolean, vocab: Vocabulary): boolean {
  const [entry] = phrase;
  return (
    plain &&
    phrase.length === 1 &&
    entry !== undefined &&
    typed.fold === entry.fold &&
    plainWords.toned.has(entry.toned) &&
    !vocab.has(typed.fold)
  );
}

/** The corpus prints these two syllables side by side (with the typed diacritics, when both have them). */
function pairInCorpus(vocab: Vocabulary, a: Token | undefined, b: Token | undefined): boolean {
  if (!a || !b) return false;
  if (a.accented && b.accented) return vocab.hasTonedBigram(a.toned, b.toned);
  return vocab.hasBigram(a.fold, b.fold);
}

/**
 * The corpus prints these two syllables side by side with the pronoun read as another word
 * ("chạy tội", "minh bạch"), not as the pronoun itself ("ý mình" is still "mình").
 */
function printedAsWord(vocab: Vocabulary, a: Token | undefined, b: Token | undefined, not: ReadonlySet<string>): boolean {
  if (!a || !b) return false;
  const spellings = (t: Token): readonly string[] =>
    (t.accented ? [t.toned] : [...(vocab.spellings.get(t.fold) ?? [])]).filter((sp) => !not.has(sp));
  const right = spellings(b);
  return spellings(a).some((x) => right.some((y) => vocab.hasTonedBigram(x, y)));
}

/** What every pass reads and writes: the typed tokens, which of them are question words, the terms so far. */
interface QueryState {
  tokens: Token[];
  /** The whole question was typed without diacritics. */
  plain: boolean;
  /** Most of the syllables typed carry diacritics: the ones without are meant so ("canh", "vay"), not a typing shortcut. */
  marked: boolean;
  /** stop[i]: token i only says how something is asked (or who/where), not what. */
  stop: boolean[];
  /** context[i]: token i is in a clause where the asker describes themself. */
  context: boolean[];
  /** clauseEnd[i]: punctuation follows token i ("… không, …"). */
  clauseEnd: boolean[];
  vocab: Vocabulary;
  terms: QueryTerm[];
  /** Terms typed by the user → their token index (rewrites have none). */
  typedIndex: Map<QueryTerm, number>;
  groups: number;
}

/**
 * A question as typed → the corpus terms it asks about, each with how sure we are of it. Runs, in
 * order: shorthand expansion, question words, neutral words, the asker's own context, phrase
 * rewrites (synonyms, relatives, abbreviations), typo correction, and unknown compounds.
 */
export function analyzeQuery(text: string, vocab: Vocabulary): QueryTerm[] {
  return readQuestion(text, vocab).terms;
}

/** A question as read: its terms (analyzeQuery), the role it is about (questionRole), and the text with shorthand written out. */
export interface ReadQuestion {
  terms: QueryTerm[];
  role: QuestionRole | undefined;
  written: string;
}

export function readQuestion(text: string, vocab: Vocabulary): ReadQuestion {
  const expanded = splitJoinedWords(expandShorthand(text, vocab), vocab);
  const tokens = tokenize(expanded);
  const askFrom = askStart(expanded, tokens.length);
  const state: QueryState = {
    tokens,
    plain: tokens.every((t) => !t.accented),
    // Counted on the words as typed: shorthand written out ("dc" → "được") carries no one's diacritics.
    marked: tokenize(text).filter((t) => t.accented).length >= MARKED_SHARE * tokenize(text).length,
    stop: new Array<boolean>(tokens.length).fill(false),
    // The sentences before the one that asks tell a story, like a clause describing the asker.
    context: selfDescription(expanded, tokens).map((c, i) => c || (askFrom < tokens.length && i < askFrom)),
    clauseEnd: punctuationAfter(expanded, tokens.length),
    vocab,
    terms: [],
    typedIndex: new Map(),
    groups: 0,
  };
  markQuestionWords(state);
  markFunctionWords(state);
  markNeutralWords(state);
  markDocumentVerbs(state);
  rewritePhrases(state);
  correctTypos(state);
  markUnknownCompounds(state.terms, vocab, () => ++state.groups);
  return { terms: state.terms, role: roleOf(expanded, tokens), written: expanded };
}

/** Shorthand with one reading, written out: chat words ("lm", "ng", "mđ") and ABBREVIATIONS with a single expansion. */
const singleReadings: ReadonlyMap<string, string> = new Map([
  ...Object.entries(ABBREVIATIONS).flatMap(([k, alts]) => (alts.length === 1 && alts[0] ? [[k, alts[0]] as const] : [])),
  ...Object.entries(CHAT_SHORTHAND),
]);

/**
 * Capitals-only abbreviations ("UBKT TU", "ĐĐ"), "y/c", "đ/c", "Đ4", "QĐ131" → words, before
 * tokenizing loses case and slashes; then every shorthand with one reading ("TV", "ng", "lm", "KTGS")
 * is written out, so what it stands for joins phrases ("ng nhà" is "người nhà", a relative) and
 * gives ambiguous neighbours ("hđ TTr", "PCTN-TC") words to be read by. Only words typed without
 * tone marks are shorthand: "cũ" is not "CU".
 */
function expandShorthand(text: string, vocab?: Vocabulary): string {
  // "cu the" is "cụ thể", not "cu" (cấp ủy) + "the": a word typed in lower case that the documents
  // print with its neighbour is that word, not shorthand.
  const printedWith = (word: string, offset: number, all: string): boolean => {
    if (!vocab) return false;
    const next = /^[^\p{L}\p{N}]+([\p{L}\p{N}]+)/u.exec(all.slice(offset + word.length))?.[1];
    const prev = /([\p{L}\p{N}]+)[^\p{L}\p{N}]+$/u.exec(all.slice(0, offset))?.[1];
    const printed = vocab.printed;
    return (
      (next !== undefined && printed.hasBigram(fold(word), fold(next))) || (prev !== undefined && printed.hasBigram(fold(prev), fold(word)))
    );
  };
  return (
    text
      // "bao lâu thì sơ kết một lần": how often, asked around the verb, is "bao lâu một lần".
      .replace(/(?<![\p{L}])bao lâu(?=(?:\s+[\p{L}\d]+){1,6}\s+(?:một|1)\s+lần(?![\p{L}]))/giu, "bao lâu một lần")
      .replace(/\b[yY]\/[cC]\b/g, " yêu cầu ")
      // "kế hoạc", "ke hoac": the plan's own name with its last letter dropped (no "kế hoặc" is ever meant).
      .replace(/(^|[^\p{L}])(k[eế])\s+(ho[aạ])(?:c|hc)(?![\p{L}])/giu, (_m, pre: string, ke: string, hoa: string) => `${pre}${ke} ${hoa}ch`)
      // "ĐT kiểm tra", "đt KT": the one inspected ("ĐT" alone is also điện thoại, đào tạo, đầu tư).
      .replace(/(^|[^\p{L}])[Đđ][Tt]\s+(?=(?:kiểm tra|kiem tra|thanh tra|KT|TTr)(?![\p{L}]))/gu, "$1đối tượng ")
      // "ngồi 1 chỗ", "theo dõi 1 địa bàn": the digit is the article "một", not a count.
      .replace(/(^|[^\p{L}\p{N}])1\s+(?=(?:chỗ|nơi|địa bàn|lĩnh vực|mảng)(?![\p{L}]))/giu, "$1một ")
      // "TR ĐOÀN", "tr. phòng": a head, as notes shorten "trưởng" (alone "tr" is also trong, trước, triệu).
      .replace(/(^|[^\p{L}\p{N}])tr\.?\s*(?=(?:đoàn|doan|phòng|phong|ban)(?![\p{L}]))/giu, "$1trưởng ")
      // "a/c" (anh chị) is how a chat addresses whoever answers.
      .replace(/\b[aA]\/[cC]\b/g, " anh chị ")
      .replace(/(^|[^\p{L}])[Đđ]\/[cC](?![\p{L}])/gu, "$1 đồng chí ")
      .replace(/(^|[^\p{L}])[Đđ]\.?\s?(\d{1,2})(?![\d/])/gu, "$1 Điều $2")
      .replace(/(\p{Lu}{2,4})(\d+)(?![\p{L}])/gu, "$1 $2")
      .replace(/[\p{Lu}]{2,4}(?![\p{L}])/gu, (m, offset: number, all: string) => {
        if (offset > 0 && /\p{L}/u.test(all[offset - 1] ?? "")) return m;
        const word = UPPERCASE_ABBREVIATIONS[fold(m).toUpperCase()];
        return word ? ` ${word} ` : m;
      })
      .replace(/[\p{L}\p{N}]+/gu, (m, offset: number, all: string) => {
        const lower = m.normalize("NFC").toLowerCase();
        const standard = DIALECT[lower];
        if (standard) return standard;
        // Typed without tone or vowel marks ("đ" aside): "cũ" is not "cu" (cấp ủy).
        if (fold(lower) !== lower.replace(/đ/g, "d")) return m;
        const written = singleReadings.get(lower) ?? singleReadings.get(fold(lower));
        if (!written || (m === lower && printedWith(m, offset, all))) return m;
        return written;
      })
  );
}

/**
 * "kehoach", "thanhvien": two syllables typed without the space between them, split where the
 * corpus prints the pair ("kế hoạch"). Only words the corpus does not know are tried.
 */
function splitJoinedWords(text: string, vocab: Vocabulary): string {
  // "traa", "satt", "tham muuu": a letter held down at the end of a word the corpus does not know,
  // dropped one at a time until the corpus knows the word ("muu" is "mưu"); else left as typed.
  text = text.replace(/\p{L}*(\p{L})\1+(?!\p{L})/gu, (m) => {
    for (let w = m; /(\p{L})\1$/u.test(w); w = w.slice(0, -1)) if (vocab.has(fold(w))) return w;
    return vocab.has(fold(m.slice(0, -1))) ? m.slice(0, -1) : m;
  });
  return text.replace(/[\p{L}]{4,}/gu, (m) => {
    const f = fold(m);
    if (f.length !== m.length || vocab.has(f)) return m;
    for (let k = 1; k < f.length; k++) {
      const a = f.slice(0, k);
      const b = f.slice(k);
      if (vocab.hasBigram(a, b)) return `${m.slice(0, k)} ${m.slice(k)}`;
    }
    return m;
  });
}

/** Clause number of each token: a new clause after , . ; ? ! : or at a joining word ("mà", "nhưng", "thì"). */
function clauseNumbers(text: string): number[] {
  const flags: number[] = [];
  let clause = 0;
  let last = 0;
  const words = [...text.normalize("NFC").matchAll(/[\p{L}\p{N}]+/gu)];
  for (const [k, m] of words.entries()) {
    if (/[,.;?!:\n]/.test(text.slice(last, m.index))) clause++;
    // "… lương ai trả vậy": a joining word that ends the question is a particle, not a new clause.
    else if (/^(?:mà|nhưng|thì|nên|vậy)$/iu.test(m[0]) && k < words.length - 1) clause++;
    flags.push(clause);
    last = (m.index ?? 0) + m[0].length;
  }
  return flags;
}

/** For each token: punctuation (, . ; ? ! :) follows it. */
function punctuationAfter(text: string, count: number): boolean[] {
  const out = new Array<boolean>(count).fill(false);
  let k = 0;
  for (const m of text.normalize("NFC").matchAll(/[\p{L}\p{N}]+([^\p{L}\p{N}]*)/gu)) {
    if (k >= count) break;
    out[k++] = /[,.;?!:]/.test(m[1] ?? "");
  }
  return out;
}

/** The first token of each clause. */
function clauseStarts(flags: readonly number[]): number[] {
  return flags.flatMap((c, i) => (i === 0 || c !== flags[i - 1] ? [i] : []));
}

/** A clause opening with the asker describing themself ("Tôi là …", "em mới vào làm …"), at token i. */
function selfClauseAt(tokens: readonly Token[], i: number): boolean {
  // Typed without any diacritics, "toi la", "tui lam", "minh dang" are still the asker describing
  // themself: a lone syllable may be any of its spellings.
  const plain = tokens.every((t) => !t.accented);
  const pronoun = selfPronouns.find((p) => matchAt(tokens, i, p, plain));
  if (!pronoun) return false;
  const next = i + pronoun.length;
  return selfVerbs.some((v) => matchAt(tokens, next, v, plain) || matchAt(tokens, next + 1, v, plain));
}

/**
 * Clauses (split at punctuation and at "mà", "nhưng", "thì") that open with the asker describing
 * themself: "Tôi là …", "mình đang công tác ở …", "em mới vào làm …".
 */
function selfDescription(text: string, tokens: readonly Token[]): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  const flags = clauseNumbers(text);
  for (const i of clauseStarts(flags)) {
    if (!selfClauseAt(tokens, i)) continue;
    // The story goes on until the clause that asks: "Tôi làm thanh tra ngành giáo dục, theo dõi mảng
    // tuyển sinh đã 3 năm. Có phải đổi vị trí không?" — all but the last clause are circumstances.
    const lastClause = flags.at(-1);
    const storyEnd = flags[i] === lastClause ? tokens.length : flags.indexOf(lastClause ?? -1);
    for (let j = i; j < storyEnd; j++) out[j] = true;
  }
  return out;
}

const folded = (phrases: readonly string[]): string[][] =>
  phrases.map((p) => tokenize(p).map((t) => t.fold)).sort((a, b) => b.length - a.length);
const roleTable = ROLES.flatMap(([phrases, heading]) => folded(phrases).map((phrase) => ({ phrase, heading }))).sort(
  (a, b) => b.phrase.length - a.phrase.length,
);
const inspectedHeads = folded(INSPECTED_HEADS);
/** Typed with diacritics, an opener must have them: "hội phụ nữ" does not open with "hỏi". */
const openers = SUBJECT_OPENERS.map((p) => tokenize(p)).sort((a, b) => b.length - a.length);
const STAFF_HEADING = "tham muu";
const TEAM_HEADING = "thanh vien doan";
const HEAD_HEADING = "nguoi dung dau cap uy";
const INSPECTORATE_PARTY_HEADING = "to chuc dang lanh dao chi dao hoat dong thanh tra";
/** "bí thư chi bộ Thanh tra tỉnh", "bí thư đảng ủy cơ quan thanh tra": the party body inside an inspectorate. */
const INSPECTORATE_HEAD = / bi thu (?:chi bo|dang uy|dang bo)(?: co quan)? thanh tra /;
/** The asking sentence is about that body: "chi bộ tôi", "chúng tôi", "tổ chức đảng như chúng tôi". */
const ORGANISATION_ASKS = / (?:chi bo (?:toi|minh|chung toi)|chung toi|to chuc dang|dang uy (?:toi|minh)) /;
const teamDuty = folded(TEAM_DUTY);
/**
 * Being put on a team, however it is said: "được trưng tập vào một đoàn thanh tra", "ủy ban cử tôi
 * vào đoàn", "được điều động tham gia đoàn", Southern "được phân vô đoàn" (a verb of assigning, the
 * person, then into a team).
 */
const TEAM_ASSIGNMENT =
  / (?:cu|phan cong|phan|trung tap|dieu|dieu dong|huy dong|moi|chon|bo sung|dua)(?: toi| minh| em| tui)? (?:vao|vo|tham gia|di theo|di cung|lam thanh vien)(?: mot| cac| trong)? doan /;
const onTeam = (folds: readonly string[]): boolean =>
  teamDuty.some((t) => tokenIndex(folds, t, 0) >= 0) || TEAM_ASSIGNMENT.test(` ${folds.join(" ")} `);
const SELF_FOLDS = new Set(["toi", "minh", "em", "tui"]);
const ORGANISATION_HEADING = "mat tran to quoc";
/** "được giao làm", "được cử làm", "kiêm": the role before it is the one given for this work. */
const ASSIGNED = folded(["giao làm", "cử làm", "phân công làm", "chỉ định làm", "bầu làm", "kiêm", "kiêm nhiệm"]);
/** "ổng", "ông ấy", "anh ta": a subject that points back to someone named before. */
const BACK_POINTERS = folded([
  "ông ấy",
  "bà ấy",
  "anh ấy",
  "chị ấy",
  "bạn ấy",
  "cậu ấy",
  "cô ấy",
  "em ấy",
  "ông ta",
  "anh ta",
  "cô ta",
  "người đó",
  "người này",
  "vị đó",
  "bạn đó",
  "ấy",
  "ta",
]);
/** Southern "ổng", "bả", "ảnh" (he, she): told from "ông", "bà", "anh" by their tone only. */
const BACK_POINTERS_TONED = new Set(["ổng", "bả", "ảnh"].map((w) => tokenize(w)[0]?.toned));
const INSPECTING = new Set(["kiem tra", "thanh tra", "giam sat"]);
/** "đoàn … về để …", "về làm …", "xuống kiểm tra …": came to do it, with no other place named. */
const CAME_TO_DO = new Set(["de", "lam", "kiem", "thanh", "giam"]);
/** Who inspects, as the agent of a passive: "bị đoàn … kiểm tra", "được ủy ban … giám sát". */
const AGENTS = new Set(["doan", "uy", "co", "ubkt"]);
const at = (folds: readonly string[], i: number, phrase: readonly string[]): boolean => phrase.every((w, j) => folds[i + j] === w);
/**
 * "Bị đoàn thanh tra vòi phong bì thì đơn vị mình …", "mấy ổng thanh tra xong đòi đơn vị tui bao đi
 * nhậu": the asker's own unit, on the receiving end of a team or of inspectors' demands, is the
 * inspected party (the unit sending a team, "đơn vị tôi cử người vào đoàn", is not acted upon).
 */
const OWN_UNIT = String.raw`(?:don vi|co quan|cong ty|doanh nghiep|xa|phuong|truong|benh vien|so|phong|chi bo|dang uy|ben) (?:chung toi|toi|tui|minh|em|bon toi)`;
const UNIT_ACTED_ON = new RegExp(
  String.raw` (?:bi|duoc) doan (?:kiem tra|thanh tra|giam sat)\b.* ${OWN_UNIT} | (?:doi|voi|bat|ep|gay kho|gay kho de|yeu cau|goi y|nhac kheo) ${OWN_UNIT} `,
);
const INSPECTORS = / (?:kiem tra|thanh tra|giam sat|ktra) /;
/**
 * "đoàn về đòi xã bao ăn ở, xe cộ thì xã có phải chiều không": whoever asks whether to give in to a
 * team's demands is the side being inspected.
 */
const GIVING_IN =
  / (?:doan|thanh tra|kiem tra|giam sat|ktra)\b.* (?:doi|voi|bat|yeu cau|goi y)\b.* (?:co phai|phai|co nen|nen|co can|can|(?:co |duoc )?quyen|duoc(?: phep)?|co the)(?: khong)? (?:chieu|dap ung|lam theo|nghe theo|chi|chung|lo|tu choi)\b/;

/** Index of the first token at or after `from` where `phrase` starts (-1: none). */
function tokenIndex(folds: readonly string[], phrase: readonly string[], from: number): number {
  for (let i = from; i < folds.length; i++) if (at(folds, i, phrase)) return i;
  return -1;
}

/** Index of the first token of the last sentence (split at . ? ! followed by more text). */
function lastSentenceStart(text: string, count: number): number {
  return count - tokenize(askingSentence(text)).length;
}

/** First token of the sentence that asks, when the question is told in several sentences; else `count`. */
function askStart(text: string, count: number): number {
  const from = lastSentenceStart(text, count);
  return from > 0 ? from : count;
}

/** Who a question is about: the heading words of the section stating that role's duties, and whether the asker said it of themself. */
export interface QuestionRole {
  heading: string;
  own: boolean;
  /**
   * The asking sentence is about this role itself: the asker's own role when they ask about
   * themself ("… thì tôi có bị sao không", "một đảng viên như tôi phải làm gì"), or the subject of
   * the asking sentence. The story told before it is then only context.
   */
  focus: boolean;
}

/**
 * The role a question is about (ROLES): the one the asker gives themself in a clause that describes
 * them ("Tôi là trưởng đoàn …", "Nếu tôi là thành viên đoàn …"), else the subject of the asking
 * clause ("… thì trưởng đoàn có sao không"), else the subject of an earlier one ("MTTQ xã phát hiện
 * … thì làm gì"). A head or a unit said to be under inspection ("giám đốc công ty đang bị thanh
 * tra", "Tôi là hiệu trưởng, trường đang bị kiểm tra") is the inspected party. The story's other
 * people ("… một thành viên đoàn gợi ý tôi …") are not what is asked.
 */
export function questionRole(text: string): QuestionRole | undefined {
  const expanded = expandShorthand(text);
  return roleOf(expanded, tokenize(expanded));
}

function roleOf(expanded: string, tokens: readonly Token[]): QuestionRole | undefined {
  const folds = tokens.map((t) => t.fold);
  const flags = clauseNumbers(expanded);
  const starts = clauseStarts(flags);
  const endOf = (i: number): number => {
    const e = flags.indexOf((flags[i] ?? 0) + 1, i);
    return e < 0 ? tokens.length : e;
  };
  const roleAt = (i: number) => roleTable.find((r) => at(folds, i, r.phrase));
  const skipOpeners = (i: number): number => {
    for (let guard = 0; guard < 4; guard++) {
      const o = openers.find((p) => p.every((w, j) => tokens[i + j] !== undefined && sameSyllable(tokens[i + j] as Token, w, 2)));
      if (!o) break;
      // Typed without diacritics, a role is read before an opener: "hoi phu nu" is "hội phụ nữ",
      // not "hỏi"; typed with them, "thì ủy ban" opens with "thì", it is not "thị ủy"; nor is
      // "thi uy ban kiem tra", where a longer role follows the opener.
      const role = o.every((_, j) => tokens[i + j]?.accented) ? undefined : roleAt(i);
      if (role && (roleAt(i + o.length)?.phrase.length ?? 0) <= role.phrase.length) break;
      i += o.length;
    }
    return i;
  };
  // "… (đang) bị/được kiểm tra|thanh tra|giám sát", "là đối tượng kiểm tra" between i and end.
  const inspected = (i: number, end: number): boolean => {
    for (let j = i; j < end; j++) {
      const pair = `${folds[j + 1] ?? ""} ${folds[j + 2] ?? ""}`;
      if ((folds[j] === "bi" || folds[j] === "duoc") && INSPECTING.has(pair)) return true;
      // With its agent between: "sở đang bị đoàn của Ủy ban kiểm tra tỉnh ủy kiểm tra".
      if ((folds[j] === "bi" || folds[j] === "duoc") && AGENTS.has(folds[j + 1] ?? "")) {
        for (let k = j + 2; k < Math.min(end, j + 10); k++) if (INSPECTING.has(`${folds[k] ?? ""} ${folds[k + 1] ?? ""}`)) return true;
      }
      if (folds[j] === "doi" && folds[j + 1] === "tuong" && INSPECTING.has(`${folds[j + 2] ?? ""} ${folds[j + 3] ?? ""}`)) return true;
      // "công ty đang có đoàn thanh tra làm việc", "đoàn kiểm tra đang về làm việc ở viện": a team
      // working at the unit is the unit being inspected.
      if (folds[j] === "doan" && INSPECTING.has(pair)) {
        if (folds[j - 1] === "co") return true;
        const rest = folds.slice(j + 3, Math.min(j + 7, end + 3));
        if (rest.includes("lam") && rest[rest.indexOf("lam") + 1] === "viec") return true;
        // "Đoàn thanh tra tỉnh về để thanh tra việc mua sắm": it came to the asker's unit (not "về xã",
        // a place named, which may be anyone's).
        const came = rest.slice(0, 2).findIndex((f) => f === "ve" || f === "xuong");
        if (came >= 0 && CAME_TO_DO.has(rest[came + 1] ?? "")) return true;
      }
    }
    return false;
  };
  const headAt = (i: number): boolean => inspectedHeads.some((h) => at(folds, i, h));
  // "Chú tôi", "Chú ruột tôi", "Vợ mình": a relative of the asker, whose role is not the asker's.
  const relativeAt = (i: number): boolean => {
    const t = tokens[i];
    if (!t || !(t.accented ? kin.toned.has(t.toned) : kin.fold.has(t.fold))) return false;
    return [1, 2].some((k) => SELF_FOLDS.has(folds[i + k] ?? "") && folds[i + k] !== "em");
  };
  const assignedAt = (i: number): boolean => ASSIGNED.some((a) => i >= a.length && at(folds, i - a.length, a));
  // The subject of the asking clause, then of the first clause of the asking sentence: earlier
  // sentences tell a story whose people are not what is asked.
  const sentenceStart = lastSentenceStart(expanded, tokens.length);
  const last = starts.at(-1) ?? 0;
  const first = starts.find((x) => x >= sentenceStart) ?? last;
  // A question told in several sentences, whose asking sentence does not describe the asker.
  const asking = sentenceStart > 0 && !selfClauseAt(tokens, skipOpeners(first));
  // The asker is who the asking sentence is about: "tôi", "mình", "em", "bản thân" in it, after
  // the clause where they describe themself.
  const selfFrom = (from: number): boolean =>
    folds.slice(from).some((f, k) => {
      const prev = folds[from + k - 1];
      // "anh em" are colleagues, "chúng tôi" a body.
      return (SELF_FOLDS.has(f) && !(f === "em" && prev === "anh") && prev !== "chung") || (f === "ban" && folds[from + k + 1] === "than");
    });
  const selfClauseStart = (c: number): boolean => SELF_FOLDS.has(folds[skipOpeners(c)] ?? "");
  // The subject is what the question is about over a story told before it: in a sentence after
  // the story, or restated in the asking clause ("Trưởng đoàn biết … thì trưởng đoàn có sao không").
  const subject = (): QuestionRole | undefined => {
    // "Lính trong đoàn ăn tiền mà ông trưởng đoàn để lọt thì ổng có dính không": the asking clause's
    // subject points back to the role named as the subject of an earlier clause; the question is about it.
    const lastAt = skipOpeners(last);
    const pointsBack = (k: number): boolean => BACK_POINTERS_TONED.has(tokens[k]?.toned) || BACK_POINTERS.some((p) => at(folds, k, p));
    if ([...Array(lastAt - last + 1).keys()].some((k) => pointsBack(last + k))) {
      for (const s of starts.filter((x) => x >= sentenceStart && x < last).reverse()) {
        const i = skipOpeners(s);
        // "Nếu bạn tôi là đảng viên … thì bạn ấy …": the person pointed back to, described by role.
        const is = folds.slice(i, i + 4).indexOf("la");
        const r = roleAt(i) ?? (is > 0 ? roleAt(i + is + 1) : undefined);
        if (r) return { heading: r.heading, own: false, focus: true };
      }
      // "Chồng tôi là phó chủ nhiệm ủy ban kiểm tra. … Anh ấy có phải …": a relative described by
      // role in an earlier sentence.
      for (const s of starts.filter((x) => x < sentenceStart)) {
        if (!relativeAt(s)) continue;
        const is = folds.slice(s, s + 5).indexOf("la");
        const r = is > 0 ? roleAt(s + is + 1) : undefined;
        if (r && !BODY_ROLES.includes(r.heading)) return { heading: r.heading, own: false, focus: true };
      }
    }
    // The asking clause, then the others of the asking sentence back to its first ("Ngoài … thì
    // trưởng đoàn phải chịu trách nhiệm trước ai, về những chuyện gì?").
    const between = starts.filter((x) => x > first && x < last).reverse();
    for (const s of new Set([last, ...between, first])) {
      const i = skipOpeners(s);
      // "… đến từng cán bộ, đảng viên không": a role with nothing after it but "không" ends a list
      // of people, the object of what came before; with no predicate it is no subject.
      const bare = (r: { phrase: readonly string[] }): boolean =>
        s !== first && folds.slice(i + r.phrase.length, endOf(s)).every((f) => QUESTION_TAILS.has(f));
      const focus = sentenceStart > 0 || (s === last && last !== first);
      if (headAt(i) && inspected(i, endOf(s))) return { heading: INSPECTED_HEADING, own: false, focus };
      const r = roleAt(i);
      if (r && !bare(r)) return { heading: r.heading, own: false, focus };
    }
    return undefined;
  };

  // The asker's own role, in the clause where they describe themself. A head of a unit said to be
  // under inspection there or in the next clause is the inspected party ("Tôi là hiệu trưởng,
  // trường đang bị thanh tra"); a body ("ủy ban kiểm tra") is where the asker works, not a role.
  for (const s of starts) {
    // "Chị là …", "Anh là …": the pronoun the asker calls themself by is also an opener ("chị Lan …").
    const i = selfClauseAt(tokens, s) ? s : skipOpeners(s);
    if (relativeAt(s) || !selfClauseAt(tokens, i)) continue;
    const end = endOf(s);
    let role: (typeof roleTable)[number] | undefined;
    let head = false;
    // The head is what the asker is: right after "tôi là" ("Tôi là giám đốc …"), not a unit the
    // story mentions later in the clause ("tôi đã nhận quà của đơn vị được kiểm tra").
    for (let j = i; j < end; j++) {
      head ||= j <= i + 6 && headAt(j);
      const r = roleAt(j);
      // "phó bí thư huyện đoàn", "bí thư chi đoàn thanh niên": a title followed by the
      // organisation's name is that organisation's, not a party committee's.
      const org = r && flags[j + r.phrase.length] === flags[j] ? roleAt(j + r.phrase.length) : undefined;
      const found = org && org.heading === ORGANISATION_HEADING ? org : r;
      if (found && !BODY_ROLES.includes(found.heading)) {
        // "Tôi là phó chủ nhiệm UBKT, được giao làm trưởng đoàn": the role the asker was given for
        // this work, not the job title, is what they ask as.
        if (!role || assignedAt(j)) role = found;
      }
      if (found) j += found.phrase.length - 1;
    }
    // "…, tháng này được giao làm trưởng đoàn …" later in the story before the asking sentence.
    for (let j = end; j < sentenceStart; j++) {
      const r = roleAt(j);
      // Not a relative's: "Chú ruột tôi vừa được bầu làm bí thư xã đó".
      // "Tháng trước cậu ruột tôi vừa được bầu làm Bí thư": a relative anywhere before it in its clause.
      const clause = starts.filter((x) => x <= j).at(-1) ?? 0;
      const relative = Array.from({ length: j - clause }, (_, k) => clause + k).some(relativeAt);
      if (r && assignedAt(j) && !BODY_ROLES.includes(r.heading) && !relative) {
        role = r;
        break;
      }
    }
    // "Tôi là bí thư đảng ủy xã Nam Hồng, Tiền Hải, xã chúng tôi đang được đoàn …": a place named in a
    // clause of its own does not end the description.
    const next = endOf(end);
    const described = next - end <= 3 ? endOf(next) : next;
    if (head && (!role || headAt(tokenIndex(folds, role.phrase, i))) && inspected(i, described))
      return { heading: INSPECTED_HEADING, own: true, focus: selfFrom(Math.max(end, sentenceStart)) };
    if (role) {
      // "Tôi là chủ nhiệm ủy ban kiểm tra. … Ủy ban kiểm tra phải xử lý ra sao?": the asking sentence
      // names who must act, and it is not the asker.
      // Unless the asking clause turns back to the asker ("… thì tôi có bị sao không").
      const other = asking && !selfClauseStart(last) ? subject() : undefined;
      if (other && other.heading !== role.heading) return other;
      // "Tôi là bí thư chi bộ Thanh tra huyện … Chi bộ tôi phải …": the head of the party body in an
      // inspectorate, asking what that body must do, asks as the body leading inspection work.
      const clauseText = ` ${folds.slice(i, end).join(" ")} `;
      const askingText = ` ${folds.slice(Math.max(end, sentenceStart)).join(" ")} `;
      if (role.heading === HEAD_HEADING && INSPECTORATE_HEAD.test(clauseText) && ORGANISATION_ASKS.test(askingText))
        return { heading: INSPECTORATE_PARTY_HEADING, own: true, focus: true };
      // A staffer sent on a team ("được phân công vào đoàn", "cùng đi một đoàn") asks as its member.
      const heading = role.heading === STAFF_HEADING && onTeam(folds) ? TEAM_HEADING : role.heading;
      return { heading, own: true, focus: selfFrom(Math.max(end, sentenceStart)) };
    }
  }
  const about = subject();
  if (about) return about;
  const joined = ` ${folds.join(" ")} `;
  if ((INSPECTORS.test(joined) && UNIT_ACTED_ON.test(joined)) || GIVING_IN.test(joined))
    return { heading: INSPECTED_HEADING, own: true, focus: true };
  // "Tôi là cán bộ Sở Tài chính, vừa được trưng tập vào một đoàn thanh tra. … Tôi có nên …": an asker
  // with no role the plan names, who says they were put on a team, asks as its member.
  const self = starts.find((s) => selfClauseAt(tokens, s) || selfClauseAt(tokens, skipOpeners(s)));
  if (self !== undefined && onTeam(folds))
    return { heading: TEAM_HEADING, own: true, focus: selfFrom(Math.max(endOf(self), sentenceStart)) };
  return undefined;
}

const vocatives = VOCATIVES.map((p) => tokenize(p)).sort((a, b) => b.length - a.length);
const CALL = "oi";

/**
 * Whom the asker calls ("… nhận được không ad", "… ko a/c nhé", "b ơi cho mình hỏi"): the trailing
 * run of VOCATIVES and the one or two of them right before "ơi" are stop words. Returns where the
 * trailing run starts, so a "không" right before it still ends the question. A word the corpus
 * prints with the word before it ("ủy ban", unaccented "uy ban") is not a vocative.
 */
function markVocatives({ tokens, stop, vocab: { printed: vocab } }: QueryState): number {
  const vocativeAt = (i: number, end: number): Token[] | undefined =>
    vocatives.find((v) => i >= 0 && i + v.length === end && matchAt(tokens, i, v, true) && !pairInCorpus(vocab, tokens[i - 1], tokens[i]));
  let end = tokens.length;
  for (let guard = 0; guard < 4 && end > 1; guard++) {
    const v = [2, 1].map((len) => vocativeAt(end - len, end)).find((x) => x !== undefined);
    if (!v) break;
    end -= v.length;
    for (let j = end; j < end + v.length; j++) stop[j] = true;
  }
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]?.fold !== CALL) continue;
    const v = [2, 1].map((len) => vocativeAt(i - len, i)).find((x) => x !== undefined);
    for (let j = i - (v?.length ?? 0); j <= i; j++) stop[j] = true;
  }
  return end;
}

/** Question phrases ("bao nhiêu", "như thế nào") and a trailing "không" / "chưa". */
function markQuestionWords(state: QueryState): void {
  const { tokens, stop, clauseEnd } = state;
  const n = markVocatives(state);
  // Chat spellings of question words ("làm j", "có dc k") make the same question phrases.
  const spoken = tokens.map((t) => {
    const [only, ...more] = abbreviationTable.get(t.fold) ?? [];
    const word = only?.length === 1 && more.length === 0 ? only[0] : undefined;
    return word && (stopToned.has(word.toned) || QUESTION_TAILS.has(word.fold)) ? word.fold : t.fold;
  });
  for (let i = 0; i < n; i++) {
    for (const p of stopPhrases) {
      if (p.every((w, j) => spoken[i + j] === w)) for (let j = 0; j < p.length; j++) stop[i + j] = true;
    }
  }
  // "… không?", "… chưa?" at the end only make it a question; so they do at the end of a clause
  // or before "hay" ("có bị hủy không, hay …", "có sao không hay …").
  for (let i = 1; i < n; i++) {
    if (!QUESTION_TAILS.has(tokens[i]?.fold ?? "")) continue;
    const next = tokens[i + 1]?.fold;
    if (i === n - 1 || clauseEnd[i] || next === "hay" || next === "hoac") stop[i] = true;
  }
}

/** Nouns for the plan or the regulation as the subject of a sentence: "kế hoạch (này) yêu cầu …". */
const DOCUMENT_NOUNS = new Set(["ke hoach", "quy dinh", "van ban"]);
const DOCUMENT_FILLERS = new Set(["nay", "131", "co", "da", "cung"]);

/**
 * "Kế hoạch yêu cầu cấp ủy phải làm gì": with the plan or the regulation as its subject, "yêu cầu"
 * is the verb (what the plan asks someone to do), not the heading "Yêu cầu" (I.2), whose words it
 * would otherwise bring. Who is asked and what they must do decide the section.
 */
function markDocumentVerbs({ tokens, stop }: QueryState): void {
  for (let i = 2; i + 1 < tokens.length; i++) {
    if (tokens[i]?.fold !== "yeu" || tokens[i + 1]?.fold !== "cau") continue;
    let j = i - 1;
    while (j > 0 && DOCUMENT_FILLERS.has(tokens[j]?.fold ?? "")) j--;
    if (DOCUMENT_NOUNS.has(`${tokens[j - 1]?.fold ?? ""} ${tokens[j]?.fold ?? ""}`)) stop[i] = stop[i + 1] = true;
  }
}

/**
 * A function word is dropped unless the corpus uses it as part of a term here ("thi hành", "cơ
 * quan"). Whether a word typed without diacritics is a function word is judged on the documents'
 * own text: example questions are full of chat ("không", "hết"); a soft word ("biết") stays where
 * the examples too print it beside the neighbour (a witness "biết chuyện").
 */
function markFunctionWords({ tokens, stop, vocab }: QueryState): void {
  const { printed } = vocab;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || stop[i]) continue;
    // A number is a topic only where the corpus prints it ("QĐ 131", "2 năm"); "6 năm" is not one.
    if (/^\d+$/.test(t.fold) && !vocab.has(t.fold)) {
      stop[i] = true;
      continue;
    }
    const printedHere = (v: Vocabulary): boolean => pairInCorpus(v, tokens[i - 1], t) || pairInCorpus(v, t, tokens[i + 1]);
    if (t.accented) stop[i] = stopToned.has(t.toned) || (softToned.has(t.toned) && !printedHere(vocab));
    // Typed without diacritics, "dang" may be "đang" or "đảng", "thi" "thì" or "thi" (hành): it is
    // the function word unless the corpus uses another spelling of it here as a term, or that
    // spelling is a word of its own in the corpus ("đảng"), not half of a few compounds ("thi hành").
    else if (stopFolded.has(t.fold)) {
      const content = [...(printed.spellings.get(t.fold) ?? [])].filter((sp) => !functionToned.has(sp));
      if (content.length === 0) stop[i] = !printedHere(printed);
      else
        stop[i] =
          !content.some((sp) => printed.isFreeWord(sp)) &&
          !printedAsWord(printed, tokens[i - 1], t, functionToned) &&
          !printedAsWord(printed, t, tokens[i + 1], functionToned);
    }
  }
  // "của mìh", "pải": a word no document or example knows, typed with the very marks of a
  // function word one letter away, is that function word mistyped (its marks say which).
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t?.accented || stop[i] || vocab.has(t.fold) || t.toned.length < 2) continue;
    if (
      stopByLength.get(t.toned.length)?.some((w) => oneEditApart(t.toned, w)) ||
      stopByLength.get(t.toned.length + 1)?.some((w) => oneEditApart(t.toned, w)) ||
      stopByLength.get(t.toned.length - 1)?.some((w) => oneEditApart(t.toned, w))
    )
      stop[i] = true;
  }
  // "… để làm gì vây": the word that ends a question, typed with a wrong mark ("vây", "khồng"), is
  // the particle it folds to when no document prints that syllable in any spelling; as an unknown
  // word it would weigh like a rare topic and sink the question's coverage.
  const last = tokens.length - 1;
  const tail = tokens[last];
  if (tail?.accented && !stop[last] && QUESTION_PARTICLES.has(tail.fold) && !printed.spellings.has(tail.fold)) stop[last] = true;
}

/**
 * Job titles, administrative units and times say who, where or when, not what: neutral unless the
 * corpus prints them with the neighbour ("xã hội").
 */
function markNeutralWords({ tokens, stop, plain, vocab: { printed: vocab } }: QueryState): void {
  for (let i = 0; i < tokens.length; i++) {
    const phrase = (neutralByFirst.get(tokens[i]?.fold ?? "") ?? []).find((p) => matchAt(tokens, i, p, plain));
    if (!phrase) continue;
    const end = i + phrase.length;
    // A lone syllable may be part of a corpus word ("xã hội"); a longer phrase is a word itself.
    if (phrase.length === 1 && (pairInCorpus(vocab, tokens[i - 1], tokens[i]) || pairInCorpus(vocab, tokens[i], tokens[end]))) continue;
    for (let j = i; j < end; j++) stop[j] = true;
    i = end - 1;
  }
}

/** Phrases first ("bị kiểm tra" is the inspected party), then relatives, then abbreviations; the rest as typed. */
function rewritePhrases(state: QueryState): void {
  const { tokens, stop, plain, vocab, terms, typedIndex, context } = state;
  const n = tokens.length;
  // "lam sep ma de lính duoi quyen …": one word with diacritics in a question typed without them is
  // still a question typed without them, for the words read from their plain spelling.
  const mostlyPlain = plain || tokens.filter((t) => t.accented).length * 6 <= n;
  const neighbour = (i: number, dir: 1 | -1): Token | undefined => {
    for (let j = i + dir; j >= 0 && j < n; j += dir) if (!stop[j]) return tokens[j];
    return undefined;
  };
  const push = (t: Token, origin: Origin, index?: number, group?: number, alternative = 0): void => {
    const inContext = index !== undefined && context[index];
    const term: QueryTerm = {
      fold: t.fold,
      strength: 0.9,
      origin,
      stop: false,
      ...(group ? { group, alternative } : {}),
      ...(inContext ? { context: true } : {}),
    };
    terms.push(term);
    if (index !== undefined) typedIndex.set(term, index);
  };

  for (let i = 0; i < n;) {
    const t = tokens[i];
    if (!t) break;
    // A one-word rewrite ("đòi" → "yêu cầu") does not split a word the corpus prints ("đòi hỏi").
    const compound = !stop[i + 1] && pairInCorpus(vocab, t, tokens[i + 1]);
    const syn = (synonymsByFirst.get(t.fold) ?? []).find(
      (r) =>
        (matchAt(tokens, i, r.phrase) || plainReading(t, r.phrase, mostlyPlain, vocab)) && (r.phrase.length > 1 || (!stop[i] && !compound)),
    );
    if (syn) {
      // The typed words stay only when the corpus prints the same phrase ("luân chuyển" in II.6.1).
      const typed = tokens.slice(i, i + syn.phrase.length);
      const printed =
        typed.length === 1 ? vocab.toned.has(t.toned) : typed.every((p, j) => j === 0 || pairInCorpus(vocab, typed[j - 1], p));
      const group = ++state.groups;
      if (printed) typed.forEach((p, j) => push(p, "typed", i + j, group));
      syn.expansion.forEach((reading, r) => {
        for (const e of reading) push(e, "synonym", undefined, group, r + 1);
      });
      i += syn.phrase.length;
      continue;
    }
    const kinship = kinshipAt(tokens, i, plain);
    if (kinship) {
      const group = ++state.groups;
      familyExpansion.forEach((reading, r) => {
        for (const e of reading) push(e, "synonym", undefined, group, r + 1);
      });
      for (let j = i + 1; j < i + kinship; j++) terms.push({ fold: tokens[j]?.fold ?? "", strength: 0, origin: "typed", stop: true });
      i += kinship;
      continue;
    }
    if (stop[i]) {
      terms.push({ fold: t.fold, strength: 0, origin: "typed", stop: true });
      i++;
      continue;
    }
    // Shorthand is typed without tone or vowel marks ("đ" aside): "cũ" is not "cu" (cấp ủy).
    const prev = neighbour(i, -1)?.fold;
    const next = neighbour(i, 1)?.fold;
    // … nor is "cu" of "cu the" (cụ thể), a word the documents print with its neighbour.
    const printedPair =
      (prev !== undefined && vocab.printed.hasBigram(prev, t.fold)) || (next !== undefined && vocab.printed.hasBigram(t.fold, next));
    const alts = t.toned.replace(/đ/g, "d") === `${t.fold}0` && !printedPair ? abbreviationTable.get(t.fold) : undefined;
    if (alts) {
      // Ambiguous abbreviations ("TN", "KL") take the reading the corpus prints next to the neighbours.
      const fits = (alt: Token[]): number =>
        (prev && alt[0] && vocab.hasBigram(prev, alt[0].fold) ? 1 : 0) +
        (next && alt.at(-1) && vocab.hasBigram(alt.at(-1)?.fold ?? "", next) ? 1 : 0);
      // Nobody abbreviates a word they also typed in full: "trách nhiệm … TN" means "tham nhũng".
      const typedFolds = new Set(tokens.map((x) => x.fold));
      const repeats = (alt: Token[]): number => (alt.every((x) => typedFolds.has(x.fold)) ? 2 : 0);
      const best = alts.reduce((a, b) => (fits(b) - repeats(b) > fits(a) - repeats(a) ? b : a));
      // "ntn" → "như thế nào", "k" → "không": chat abbreviations of question words stay question words.
      for (const e of best) {
        push(e, "abbreviation");
        const last = terms[terms.length - 1];
        if (last && stopToned.has(e.toned)) last.stop = true;
      }
      i++;
      continue;
    }
    push(t, "typed", i);
    i++;
  }
}

/** Share of a question's syllables with diacritics from which it counts as typed with them (accented Vietnamese has about 70%). */
const MARKED_SHARE = 0.4;

/** Each typed word: as the corpus spells it, a typo of a corpus word confirmed by a neighbour, a guess, or unknown. */
function correctTypos({ tokens, stop, vocab, terms, typedIndex, plain, marked }: QueryState): void {
  // A question typed with diacritics (most of its syllables carry them) is typed as meant: its
  // syllables without any ("canh", "vay", "sinh") are words too, not diacritics left out.
  const asTyped = (t: { accented: boolean; fold: string }): boolean =>
    (t.accented || marked) && !(vocab.candidates(t.fold).length > 0 && vocab.isTelex(t.fold));
  for (const term of terms) {
    const i = typedIndex.get(term);
    if (i === undefined || term.stop) continue;
    const tok = tokens[i];
    if (!tok) continue;
    // Context counts only from content words: "hưởng của" must not turn "lương của" into "hưởng".
    // A misspelled neighbour counts by its possible corrections ("trahc nhiem", "thanhf vieen"),
    // unless it was typed with diacritics: then it is a word of its own ("tiêm", "nấu"), and two
    // unknown words "correcting" each other into a corpus pair ("tiêm vắc" → "điểm và", "nấu canh"
    // → "đầu lãnh") is a coincidence, not a confirmation.
    const readings = (j: number, own = false): readonly string[] => {
      const n = tokens[j];
      if (!n || stop[j]) return [];
      if (vocab.has(n.fold)) return [n.fold];
      return own || asTyped(n) ? [] : vocab.candidates(n.fold);
    };
    const before = readings(i - 1);
    const after = readings(i + 1);
    const supported = (fold: string): boolean =>
      before.some((b) => vocab.hasBigram(b, fold)) || after.some((a) => vocab.hasBigram(fold, a));
    // Confirmed by a neighbour the corpus knows as typed, not only by that neighbour's own guesses.
    const beforeTyped = readings(i - 1, true);
    const afterTyped = readings(i + 1, true);
    // A neighbour typed with diacritics confirms only the pair as spelled: "lấn đất" is not "dẫn dắt".
    const spelledPair = (fold: string, j: number): boolean => {
      const n = tokens[j];
      if (!n?.accented) return true;
      const pair = (sp: string): boolean => (j < i ? vocab.hasTonedBigram(n.toned, sp) : vocab.hasTonedBigram(sp, n.toned));
      return [...(vocab.spellings.get(fold) ?? [])].some(pair);
    };
    const confirmed = (fold: string): boolean =>
      (beforeTyped.some((b) => vocab.hasBigram(b, fold)) && spelledPair(fold, i - 1)) ||
      (afterTyped.some((a) => vocab.hasBigram(fold, a)) && spelledPair(fold, i + 1));
    const swapped = swapIY(tok.toned);
    if (tok.accented && !vocab.toned.has(tok.toned) && swapped && vocab.toned.has(swapped)) {
      // "xử lí", "kỉ luật": the other i/y spelling of the same syllable, not a typo.
      term.fold = fold(swapped.slice(0, -1));
      term.toned = swapped;
      term.strength = 1;
      continue;
    }
    if (vocab.has(tok.fold)) {
      // Diacritics typed but unlike every corpus spelling: a typo if the corpus prints the neighbouring
      // word next to it ("tham nhủng"), otherwise perhaps another word ("đảng phí" is not "phi").
      const exact = !tok.accented || vocab.toned.has(tok.toned);
      // A word only the example questions use, typed with other diacritics than theirs, is another
      // word ("muộn" is not their "muốn", "mèo" not "mẹo"): unknown, not a typo of chat.
      if (!exact && !vocab.printed.has(tok.fold)) {
        term.origin = "unknown";
        term.strength = 0;
        continue;
      }
      term.strength = exact || supported(tok.fold) ? 1 : 0.5;
      // Typed without any diacritics, alone (no corpus word with its neighbours), and printed by
      // the corpus only inside its own compounds ("nội" of "nội dung", "mua" of "mua chuộc"): most
      // likely another word of that spelling ("mai o ha noi co mua khong" is about rain).
      if (plain && !supported(tok.fold) && ![...(vocab.spellings.get(tok.fold) ?? [])].some((sp) => vocab.isFreeWord(sp)))
        term.strength = 0.5;
      // Typed with diacritics the corpus uses: "toán" (kiểm toán) is not "toàn" (toàn diện).
      if (tok.accented && exact) term.toned = tok.toned;
      continue;
    }
    // Typed with diacritics, a word is mistyped in its middle or end, not in its first letter:
    // "lương" beside "thanh" is no "tương" (of "đối tượng thanh tra").
    const candidates = vocab.candidates(tok.fold).filter((c) => !tok.accented || sameInitial(c, tok.fold));
    const inContext = candidates.find(supported);
    // Typed with diacritics, a syllable the corpus does not print is a real word of its own
    // ("lương", "tết", "giấy"), not a typo of a corpus word ("tương", "kết", "giải"), unless a
    // neighbour confirms the correction ("trác nhiệm"). Typed without them, a typo is likelier.
    const chosen = inContext ?? (tok.accented ? undefined : candidates[0]);
    if (!chosen) {
      term.origin = "unknown";
      term.strength = 0;
      continue;
    }
    term.fold = chosen;
    term.origin = "corrected";
    // Without a neighbour to confirm it, a "correction" is more often another word ("thuế", "lương");
    // confirmed only by a neighbour's own correction ("tiem vac" → "điểm và"), it is half a guess.
    term.strength = vocab.isTelex(tok.fold) || (inContext && confirmed(inContext)) ? 0.9 : inContext ? 0.5 : 0.25;
  }
}

/**
 * The same first consonant, or one that Vietnamese spelling confuses with it ("sảy ra" for "xảy ra",
 * "trịu" for "chịu", "dữa" for "giữa", "nàm" for "làm", "kũng" for "cũng"; not r/d: "rèn" is no "đèn").
 */
const INITIAL = /^(?:ngh|ng|nh|ch|tr|gi|ph|th|kh|gh|qu|[bcdghklmnpqrstvx])?/;
const CONFUSED_INITIALS = [
  ["s", "x"],
  ["ch", "tr"],
  ["d", "gi"],
  ["l", "n"],
  ["c", "k", "q"],
  ["ng", "ngh"],
  ["g", "gh"],
];
function sameInitial(a: string, b: string): boolean {
  const x = INITIAL.exec(a)?.[0] ?? "";
  const y = INITIAL.exec(b)?.[0] ?? "";
  return x === y || CONFUSED_INITIALS.some((set) => set.includes(x) && set.includes(y));
}

/** "lí3" → "lý3": Vietnamese writes a final i or y for the same sound (toned keys end with the tone digit). */
function swapIY(toned: string): string | undefined {
  const m = /^(.*?)([iy])(\d)$/.exec(toned);
  if (!m) return undefined;
  return `${m[1] ?? ""}${m[2] === "i" ? "y" : "i"}${m[3] ?? ""}`;
}

/**
 * Vietnamese words are mostly two syllables. Adjacent syllables that the corpus never prints
 * together and that form no corpus word with their other neighbours either, or that the corpus
 * does not know at all, are most likely one word the corpus does not contain ("giao thông",
 * "nghị định", "đảng phí", "căn cước công dân"): each such run counts as one unit of the user's own
 * topic, and its known syllables earn at most half credit. A syllable the documents print with the
 * function word beside it ("đối" of "đối với") is a corpus word, not part of such a run ("cấm đối với").
 */
const ORPHAN_CREDIT = 0.5;

function markUnknownCompounds(terms: QueryTerm[], vocab: Vocabulary, nextGroup: () => number): void {
  const joined = (a: QueryTerm | undefined, b: QueryTerm | undefined): boolean =>
    a !== undefined && b !== undefined && !a.stop && (b.stop ? vocab.printed.hasBigram(a.fold, b.fold) : vocab.hasBigram(a.fold, b.fold));
  // Runs are of adjacent typed syllables: a question word in between ends a run.
  const orphan = terms.map(
    (t, i) => !t.stop && t.group === undefined && t.origin !== "abbreviation" && !joined(terms[i - 1], t) && !joined(t, terms[i + 1]),
  );
  for (let i = 0; i < terms.length;) {
    let j = i;
    while (j < terms.length && orphan[j]) j++;
    if (j - i >= 2) {
      const group = nextGroup();
      for (const t of terms.slice(i, j)) {
        t.strength = Math.min(t.strength, ORPHAN_CREDIT);
        t.group = group;
        t.unknownWord = true;
      }
    }
    i = Math.max(j, i + 1);
  }
}
