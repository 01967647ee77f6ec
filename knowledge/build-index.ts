// Sections (and the example questions beside them) → the search index. What each section is
// searched by: its text, its heading, its ancestors' headings, its document's name, and the
// questions people ask about it.
import { splitUnits, type Unit } from "./excerpt.js";
import type { Example, Section } from "./load.js";
import { tokenize, type Token } from "./normalize.js";
import { SearchIndex, type Field } from "./search.js";

export interface IndexedCorpus {
  index: SearchIndex;
  /** Sections with text, in document order; `index.docs[i]` is `searchable[i]`. */
  searchable: Section[];
  /** Each searchable section cut into quotable units, once, at load. */
  unitsOf: Map<string, Unit[]>;
}

/**
 * Example questions are searched like the section's own words, at a lower weight than its text:
 * they bring people's words into the vocabulary ("phong bì", "mời nhậu") so such words are known,
 * lead to the section, and count towards its coverage.
 */
const EXAMPLE_WEIGHT = 1;
/**
 * A syllable of an example question that neither the documents print nor this many of the
 * examples use is a story's one-off detail ("bóng đá", "tốt nghiệp" in a long situation), not
 * people's word for anything: it is left out, so it neither becomes known nor leads anywhere.
 */
const MIN_EXAMPLES_PER_WORD = 2;

export function indexSections(
  sections: readonly Section[],
  labels: ReadonlyMap<string, string>,
  examples: readonly Example[],
): IndexedCorpus {
  const byId = new Map(sections.map((s) => [s.id, s] as const));
  const ancestors = (s: Section): Section[] => {
    const out: Section[] = [];
    for (let p = s.parentId ? byId.get(s.parentId) : undefined; p; p = p.parentId ? byId.get(p.parentId) : undefined) out.push(p);
    return out;
  };
  const examplesOf = new Map<string, string[]>();
  for (const e of examples) {
    if (!byId.get(e.sectionId)?.text.trim()) throw new Error(`knowledge: example for "${e.sectionId}", a section without text: "${e.q}"`);
    examplesOf.set(e.sectionId, [...(examplesOf.get(e.sectionId) ?? []), e.q]);
  }
  // A headingless numbered paragraph's title is its own first words: indexing it twice would skew it.
  const titledFromText = (s: Section): boolean => s.text.startsWith(s.title.replace(/…$/, ""));
  const searchable = sections.filter((s) => s.text.trim().length > 0);
  const printed = new Set<string>();
  for (const s of sections) for (const t of tokenize(`${s.title} ${s.text}`)) printed.add(t.fold);
  const examplesUsing = new Map<string, number>();
  const tokensOf = new Map<string, Token[]>();
  for (const e of examples) {
    const toks = tokensOf.get(e.q) ?? tokenize(e.q);
    tokensOf.set(e.q, toks);
    for (const f of new Set(toks.map((t) => t.fold))) examplesUsing.set(f, (examplesUsing.get(f) ?? 0) + 1);
  }
  const exampleWord = (f: string): boolean => printed.has(f) || (examplesUsing.get(f) ?? 0) >= MIN_EXAMPLES_PER_WORD;
  const index = new SearchIndex(
    searchable.map((s) => ({
      id: s.id,
      fields: [
        { text: s.text, weight: 1 },
        ...(titledFromText(s) ? [] : [{ text: s.title, weight: 2 }]),
        ...ancestors(s).map((a): Field => ({ text: a.title, weight: 0.5 })),
        // "the plan's purpose" asks about this document: its name is context of every section.
        { text: labels.get(s.docId) ?? "", weight: 0.3 },
        ...(examplesOf.get(s.id) ?? []).map((q): Field => ({
          text: q,
          weight: EXAMPLE_WEIGHT,
          example: true,
          tokens: tokensOf.get(q) ?? tokenize(q),
        })),
      ],
    })),
    exampleWord,
  );
  const unitsOf = new Map(searchable.map((s) => [s.id, splitUnits(s.text)] as const));
  return { index, searchable, unitsOf };
}
