// Everything the knowledge base says, assembled from search results: the cited answer, the
// "did you mean" suggestion, the refusal, and a section shown in full. Plain text (no HTML or
// Markdown): the channels escape it. The wording itself lives in texts.vi.ts.
import type { Section } from "./load.js";
import { vi } from "./texts.vi.js";

/** The longest text the knowledge base returns: one Telegram message (4096) with room for a header. */
export const MAX_KB_REPLY_CHARS = 3500;
/** A quoted sentence or bullet longer than this is cut: an answer quotes, it does not reproduce. */
const MAX_QUOTE_CHARS = 900;
const MAX_TITLE_CHARS = 90;

/** Ids made from the printed numbering ("II", "II.4.3.1"), as opposed to "preamble", "recipients", slugs. */
const NUMBERED_ID = /^[IVXLCDM]+(\.\d+)*$/;

export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/**
 * How a person reads a section reference: "Mục II.4.3.1 – Thành viên đoàn" for numbered sections,
 * "Phần mở đầu" and "Phần Nơi nhận" for the unnumbered ones (ids "preamble", "recipients", slugs).
 */
export function citation(s: Section): string {
  const local = s.id.slice(s.id.indexOf(":") + 1);
  if (local === "preamble") return vi.preambleCitation;
  return NUMBERED_ID.test(local) ? vi.citation(s.id, clip(s.title, MAX_TITLE_CHARS)) : vi.partCitation(clip(s.title, MAX_TITLE_CHARS));
}

export interface AnswerParts {
  section: Section;
  documentLabel: string;
  quotes: readonly string[];
  related: readonly Section[];
  /** A sentence before the quote (the text defines no such term, states no such number). */
  note?: string;
}

/** The one cited answer: the note if any, the quote, the source, related sections, the disclaimer. */
export function formatAnswer(a: AnswerParts): string {
  const lines = [
    ...(a.note ? [a.note, ""] : []),
    vi.quoteLead,
    ...a.quotes.map((q) => `“${clip(q, MAX_QUOTE_CHARS)}”`),
    "",
    vi.source(citation(a.section), a.documentLabel),
    ...(a.related.length ? [vi.related(a.related.map(citation))] : []),
    vi.disclaimer,
  ];
  return clip(lines.join("\n"), MAX_KB_REPLY_CHARS);
}

/** The lead alone (channels with buttons show the sections as buttons) … */
export function suggestionLead(): string {
  return vi.suggestionLead;
}

/** … or, for plain text, the lead with the sections numbered and how to open one. */
export function formatSuggestion(sections: readonly Section[]): string {
  const lines = [
    vi.suggestionLead,
    ...sections.map((s, i) => vi.numberedOption(i + 1, citation(s))),
    "",
    vi.suggestionHint(sections[0]?.id ?? "II.4.3.1"),
  ];
  return clip(lines.join("\n"), MAX_KB_REPLY_CHARS);
}

export function formatRefusal(documentLabels: readonly string[], note?: string): string {
  return clip([...(note ? [note] : []), vi.refusal(documentLabels)].join("\n"), MAX_KB_REPLY_CHARS);
}

/** A section in full, for reading the text directly; a part with no text lists its subsections. */
export function formatSection(s: Section, documentLabel: string, children: readonly Section[]): string {
  const body = s.text.trim()
    ? s.text.split("\n").map((l) => l.replace(/^- /, "• ").replace(/^\+ /, "   – "))
    : [vi.partContents, ...children.map((c) => `• ${citation(c)}`)];
  return [vi.sectionHeading(citation(s), documentLabel), "", ...body, "", vi.disclaimer].join("\n");
}
