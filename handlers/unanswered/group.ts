import { fold } from "../../core/text.js";
import type { UnansweredMode, UnansweredRow } from "../../storage/unanswered.js";

// Unanswered questions grouped by similarity, so the committee reads "asked 7 times" once instead
// of seven wordings. Two questions are alike when most of their content words are shared.

export interface QuestionGroup {
  /** The newest wording of the group. */
  question: string;
  count: number;
  lastAt: Date;
  /** The outcome of the newest question of the group. */
  mode: UnansweredMode;
}

/** Share of content words two questions must share (Jaccard) to be one group. */
const SAME_QUESTION = 0.6;
/** Words that say how something is asked, not what (folded). */
const FILLER = new Set(
  "la cua va thi co duoc gi nao sao ai toi minh em anh chi ban nay do voi cho ve trong cac nhung mot nhu neu khi ma o tai hay hoac vay a nhe oi a ha roi chu phai bi de the khong ko k chua dc j ntn bao nhieu lam".split(
    " ",
  ),
);

function words(question: string): Set<string> {
  return new Set(
    fold(question)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1 && !FILLER.has(w)),
  );
}

function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Groups `rows` (newest first, as listUnanswered returns them); groups newest first. */
export function groupQuestions(rows: readonly UnansweredRow[]): QuestionGroup[] {
  const groups: (QuestionGroup & { words: Set<string> })[] = [];
  const newestFirst = [...rows].sort((a, b) => b.askedAt.getTime() - a.askedAt.getTime());
  for (const row of newestFirst) {
    const w = words(row.question);
    const into = groups.find((g) => similarity(g.words, w) >= SAME_QUESTION);
    if (into) into.count++;
    else groups.push({ question: row.question, count: 1, lastAt: row.askedAt, mode: row.mode, words: w });
  }
  return groups.map(({ words: _words, ...g }) => g);
}

/** The most asked first (then the most recent): the digest's five. */
export function mostAsked(groups: readonly QuestionGroup[], n: number): QuestionGroup[] {
  return [...groups].sort((a, b) => b.count - a.count || b.lastAt.getTime() - a.lastAt.getTime()).slice(0, n);
}
