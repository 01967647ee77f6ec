// Which section people mean, learned from the questions they asked: a naive Bayes model over the
// folded words and word pairs of labelled questions. It never finds a section on its own: it orders
// the few sections the search already found close (`rerank`), where rules on the text's words run
// out (II.3 versus II.4.1 for the committee's leaders, a helper on a team versus an adviser), and
// says how likely the plan answers a question at all (`inScopeLogOdds`, for decide.ts).
// Written here rather than taken from a library: the model is a few counts per word, and the npm
// classifiers (natural, bayes) tokenize for English and keep their models as objects of objects.
import { foldTokens } from "./normalize.js";
import { NOT_ANSWERED, type Example } from "./load.js";

export interface Candidate {
  sectionId: string;
  score: number;
}

export interface QuestionClassifier {
  /** Sections the model has questions for. */
  knows(sectionId: string): boolean;
  /** log P(section) + Σ log P(feature | section) over the question's known features: comparable across sections. */
  logJoint(sectionId: string, features: readonly string[]): number;
  /**
   * log P(some section answers it) − log P(none does), from the questions labelled with a section
   * against those labelled NOT_ANSWERED; undefined when the model has no unanswered questions.
   */
  inScopeLogOdds(features: readonly string[]): number | undefined;
}

/** Additive smoothing: chosen by leave-one-batch-out over the labelled files (0.1 to 1 all help; 0.3 kept). */
const SMOOTHING = 0.3;
/**
 * How much the model's opinion weighs against the search's score, in log units: the search's ratio
 * to the best is multiplied by exp(WEIGHT × Δ log-likelihood). Small, because naive Bayes sums a
 * term per word and is overconfident; 0.02 to 0.1 gave the same gains, 0.05 is in the middle.
 */
const WEIGHT = 0.05;
/**
 * A section the search scored under this share of the best is not close: the search's rules (the
 * role asked about, an organisation's violation) already decided, at twice the score, and the
 * model, which reads words and not who does what, does not overturn them. Leave-one-batch-out:
 * 98.7% top-1 with it, 98.8% without; two rules' own tests pass only with it.
 */
const CLOSE = 0.5;
/** Only the first results are reordered: the model judges between close sections, it does not search. */
export const RERANK_DEPTH = 3;

/** Changes whenever `questionFeatures` does: a model kept in a file from other features is retrained. */
export const FEATURES_VERSION = 1;

/** Folded syllables and adjacent pairs, each once: "ĐV nhận quà" → dv, nhan, qua, dv_nhan, nhan_qua. */
export function questionFeatures(text: string): string[] {
  return featuresOf(foldTokens(text));
}

/** `questionFeatures` of syllables already folded (the search folds each question once). */
export function featuresOf(words: readonly string[]): string[] {
  const out = new Set(words);
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]}_${words[i]}`);
  return [...out];
}

/** What training learns, as plain data so it can be kept in a file (knowledge/question-model.ts). */
export interface ModelData {
  labels: string[];
  /** Questions per label. */
  prior: number[];
  /** Feature occurrences per label. */
  total: number[];
  /** The features in sorted order (code units, as `Array.prototype.sort`), space-separated: a feature has no space. */
  words: string;
  /** Feature i's (label, count) pairs are `pairs[2 × start[i] …  2 × start[i + 1])`. */
  start: Int32Array;
  /** Flat (label, count) pairs, in feature order. */
  pairs: Int32Array;
}

/**
 * A feature seen fewer times than this in all the questions is left out of the model: it halves
 * the model's size (and its load time) and changed no question's ranking in leave-one-batch-out.
 */
export const MIN_FEATURE_COUNT = 2;

export function trainModel(examples: readonly Example[]): ModelData {
  const labelIndex = new Map<string, number>();
  for (const e of examples) if (!labelIndex.has(e.sectionId)) labelIndex.set(e.sectionId, labelIndex.size);
  const prior = new Array<number>(labelIndex.size).fill(0);
  const total = new Array<number>(labelIndex.size).fill(0);
  const counts = new Map<string, Map<number, number>>();
  for (const e of examples) {
    const l = labelIndex.get(e.sectionId) ?? 0;
    prior[l] = (prior[l] ?? 0) + 1;
    for (const f of questionFeatures(e.q)) {
      let byLabel = counts.get(f);
      if (!byLabel) counts.set(f, (byLabel = new Map()));
      byLabel.set(l, (byLabel.get(l) ?? 0) + 1);
    }
  }
  const words: string[] = [];
  const start: number[] = [0];
  const pairs: number[] = [];
  for (const f of [...counts.keys()].sort()) {
    const byLabel = [...(counts.get(f) ?? [])].sort((a, b) => a[0] - b[0]);
    if (byLabel.reduce((sum, [, c]) => sum + c, 0) < MIN_FEATURE_COUNT) continue;
    words.push(f);
    for (const [l, c] of byLabel) {
      pairs.push(l, c);
      total[l] = (total[l] ?? 0) + c;
    }
    start.push(pairs.length / 2);
  }
  return {
    labels: [...labelIndex.keys()],
    prior,
    total,
    words: words.join(" "),
    start: Int32Array.from(start),
    pairs: Int32Array.from(pairs),
  };
}

/**
 * The classifier a model's data describes, or undefined when its parts do not fit together (label
 * lists of different lengths, offsets that do not span the pairs). Only these O(1) checks: the data
 * is either trained just now or read from a file whose checksum matched (question-model.ts).
 */
export function classifierOf(data: ModelData): QuestionClassifier | undefined {
  const labels = data.labels.length;
  const words = data.words === "" ? [] : data.words.split(" ");
  const { start, pairs } = data;
  if (data.prior.length !== labels || data.total.length !== labels) return undefined;
  if (start.length !== words.length + 1 || start[0] !== 0 || 2 * (start[words.length] ?? -1) !== pairs.length) return undefined;

  const labelIndex = new Map(data.labels.map((l, i) => [l, i] as const));
  const vocabulary = words.length;
  const n = data.prior.reduce((a, b) => a + b, 0);
  /** Feature f's index, by binary search over the sorted words; -1 when the model does not have it. */
  const find = (f: string): number => {
    let lo = 0;
    let hi = words.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const w = words[mid] ?? "";
      if (w === f) return mid;
      if (w < f) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  const countOf = (i: number, l: number): number => {
    for (let k = 2 * (start[i] ?? 0); k < 2 * (start[i + 1] ?? 0); k += 2) if (pairs[k] === l) return pairs[k + 1] ?? 0;
    return 0;
  };
  const none = labelIndex.get(NOT_ANSWERED);
  const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
  const answeredPrior = sum(data.prior) - (none === undefined ? 0 : (data.prior[none] ?? 0));
  const answeredTotal = sum(data.total) - (none === undefined ? 0 : (data.total[none] ?? 0));
  return {
    knows: (id) => id !== NOT_ANSWERED && labelIndex.has(id),
    inScopeLogOdds(features) {
      if (none === undefined) return undefined;
      const noneTotal = data.total[none] ?? 0;
      let odds = Math.log((answeredPrior + 1) / ((data.prior[none] ?? 0) + 1));
      for (const f of features) {
        const i = find(f);
        if (i < 0) continue;
        let answered = 0;
        let unanswered = 0;
        for (let k = 2 * (start[i] ?? 0); k < 2 * (start[i + 1] ?? 0); k += 2) {
          if (pairs[k] === none) unanswered += pairs[k + 1] ?? 0;
          else answered += pairs[k + 1] ?? 0;
        }
        odds +=
          Math.log((answered + SMOOTHING) / (answeredTotal + SMOOTHING * vocabulary)) -
          Math.log((unanswered + SMOOTHING) / (noneTotal + SMOOTHING * vocabulary));
      }
      return odds;
    },
    logJoint(id, features) {
      const l = labelIndex.get(id);
      if (l === undefined) return 0;
      const denominator = Math.log((data.total[l] ?? 0) + SMOOTHING * vocabulary);
      let lp = Math.log(((data.prior[l] ?? 0) + 1) / (n + labels));
      for (const f of features) {
        const i = find(f);
        if (i >= 0) lp += Math.log(countOf(i, l) + SMOOTHING) - denominator;
      }
      return lp;
    },
  };
}

/**
 * The first RERANK_DEPTH candidates within CLOSE of the best, reordered by score × exp(WEIGHT ×
 * model's log-likelihood); a section the model has no questions for (a document the committee
 * added) keeps its place, so new documents are never pushed down for lacking examples. Returns a new array; the rest follows as is.
 */
export function rerank<T extends Candidate>(candidates: readonly T[], features: readonly string[], model: QuestionClassifier): T[] {
  const head = candidates.slice(0, RERANK_DEPTH);
  const best = head[0]?.score ?? 0;
  const slots = head.map((c, i) => (model.knows(c.sectionId) && c.score >= CLOSE * best ? i : -1)).filter((i) => i >= 0);
  if (slots.length < 2) return [...candidates];
  const judged = slots
    .map((i) => head[i] as T)
    .map((c) => ({ c, value: Math.log(Math.max(c.score, Number.MIN_VALUE)) + WEIGHT * model.logJoint(c.sectionId, features) }))
    .sort((a, b) => b.value - a.value);
  slots.forEach((slot, k) => {
    head[slot] = judged[k]?.c as T;
  });
  return [...head, ...candidates.slice(RERANK_DEPTH)];
}
