// What the corpus contains, syllable by syllable: the ground truth for typo correction and for
// deciding whether a query's words exist in the documents at all.
/** More distinct neighbours than this on both sides make a spelling a word of its own. */
const FREE_WORD_NEIGHBOURS = 5;

export class Vocabulary {
  /**
   * The documents' own words, without their example questions: people's questions are full of chat
   * ("không", "tết", "hết" beside many words), so whether a chat word is a function word or a vocative
   * is judged by how the documents print it.
   */
  private readonly printedPart: Vocabulary | undefined;
  constructor(withExamples = true) {
    this.printedPart = withExamples ? new Vocabulary(false) : undefined;
  }
  get printed(): Vocabulary {
    return this.printedPart ?? this;
  }
  /** Folded syllable → number of sections containing it. */
  readonly df = new Map<string, number>();
  /**
   * Pairs of adjacent syllables as first → the ones printed after it (folded; toned keys): nested
   * rather than "a b" strings, since building a string for every pair of every example question was
   * most of the index's build time.
   */
  private readonly bigrams = new Map<string, Set<string>>();
  private readonly rightOf = new Map<string, Set<string>>();
  private readonly leftOf = new Map<string, Set<string>>();
  readonly toned = new Set<string>();
  /** Folded syllable → the spellings (toned keys) the corpus uses for it. */
  readonly spellings = new Map<string, Set<string>>();
  private words: readonly string[] = [];
  private readonly corrections = new Map<string, readonly string[]>();
  private readonly telexHits = new Set<string>();

  /** `word` was read as Telex: a deterministic reading, not a guess. */
  isTelex(word: string): boolean {
    return this.telexHits.has(word);
  }

  /** `example`: the tokens are an example question's, not the documents' text (see `printed`). */
  addSection(tokens: readonly { fold: string; toned: string }[], example = false): void {
    if (!example) this.printedPart?.addSection(tokens);
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
        this.neighbours(this.bigrams, t.fold).add(next.fold);
        this.neighbours(this.rightOf, t.toned).add(next.toned);
        this.neighbours(this.leftOf, next.toned).add(t.toned);
      }
    }
    for (const f of seen) this.df.set(f, (this.df.get(f) ?? 0) + 1);
  }

  /** Freezes the word list used for typo correction; call once all sections are added. */
  seal(): void {
    this.printedPart?.seal();
    this.words = [...this.df.keys()].filter((w) => w.length >= 2 && !/\d/.test(w));
  }

  private neighbours(map: Map<string, Set<string>>, key: string): Set<string> {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    return set;
  }

  /**
   * The spelling (toned key) is a word on its own in the corpus, not only one half of a few fixed
   * compounds: "đảng" stands beside many words, "thi" only before "hành", "cơ" before "quan",
   * "chế", "bản", "minh" before "bạch".
   */
  isFreeWord(toned: string): boolean {
    return (this.rightOf.get(toned)?.size ?? 0) > FREE_WORD_NEIGHBOURS && (this.leftOf.get(toned)?.size ?? 0) > FREE_WORD_NEIGHBOURS;
  }

  has(fold: string): boolean {
    return this.df.has(fold);
  }

  hasBigram(a: string, b: string): boolean {
    return this.bigrams.get(a)?.has(b) ?? false;
  }

  /** The two spellings (toned keys) are printed next to each other, in this order. */
  hasTonedBigram(a: string, b: string): boolean {
    return this.rightOf.get(a)?.has(b) ?? false;
  }

  /**
   * Corpus syllables the misspelled `word` may stand for, closest first; cached because a chat
   * repeats the same typos. Vietnamese i/y spelling ("kỉ"/"kỷ") is tried before fuzzy matching.
   */
  candidates(word: string): readonly string[] {
    const cached = this.corrections.get(word);
    if (cached) return cached;
    const out: string[] = [];
    for (const r of telexReadings(word)) if (this.has(r)) out.push(r);
    if (out.length > 0) {
      this.telexHits.add(word);
      this.corrections.set(word, out);
      return out;
    }
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

/** Edit distance counting a swap of two neighbouring letters ("trahc") as one edit (Damerau, OSA). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/**
 * Readings of a syllable typed in Telex with the input method switched off ("thanhf", "nhaajn",
 * "ddoanf"): doubled letters and "w" give the vowel shapes, one of s f r x j after a vowel gives
 * the tone. Returned folded, as search compares them.
 */
export function telexReadings(word: string): string[] {
  if (!/[a-z]/.test(word) || /\d/.test(word)) return [];
  const shapes = (w: string): string =>
    w.replace(/dd/g, "d").replace(/aa|aw/g, "a").replace(/ee/g, "e").replace(/oo|ow/g, "o").replace(/uw/g, "u").replace(/w/g, "u");
  const out = new Set<string>();
  const firstVowel = word.search(/[aeiouy]/);
  for (let i = firstVowel + 1; firstVowel >= 0 && i < word.length; i++) {
    if ("sfrxj".includes(word[i] ?? "")) out.add(shapes(word.slice(0, i) + word.slice(i + 1)));
  }
  out.add(shapes(word));
  out.delete(word);
  return [...out];
}
