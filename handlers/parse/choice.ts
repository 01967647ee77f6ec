import { wordKey } from "../../core/text.js";

// Reads a typed answer as one option of a list, as people type it on Zalo or in the terminal:
// the option's number (1-based, as rendered), its id, its words with or without diacritics, a
// unique prefix, or a keyword that only one option contains.

export interface ChoiceLike {
  id: string;
  label: string;
  aliases?: readonly string[];
  /**
   * Picked only by its number, its exact label or an exact alias: for what cannot be undone
   * (sending a declaration), where "gửi sau" or "đừng gửi" must never read as "gửi".
   */
  exactOnly?: boolean;
}

export type ChoiceMatch = { kind: "one"; index: number } | { kind: "many"; indices: number[] } | { kind: "none" };

const NONE: ChoiceMatch = { kind: "none" };

function pick(indices: number[]): ChoiceMatch | undefined {
  if (indices.length === 1) return { kind: "one", index: indices[0]! };
  if (indices.length > 1) return { kind: "many", indices };
  return undefined;
}

/** Words that deny what follows ("không rút", "chưa trả lại"), folded. */
const DENIALS = new Set(["khong", "chua", "ko", "k", "kg", "chang", "cha", "hong", "hok", "khoan", "dung"]);

/** Which option a typed answer picks: one, several (ambiguous) or none. */
/** True when `words` appear in `name` in the same order, others possibly between them. */
function inOrder(words: readonly string[], name: readonly string[]): boolean {
  let j = 0;
  for (const w of name) if (w === words[j]) j++;
  return j === words.length;
}

/** "của" (of) says nothing about which option: "anh trai của vợ" is "anh trai vợ". */
const key = (text: string): string =>
  wordKey(text)
    .replace(/(^| )cua(?= |$)/g, "")
    .replace(/\s+/g, " ")
    .trim();

export function matchChoice(text: string, choices: readonly ChoiceLike[]): ChoiceMatch {
  const typed = key(text);
  if (!typed) return NONE;
  if (/^\d+$/.test(typed)) {
    const n = Number(typed);
    return n >= 1 && n <= choices.length ? { kind: "one", index: n - 1 } : NONE;
  }
  // Ids are English: "spouse" picks its option, but "mea" or "tra" are no beginnings of "meal", "travel".
  const labels = choices.map((c) => [c.label, ...(c.aliases ?? [])].map(key).filter(Boolean));
  const names = choices.map((c, i) => [wordKey(c.id), ...labels[i]!]);
  const all = names.map((_, i) => i);

  const exact = pick(all.filter((i) => names[i]!.includes(typed)));
  if (exact) return exact;

  const typedWords = typed.split(" ");
  const loose = all.filter((i) => !choices[i]!.exactOnly);

  // A name cut short: "ca nh" → "cá nhân". Three letters at least: "co" begins too many words.
  if (typed.length >= 3) {
    const prefix = pick(loose.filter((i) => labels[i]!.some((n) => n.startsWith(typed))));
    // Several beginnings: the keyword rule below lists every option that holds the words.
    if (prefix?.kind === "one") return prefix;
  }

  // Every typed word is a word of the option, in its order ("ruot" → "Anh/chị/em ruột", "gia dinh
  // voi thanh vien khac cua doan"). Three letters at least for one word: "có" is also the "cơ" of "cơ quan".
  if (typedWords.length > 1 ? typedWords.some((w) => w.length >= 2) : typed.length >= 3) {
    const keyword = pick(
      loose.filter((i) =>
        // In their order: "vợ em" (my wife) is not "em vợ" (her younger sibling).
        labels[i]!.some((n) => inOrder(typedWords, n.split(" "))),
      ),
    );
    if (keyword) return keyword;
  }

  // A sentence that opens with an option's one-word name: "có, tôi xin rút", "khác: thư ký",
  // "chồng tôi". When its first two words name an option too, they decide: "anh họ tôi" is another
  // relation, "anh vợ tôi" a sibling-in-law, neither a sibling ("anh").
  const first = typedWords[0]!;
  if (typedWords.length > 1) {
    const lead = pick(loose.filter((i) => labels[i]!.includes(first)));
    // "có, nhưng không rút": a denial after the opening word turns it around; asked again.
    if (lead?.kind === "one" && typedWords.slice(1).some((w) => DENIALS.has(w))) return NONE;
    if (lead?.kind === "one") {
      // The rest names another option: a longer name of it that opens the sentence decides
      // ("không muốn tham gia nữa" is "không muốn tham gia", a request to withdraw); otherwise the
      // sentence says two things ("không, tôi xin rút", "tiền và quà") and the person is asked.
      const rest = ` ${typedWords.slice(1).join(" ")} `;
      const others = all.filter(
        (i) => i !== lead.index && labels[i]!.some((n) => (n.includes(" ") || n.length >= 3) && rest.includes(` ${n} `)),
      );
      const overrides =
        others.length === 1 &&
        !choices[others[0]!]!.exactOnly &&
        labels[others[0]!]!.some((n) => n.includes(" ") && ` ${typed} `.startsWith(` ${n} `));
      if (overrides) return { kind: "one", index: others[0]! };
      if (others.length) return NONE;
      const opening = `${first} ${typedWords[1]}`;
      const two = pick(all.filter((i) => labels[i]!.includes(opening)));
      if (two) return two.kind === "one" && !choices[two.index]!.exactOnly ? two : NONE;
      // "anh chị …" opens "Anh/chị/em ruột" and "Anh/chị/em vợ/chồng" alike: ask.
      const longer = pick(all.filter((i) => labels[i]!.some((n) => n.startsWith(`${opening} `))));
      if (longer?.kind === "many") return longer;
      return longer?.kind === "one" && longer.index !== lead.index ? NONE : lead;
    }
  }
  return NONE;
}

/** Words that turn what follows around: "không trả lại" is not "trả lại". */
const NEGATIONS = new Set(["khong", "chua", "ko", "k", "kg", "chang", "cha", "hong", "hok", "dau"]);

/**
 * The one option whose name of two or more words a sentence contains, when nothing in it denies
 * that name: "đã trả lại cho họ rồi" → "trả lại", "tôi từ chối" → "từ chối". For the engine to try
 * after matchChoice found nothing and the sentence is no question.
 */
export function findChoiceIn(text: string, choices: readonly ChoiceLike[]): number | undefined {
  const words = wordKey(text).split(" ");
  const typed = ` ${words.join(" ")} `;
  const found = new Set<number>();
  // Word positions some found name covers: a denial inside a name ("không nhận") is the name's own.
  const covered = new Set<number>();
  choices.forEach((c, i) => {
    if (c.exactOnly) return;
    for (const name of [c.label, ...(c.aliases ?? [])].map(wordKey)) {
      if (!name.includes(" ")) continue;
      const at = typed.indexOf(` ${name} `);
      if (at < 0) continue;
      found.add(i);
      const first = typed
        .slice(0, at + 1)
        .trim()
        .split(" ")
        .filter(Boolean).length;
      for (let k = 0; k < name.split(" ").length; k++) covered.add(first + k);
    }
  });
  const negated = words.some((w, k) => NEGATIONS.has(w) && !covered.has(k));
  return found.size === 1 && !negated ? [...found][0] : undefined;
}
