// What the corpus contains, syllable by syllable: the ground truth for typo correction and for
// deciding whether a query's words exist in the documents at all.
export class Vocabulary {
  /** Folded syllable → number of sections containing it. */
  readonly df = new Map<string, number>();
  readonly bigrams = new Set<string>();
  readonly tonedBigrams = new Set<string>();
  readonly toned = new Set<string>();
  /** Folded syllable → the spellings (toned keys) the corpus uses for it. */
  readonly spellings = new Map<string, Set<string>>();
  private words: readonly string[] = [];
  private readonly corrections = new Map<string, readonly string[]>();

  addSection(tokens: readonly { fold: string; toned: string }[]): void {
    const seen = new Set<string>();
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t) continue;
      seen.add(t.fold);
      this.toned.add(t.toned);
      let set = this.spellings.get(t.fold);
      if (!set) this.spellings.set(t.fold, (set = new Set()));
      set.add(t.toned);
      const next = tokens[i + 1];
      if (next) {
        this.bigrams.add(`${t.fold} ${next.fold}`);
        this.tonedBigrams.add(`${t.toned} ${next.toned}`);
      }
    }
    for (const f of seen) this.df.set(f, (this.df.get(f) ?? 0) + 1);
  }

  /** Freezes the word list used for typo correction; call once all sections are added. */
  seal(): void {
    this.words = [...this.df.keys()].filter((w) => w.length >= 2 && !/\d/.test(w));
  }

  has(fold: string): boolean {
    return this.df.has(fold);
  }

  hasBigram(a: string, b: string): boolean {
    return this.bigrams.has(`${a} ${b}`);
  }

  /**
   * Corpus syllables the misspelled `word` may stand for, closest first; cached because a chat
   * repeats the same typos. Vietnamese i/y spelling ("kỉ"/"kỷ") is tried before fuzzy matching.
   */
  candidates(word: string): readonly string[] {
    const cached = this.corrections.get(word);
    if (cached) return cached;
    const out: string[] = [];
    const swapped = word.endsWith("i") ? `${word.slice(0, -1)}y` : word.endsWith("y") ? `${word.slice(0, -1)}i` : "";
    if (swapped && this.has(swapped)) out.push(swapped);
    // Short syllables have too many near neighbours to correct safely; digits are never typos.
    // A plain edit-distance scan: fuse.js took 1–6 ms per unknown word here, over the latency budget,
    // and a syllable's typos are one or two edits anyway.
    if (out.length === 0 && word.length >= 3 && !/\d/.test(word)) {
      const max = word.length >= 6 ? 2 : 1;
      const found: { w: string; d: number }[] = [];
      for (const w of this.words) {
        if (Math.abs(w.length - word.length) > max) continue;
        const d = editDistance(w, word);
        if (d <= max) found.push({ w, d });
      }
      // Closest first, then the word the corpus uses most.
      found.sort((a, b) => a.d - b.d || (this.df.get(b.w) ?? 0) - (this.df.get(a.w) ?? 0));
      out.push(...found.slice(0, 8).map((f) => f.w));
    }
    this.corrections.set(word, out);
    return out;
  }
}

/** Levenshtein distance with an early cut; syllables are short. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}
