// The knowledge base others import: load the documents, index them, and answer a question with a
// cited extract, a "did you mean" suggestion, or an honest refusal. Loading (load.ts), indexing
// (build-index.ts), the decision (decide.ts) and the wording (format.ts) each live in their own file.
import {
  askedFact,
  askedUnits,
  askedQuantity,
  asksAboutPlan,
  asksConduct,
  asksConsequence,
  definesTerm,
  definitionTerm,
  statesFact,
  shortOfDiscipline,
  statesQuantity,
  type Fact,
  type PlanAsk,
} from "./asks.js";
import { indexSections } from "./build-index.js";
import { decideMode, THRESHOLDS, type Mode, type Signals } from "./decide.js";
import { pickUnits } from "./excerpt.js";
import {
  citation,
  clip,
  formatAnswer,
  formatRefusal,
  formatSection,
  formatSuggestion,
  MAX_KB_REPLY_CHARS,
  suggestionLead,
} from "./format.js";
import { loadDocuments, type Section } from "./load.js";
import { readQuestion, type QueryTerm } from "./query.js";
import { ACCOUNTABLE_ROLES, INSPECTED_HEADING, LEADING_ROLES } from "./lexicon.js";
import { featuresOf, rerank } from "./question-classifier.js";
import { loadClassifier } from "./question-model.js";
import { findSectionRef } from "./section-ref.js";
import { fold } from "../core/text.js";
import { foldTokens } from "./normalize.js";
import { vi } from "./texts.vi.js";
import { fileURLToPath } from "node:url";

export type { Section } from "./load.js";
export type { Mode } from "./decide.js";
export { MAX_KB_REPLY_CHARS } from "./format.js";

export interface SearchResult {
  id: string;
  title: string;
  score: number;
  excerpt: string;
}
export interface SearchResponse {
  query: string;
  /** "answer": the first result is cited; "suggest": the first results are offered; "refuse": nothing is close. */
  mode: Mode;
  /** True only for mode "answer" (kept for existing callers). */
  answerable: boolean;
  results: SearchResult[];
}
export interface Suggestion {
  id: string;
  title: string;
  /** How a person reads it: "Mục II.4.3.1 – Thành viên đoàn". */
  label: string;
}
export type Response =
  | { mode: "answer"; text: string; sectionId: string }
  | { mode: "suggest"; text: string; suggestions: Suggestion[] }
  | { mode: "refuse"; text: string };
export interface TocEntry {
  id: string;
  title: string;
  /** 0 for parts ("II", "preamble", "recipients"), 1 for "II.4", 3 for "II.4.3.1". */
  depth: number;
}
export interface Explanation {
  /** The section the message names, when it is a reference rather than a question (then shown in full). */
  sectionRef?: string;
  terms: QueryTerm[];
  ranked: { id: string; score: number; coverage: number }[];
  signals: Signals;
  mode: Mode;
  thresholds: typeof THRESHOLDS;
}

export interface KnowledgeBase {
  /** Every section of every document, in document order (parts without text of their own included). */
  sections: readonly Section[];
  /** The section with this id ("II.4.3.1", "preamble", "hd02:I.1"), or undefined. */
  getSection(id: string): Section | undefined;
  /** Ranked sections with excerpts and the mode the question gets. Never throws. */
  search(query: string, opts?: { k?: number }): SearchResponse;
  /**
   * What a handler sends: a cited answer, a suggestion (the `text` is only the lead "Có thể đồng chí
   * muốn hỏi:"; show `suggestions` as buttons or numbered options that open `sectionFull(id)`), or
   * the refusal. A typed section id or heading is answered with that section in full. Never throws.
   */
  respond(query: string): Response;
  /** The whole reply as plain text for channels without buttons: suggestions are numbered in it. At most MAX_KB_REPLY_CHARS. */
  answer(query: string): string;
  /** A `respond` result as `answer` would word it (suggestions numbered), without searching again. */
  plainText(response: Response): string;
  /** The section a message names ("II.4.3.1", "Mục II.4.3.1", "xem mục 4.3.1", "muc ii 4 3 1", a heading), else undefined. */
  sectionRef(text: string): string | undefined;
  /** The section's whole text with its heading, for reading; unbounded (the handler splits long text). Undefined for an unknown id. */
  sectionFull(id: string): string | undefined;
  /** Every section in document order, with its depth for indentation. */
  tableOfContents(): TocEntry[];
  /** How a question was read and why it got its mode: for `kb explain` and for tuning. */
  explain(query: string): Explanation;
}

/**
 * "Tôi là trưởng đoàn, …", "… thì trưởng đoàn có sao không": the role the question is about favours
 * the section headed by it (the plan is organised by role), more than the story's words can.
 */
const ROLE_BONUS = 1;
/**
 * … and more when the asking sentence is about that role itself ("… thì bản thân tôi phải chịu trách
 * nhiệm gì", "… thì trưởng đoàn có dính gì không"): the people of the story before it (a team member
 * who took money) have their own section, full of the story's words.
 */
const FOCUS_BONUS = 1;
/**
 * "… thì bị xử lý thế nào": the consequences are in the sections under "Xử lý vi phạm"; a leader
 * who let it happen, or asks to be let off, in the one about letting it happen ("để xảy ra").
 * As much as a role: what is asked is what happens, the act told before it is the story (at ×1.4
 * "thanh tra viên nhận tiền thì có bị cách chức không" went to the gift rule, II.4.3.1).
 */
const CONSEQUENCE_BONUS = 1;
/** A section headed by the only track (party or state inspection) the question names. */
const TRACK_BONUS = 0.15;
/**
 * A question about the plan itself: carrying it out (part III), or what it is for (its purpose). Asked
 * what the plan is for, the question's own words ("kế hoạch", "ban hành", "lập ra") are the
 * preamble's: the ask names the purpose, read as the words "mục đích".
 */
const PLAN_BONUS: Record<PlanAsk, number> = { implementation: 1, purpose: 1, recipients: 1, origin: 1 };
type Track = "party" | "state";

/** Longer input is not a question; cutting it keeps every answer fast. */
const MAX_QUERY_CHARS = 500;
const EXCERPT_CHARS = 300;
/** A section asked about by its heading is quoted whole up to this length (a short list such as "Nơi nhận"). */
const WHOLE_SECTION_CHARS = 600;
const SUGGESTIONS = 3;
const QUOTE_WORDS = 12;
const WARM_UP = ["TV đoàn có đc nhận lì xì ko", "trach nhiem cua truong doan", "tham nhủng tiêp tay qwxz", "bao nhiêu tiền"];

export const DEFAULT_DOCS_DIR = fileURLToPath(new URL("./docs", import.meta.url));

/**
 * Loads every *.md under `dir` (default: knowledge/docs next to this file) with the example
 * questions beside each (`<doc>.examples.jsonl`), and indexes them. Synchronous; throws on a
 * duplicate section id or an example naming a section that does not exist.
 */
export function loadKnowledgeBase(dir: string = DEFAULT_DOCS_DIR): KnowledgeBase {
  const { sections, labels, examples, questions } = loadDocuments(dir);
  const { classifier: model } = loadClassifier(dir, examples, questions);
  const byId = new Map(sections.map((s) => [s.id, s] as const));
  const { index, searchable, unitsOf } = indexSections(sections, labels, examples);
  const foldedCorpus = fold(sections.map((s) => s.text).join("\n"));
  const labelOf = (s: Section): string => labels.get(s.docId) ?? vi.defaultDocumentLabel;
  const childrenOf = (id: string): Section[] => sections.filter((s) => s.parentId === id);
  const headingOf = searchable.map((s) => ` ${fold(s.title).replace(/[^\p{L}\p{N}]+/gu, " ")} `);
  // Sections that say what happens to whoever breaks the rules: headed "Xử lý …", or under such a heading.
  const aboutConsequences = searchable.map((s) =>
    [s, s.parentId ? byId.get(s.parentId) : undefined].some((x) => x && /^xu ly/.test(fold(x.title))),
  );
  // … and among them, those about answering for what happened under one ("… khi để xảy ra …").
  const aboutLetting = searchable.map((s, i) => aboutConsequences[i] === true && / de xay ra /.test(headingOf[i] ?? ""));
  // The plan runs two tracks side by side, often with the same bullet in both ("Điều động … từ đủ 2
  // năm đến 5 năm" in II.2.2 and II.3): the state's inspection (thanh tra) and the party's, named by
  // its committee, "ủy ban kiểm tra" ("kiểm tra" alone is any inspection: "đoàn kiểm tra").
  const trackOf = (text: string): Track | undefined => {
    const state = / thanh tra /.test(text);
    const party = / uy ban kiem tra /.test(text);
    return state === party ? undefined : state ? "state" : "party";
  };
  // Only the bodies' sections (II.2.2, II.3): a leader's own section is found by the role.
  // Part III ("Tổ chức thực hiện") and the plan's "Mục đích", for questions about the plan itself.
  const planSection = searchable.map((s): PlanAsk | undefined => {
    const parent = s.parentId ? byId.get(s.parentId) : undefined;
    if (parent && /^to chuc thuc hien/.test(fold(parent.title))) return "implementation";
    if (/^noi nhan\b/.test(fold(s.title))) return "recipients";
    // The opening paragraph, before any heading: who issues the plan and what it carries out.
    if (s.id.split(":").pop() === "preamble") return "origin";
    return /^muc dich\b/.test(fold(s.title)) ? "purpose" : undefined;
  });
  const trackOfSection = headingOf.map((h) => (h.includes(" lanh dao co quan ") ? undefined : trackOf(h)));

  // The section stating a role's duties: headed by the role's words. The inspected party's section
  // ("Đối với cấp ủy, tổ chức đảng, … người đứng đầu … là đối tượng kiểm tra") names many roles as
  // the inspected; it is theirs only when they are the inspected party.
  const inspectedSection = headingOf.map((h) => h.includes(` ${INSPECTED_HEADING} `));
  // The leaders of the inspection committee's agency run the committee's work too: what it must do
  // about its staff (whom to put on a team, rotate, protect) is II.3's, headed by the committee.
  const alsoHeadedBy: Record<string, string> = { "lanh dao co quan uy ban kiem tra": "uy ban kiem tra cac cap" };
  const roleSection = (i: number, role: string): boolean =>
    [role, alsoHeadedBy[role]].some((r) => r !== undefined && (headingOf[i]?.includes(` ${r} `) ?? false)) &&
    (role === INSPECTED_HEADING || !inspectedSection[i]);

  // A question of QUOTE_WORDS or more words that a section prints word for word quotes it.
  const wordsOf = searchable.map((s) => ` ${foldTokens(s.text).join(" ")} `);
  const quotes = (words: readonly string[], index: number): boolean =>
    words.length >= QUOTE_WORDS && (wordsOf[index]?.includes(` ${words.join(" ")} `) ?? false);

  const run = (query: string, k: number) => {
    const text = query.slice(0, MAX_QUERY_CHARS);
    const read = readQuestion(text, index.vocab);
    const { role: about, written } = read;
    const plan = asksAboutPlan(written);
    // "Kế hoạch này lập ra để làm gì": the question words are the whole ask; they name the purpose.
    const terms =
      plan === "purpose" && !read.terms.some((t, i) => t.fold === "muc" && read.terms[i + 1]?.fold === "dich")
        ? [...read.terms, ...["muc", "dich"].map((fold): QueryTerm => ({ fold, strength: 0.9, origin: "synonym", stop: false }))]
        : read.terms;
    const q = index.queryTerms(terms);
    const units = index.contentUnits(terms);
    const asked = about?.heading;
    // What happens to a head or to the party organisation is answering for what happened under it.
    const kind = asksConsequence(written);
    // "… chưa đến mức phải kỷ luật. Vậy đồng chí đó phải làm gì?": what is done with the slip (II.6.1),
    // even when a team leader tells it.
    const short = kind === "act" && shortOfDiscipline(written);
    const consequence =
      kind === "act" && asked && !short && (LEADING_ROLES.includes(asked) || ACCOUNTABLE_ROLES.includes(asked)) ? "let" : kind;
    // Asked what happens to them, only a role whose own section says what it answers for keeps its
    // section (a team leader); for anyone else the answer is under "Xử lý vi phạm".
    // A body named in a question about whom the plan is sent to is a recipient, not who acts.
    const role =
      (consequence && asked && !ACCOUNTABLE_ROLES.includes(asked)) || short || plan === "recipients" || plan === "implementation"
        ? undefined
        : asked;
    // A leader asked what happens to them for what their people did ("trưởng đoàn để anh em nhận
    // phong bì thì có bị vạ lây không") is asked about themself: the people's acts are the story.
    const focus = about?.focus === true || (consequence === "let" && role !== undefined);
    const consequenceAt = (i: number): boolean =>
      consequence !== undefined && aboutConsequences[i] === true && aboutLetting[i] === (consequence === "let");
    const track = trackOf(` ${fold(written).replace(/[^\p{L}\p{N}]+/gu, " ")} `);
    const ranked = index.rank(
      terms,
      units,
      (i) =>
        (role && roleSection(i, role) ? 1 + ROLE_BONUS + (focus ? FOCUS_BONUS : 0) : 1) *
        (consequenceAt(i) ? 1 + CONSEQUENCE_BONUS : 1) *
        (track && trackOfSection[i] === track ? 1 + TRACK_BONUS : 1) *
        (plan && planSection[i] === plan ? 1 + PLAN_BONUS[plan] : 1),
    );
    const [top, second] = ranked;
    const topSection = top ? searchable[top.index] : undefined;
    const topDoc = top ? index.docs[top.index] : undefined;
    // "Kế hoạch này số bao nhiêu": the plan's own number, a fact, not a quantity the text may state.
    const fact = askedFact(text);
    const folded = foldTokens(text);
    const features = featuresOf(folded);
    const quantity = fact ? undefined : askedQuantity(text);
    const signals: Signals = {
      coverage: top?.coverage ?? 0,
      textCoverage: topDoc ? index.coverage(topDoc, units, 0) : 0,
      margin: top && top.score > 0 ? 1 - (second?.score ?? 0) / top.score : 0,
      coverageGap: (top?.coverage ?? 0) - (second?.coverage ?? 0),
      known: index.knownShare(units),
      missingQuantity: quantity !== undefined && !(topSection && statesQuantity(topSection.text, quantity, askedUnits(terms))),
      missingFact: fact !== undefined && !(topSection && statesFact(topSection.text, fact)),
      // The best section is the one the question is about: its role's, or the plan's own part asked about.
      roleMatch:
        top !== undefined &&
        ((role !== undefined && roleSection(top.index, role)) || (plan !== undefined && planSection[top.index] === plan)),
      conduct: asksConduct(written),
      units: units.length,
      inScopeOdds: model.inScopeLogOdds(features),
    };
    const mode = top ? decideMode(signals) : "refuse";
    // Whether to answer is the search's to say; which of its closest sections comes first, people's
    // labelled questions help decide, unless the question quotes the best section word for word
    // (a pasted bullet: the model knows questions, not the plan's prose).
    const withIds = ranked.map((r) => ({ ...r, sectionId: searchable[r.index]?.id ?? "" }));
    const ordered = top && quotes(folded, top.index) ? withIds : rerank(withIds, features, model);
    const results = ordered.slice(0, Math.max(k, SUGGESTIONS)).flatMap((r) => {
      const s = searchable[r.index];
      if (!s) return [];
      const picked = pickUnits(unitsOf.get(s.id) ?? [], q, (t) => index.idf(t), 3, WHOLE_SECTION_CHARS);
      return [{ section: s, score: r.score, coverage: r.coverage, units: picked.map((u) => u.text) }];
    });
    return { terms, ranked: ordered, signals, mode, results, fact };
  };

  const sectionRef = (text: string): string | undefined => findSectionRef(text, sections);
  const sectionFull = (id: string): string | undefined => {
    const s = byId.get(id);
    return s ? formatSection(s, labelOf(s), childrenOf(s.id)) : undefined;
  };
  const refusal = (note?: string): string => formatRefusal([...labels.values()], note);
  // Why a question the text does not answer is refused, when the reader knows: a number, a date, a task.
  const refusalNote = (quantity: boolean, fact: Fact | undefined): string | undefined =>
    quantity || fact === "deadline" || fact === "calculation"
      ? vi.noQuantity
      : fact === "task"
        ? vi.noTask
        : fact === "audit body"
          ? vi.noAuditBody
          : fact === "form" || fact === "procedure"
            ? vi.noForm
            : fact
              ? vi.noFact
              : undefined;

  const respond = (query: string): Response => {
    const ref = sectionRef(query);
    if (ref) return { mode: "answer", text: clip(sectionFull(ref) ?? "", MAX_KB_REPLY_CHARS), sectionId: ref };
    const { signals, results, mode: ranked, fact } = run(query, SUGGESTIONS);
    // "thế nào là quan hệ gia đình?": the text uses the term without defining it. Say so, and quote
    // where it is used, rather than offering sections or refusing.
    const term = definitionTerm(query);
    const undefinedTerm = term !== undefined && !definesTerm(foldedCorpus, term) && foldedCorpus.includes(fold(term));
    const usedIn = undefinedTerm ? results.findIndex((r) => fold(r.section.text).includes(fold(term))) : -1;
    if (usedIn > 0) results.unshift(...results.splice(usedIn, 1));
    const mode = usedIn >= 0 && ranked !== "refuse" ? "answer" : ranked;
    const [top, ...rest] = results;
    if (!top || mode === "refuse")
      return { mode: "refuse", text: refusal(refusalNote(signals.missingQuantity, signals.missingFact ? fact : undefined)) };
    if (mode === "suggest") {
      const offered = results.slice(0, SUGGESTIONS).map((r) => r.section);
      return { mode, text: suggestionLead(), suggestions: offered.map((s) => ({ id: s.id, title: s.title, label: citation(s) })) };
    }
    // Related: the next results if they are close enough to matter, else the section's siblings.
    const related = rest.filter((r) => r.score >= top.score * 0.25).map((r) => r.section);
    for (const s of searchable) {
      if (related.length >= 2) break;
      if (s !== top.section && s.parentId === top.section.parentId && !related.includes(s)) related.push(s);
    }
    const usedBy =
      term && undefinedTerm ? searchable.filter((s) => fold(s.text).includes(fold(term))).map((s) => vi.shortCitation(s.id)) : [];
    const note = term && undefinedTerm ? vi.notDefined(term, usedBy) : undefined;
    const text = formatAnswer({
      section: top.section,
      documentLabel: labelOf(top.section),
      quotes: top.units,
      related: related.slice(0, 2),
      ...(note ? { note } : {}),
    });
    return { mode, text, sectionId: top.section.id };
  };

  const plainText = (r: Response): string =>
    r.mode === "suggest" ? formatSuggestion(r.suggestions.map((s) => byId.get(s.id)).filter((s): s is Section => s !== undefined)) : r.text;

  // Exercise every code path once (phrases, abbreviations, a typo, an unknown word) so the first
  // real question does not pay for just-in-time compilation.
  for (const q of WARM_UP) respond(q);

  return {
    sections,
    getSection: (id) => byId.get(id),
    sectionRef,
    sectionFull,
    tableOfContents: () =>
      sections.map((s) => {
        const local = s.id.slice(s.id.indexOf(":") + 1);
        return { id: s.id, title: s.title, depth: /^[IVX]+(\.\d+)*$/.test(local) ? local.split(".").length - 1 : 0 };
      }),
    explain(query) {
      const { terms, ranked, signals, mode } = run(query, SUGGESTIONS);
      const ref = sectionRef(query);
      return {
        ...(ref ? { sectionRef: ref } : {}),
        terms,
        ranked: ranked.map((r) => ({ id: searchable[r.index]?.id ?? "", score: r.score, coverage: r.coverage })),
        signals,
        mode,
        thresholds: THRESHOLDS,
      };
    },
    search(query, opts) {
      const k = Math.max(0, Math.floor(opts?.k ?? 3));
      try {
        const { mode, results } = run(query, k);
        return {
          query,
          mode,
          answerable: mode === "answer",
          results: results.slice(0, k).map((r) => ({
            id: r.section.id,
            title: r.section.title,
            score: Math.round(r.score * 1000) / 1000,
            excerpt: clip(r.units.join(" … "), EXCERPT_CHARS),
          })),
        };
      } catch {
        return { query, mode: "refuse", answerable: false, results: [] };
      }
    },
    respond(query) {
      try {
        return respond(query);
      } catch {
        // A chat must always get a reply; a refusal is the safe one.
        return { mode: "refuse", text: refusal() };
      }
    },
    answer(query) {
      try {
        return plainText(respond(query));
      } catch {
        return refusal();
      }
    },
    plainText,
  };
}
