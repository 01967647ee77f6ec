// Picks the sentences or bullets of a section that answer the question: a chat answer quotes
// what was asked about, not a whole section.
import { tokenize } from "./normalize.js";

export interface Unit {
  text: string;
  position: number;
  /** Folded unigrams and bigrams, computed once at load so answering stays fast. */
  terms: ReadonlySet<string>;
}

/** Bullets are units; a long paragraph is cut into sentences (a full stop before a capital). */
export function splitUnits(sectionText: string): Unit[] {
  const units: Unit[] = [];
  for (const line of sectionText.split("\n")) {
    const clean = line.replace(/^[-+*]\s+/, "").trim();
    if (!clean) continue;
    for (const sentence of clean.split(/(?<=\.)\s+(?=[A-ZĐÀ-Ỹ])/u)) {
      if (sentence.trim()) units.push({ text: sentence.trim(), position: units.length, terms: unitTerms(sentence) });
    }
  }
  return units;
}

export function unitTerms(text: string): Set<string> {
  const toks = tokenize(text);
  const set = new Set<string>();
  toks.forEach((t, i) => {
    set.add(t.fold);
    const next = toks[i + 1];
    if (next) set.add(`${t.fold} ${next.fold}`);
  });
  return set;
}

/**
 * The best one to three units, in document order. A unit is scored by the IDF-weighted query terms
 * it contains, with a mild length penalty so a long bullet does not win by sheer size.
 */
export function pickUnits(
  units: readonly Unit[],
  query: ReadonlyMap<string, number>,
  idf: (term: string) => number,
  max = 3,
  wholeChars = 0,
): Unit[] {
  const scored = units.map((u) => {
    let s = 0;
    for (const [term, w] of query) if (u.terms.has(term)) s += w * idf(term);
    return { u, s: s / Math.sqrt(1 + u.terms.size / 40) };
  });
  const best = Math.max(0, ...scored.map((x) => x.s));
  // The question named the section (its heading) but no line in particular: quote it whole when
  // it is short (the 7 lines of "Nơi nhận"), else its opening.
  if (best <= 0) return units.reduce((n, u) => n + u.text.length, 0) <= wholeChars ? [...units] : units.slice(0, max);
  const chosen = scored
    .filter((x) => x.s >= best * 0.6)
    .sort((a, b) => b.s - a.s)
    .slice(0, max)
    .map((x) => x.u);
  // A lead-in ending in ":" says nothing without what follows it ("… chịu trách nhiệm về:").
  for (const u of [...chosen]) {
    const next = units[u.position + 1];
    if (u.text.endsWith(":") && next && !chosen.includes(next) && chosen.length < max) chosen.push(next);
  }
  return chosen.sort((a, b) => a.position - b.position);
}
