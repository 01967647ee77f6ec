// The knowledge base others import: load every Markdown document, give sections stable ids,
// index them, and answer a question with a cited extract or an honest refusal.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { pickUnits, splitUnits } from "./excerpt.js";
import { parseMarkdown } from "./markdown.js";
import { analyzeQuery, type QueryTerm } from "./query.js";
import { MIN_COVERAGE, SearchIndex, type Field } from "./search.js";
import { vi } from "./texts.vi.js";

export interface Section {
  id: string;
  docId: string;
  title: string;
  text: string;
  parentId?: string;
}
export interface SearchResult {
  id: string;
  title: string;
  score: number;
  excerpt: string;
}
export interface SearchResponse {
  query: string;
  answerable: boolean;
  results: SearchResult[];
}
export interface KnowledgeBase {
  sections: readonly Section[];
  getSection(id: string): Section | undefined;
  search(query: string, opts?: { k?: number }): SearchResponse;
  /** The whole chat answer as plain text (no HTML/Markdown; channels escape it): either the cited answer or the Vietnamese refusal with a hint. At most 3500 characters. */
  answer(query: string): string;
  /** How a question was read and why it was (not) answered: for `kb explain` and for tuning. */
  explain(query: string): Explanation;
}
export interface Explanation {
  terms: QueryTerm[];
  ranked: { id: string; score: number; coverage: number }[];
  minCoverage: number;
}

export const MAX_ANSWER_CHARS = 3500;
/** Longer input is not a question; cutting it keeps every answer fast. */
const MAX_QUERY_CHARS = 500;
const EXCERPT_CHARS = 300;
/** A section asked about by its heading is quoted whole up to this length (a short list such as "Nơi nhận"). */
const WHOLE_SECTION_CHARS = 600;
const WARM_UP = ["TV đoàn có đc nhận lì xì ko", "trach nhiem cua truong doan", "tham nhủng tiêp tay qwxz"];

/** Ids made from the printed numbering ("II", "II.4.3.1"), as opposed to "preamble", "recipients", slugs. */
const NUMBERED_ID = /^[IVXLCDM]+(\.\d+)*$/;

export const DEFAULT_DOCS_DIR = fileURLToPath(new URL("./docs", import.meta.url));

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...markdownFiles(path));
    else if (name.toLowerCase().endsWith(".md")) out.push(path);
  }
  return out;
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** Loads every *.md under `dir` (default: knowledge/docs next to this file, resolved from import.meta.url), parses and indexes it. Synchronous. */
export function loadKnowledgeBase(dir: string = DEFAULT_DOCS_DIR): KnowledgeBase {
  const sections: Section[] = [];
  const labels = new Map<string, string>();
  for (const file of markdownFiles(dir)) {
    const doc = parseMarkdown(readFileSync(file, "utf8"));
    const docId = doc.meta.id || basename(file, ".md");
    // Only the primary document's ids are bare; others carry their document id so adding a file
    // can never change or collide with an existing citation.
    const prefix = doc.meta.primary === "true" ? "" : `${docId}:`;
    labels.set(docId, doc.meta.label || doc.title || docId);
    for (const s of doc.sections) {
      sections.push({
        id: prefix + s.id,
        docId,
        title: s.title,
        text: s.text,
        ...(s.parentId ? { parentId: prefix + s.parentId } : {}),
      });
    }
  }
  const byId = new Map<string, Section>();
  for (const s of sections) {
    if (byId.has(s.id)) throw new Error(`knowledge: duplicate section id "${s.id}" (two primary documents, or a repeated number)`);
    byId.set(s.id, s);
  }

  const ancestors = (s: Section): Section[] => {
    const out: Section[] = [];
    for (let p = s.parentId ? byId.get(s.parentId) : undefined; p; p = p.parentId ? byId.get(p.parentId) : undefined) out.push(p);
    return out;
  };
  // A headingless numbered paragraph's title is its own first words: indexing it twice would skew it.
  const titledFromText = (s: Section): boolean => s.text.startsWith(s.title.replace(/…$/, ""));
  const searchable = sections.filter((s) => s.text.trim().length > 0);
  const index = new SearchIndex(
    searchable.map((s) => ({
      id: s.id,
      fields: [
        { text: s.text, weight: 1 },
        ...(titledFromText(s) ? [] : [{ text: s.title, weight: 2 }]),
        ...ancestors(s).map((a): Field => ({ text: a.title, weight: 0.5 })),
        // "the plan's purpose" asks about this document: its name is context of every section.
        { text: labels.get(s.docId) ?? "", weight: 0.3 },
      ],
    })),
  );
  const unitsOf = new Map(searchable.map((s) => [s.id, splitUnits(s.text)] as const));

  const run = (query: string, k: number) => {
    const terms = analyzeQuery(query.slice(0, MAX_QUERY_CHARS), index.vocab);
    const q = index.queryTerms(terms);
    const ranked = index.rank(terms);
    const top = ranked[0];
    const answerable = top !== undefined && top.coverage >= MIN_COVERAGE;
    const results = ranked.slice(0, Math.max(k, 3)).flatMap((r) => {
      const s = searchable[r.index];
      if (!s) return [];
      const units = pickUnits(unitsOf.get(s.id) ?? [], q, (t) => index.idf(t), 3, WHOLE_SECTION_CHARS);
      return [{ section: s, score: r.score, units: units.map((u) => u.text) }];
    });
    return { answerable, results };
  };

  // Ids stay the API; a person reads "Mục II.4.3.1 – …" for numbered sections and "Phần mở đầu",
  // "Phần Nơi nhận" for the unnumbered ones (ids "preamble", "recipients", slugs).
  const citation = (s: Section): string => {
    const local = s.id.slice(s.id.indexOf(":") + 1);
    if (local === "preamble") return vi.preambleCitation;
    return NUMBERED_ID.test(local) ? vi.citation(s.id, clip(s.title, 90)) : vi.partCitation(clip(s.title, 90));
  };
  const refusal = (): string => vi.refusal([...labels.values()]);

  // Exercise every code path once (phrases, abbreviations, a typo, an unknown word) so the first
  // real question does not pay for just-in-time compilation.
  for (const q of WARM_UP) run(q, 3);

  return {
    sections,
    getSection: (id) => byId.get(id),
    explain(query) {
      const terms = analyzeQuery(query.slice(0, MAX_QUERY_CHARS), index.vocab);
      const ranked = index.rank(terms).map((r) => ({ id: searchable[r.index]?.id ?? "", score: r.score, coverage: r.coverage }));
      return { terms, ranked, minCoverage: MIN_COVERAGE };
    },
    search(query, opts) {
      const k = Math.max(0, Math.floor(opts?.k ?? 3));
      const { answerable, results } = run(query, k);
      return {
        query,
        answerable,
        results: results.slice(0, k).map((r) => ({
          id: r.section.id,
          title: r.section.title,
          score: Math.round(r.score * 1000) / 1000,
          excerpt: clip(r.units.join(" … "), EXCERPT_CHARS),
        })),
      };
    },
    answer(query) {
      try {
        const { answerable, results } = run(query, 3);
        const [top, ...rest] = results;
        if (!answerable || !top) return refusal();
        const quotes = top.units.map((u) => `“${clip(u, 900)}”`);
        // Related: the next results if they are close enough to matter, else the section's siblings.
        const relatedSections = rest.filter((r) => r.score >= top.score * 0.25).map((r) => r.section);
        for (const s of searchable) {
          if (relatedSections.length >= 2) break;
          if (s !== top.section && s.parentId === top.section.parentId && !relatedSections.includes(s)) relatedSections.push(s);
        }
        const related = relatedSections.slice(0, 2).map(citation);
        const lines = [
          vi.quoteLead,
          ...quotes,
          "",
          vi.source(citation(top.section), labels.get(top.section.docId) ?? vi.defaultDocumentLabel),
          ...(related.length ? [vi.related(related)] : []),
          vi.disclaimer,
        ];
        return clip(lines.join("\n"), MAX_ANSWER_CHARS);
      } catch {
        // A chat must always get a reply; a refusal is the safe one.
        return refusal();
      }
    },
  };
}
