// Turns one Markdown document of the corpus into sections whose ids come from the document's own
// printed numbering, so an id never depends on file order or on other documents.
import { fold } from "../core/text.js";

export interface ParsedSection {
  id: string;
  title: string;
  text: string;
  parentId?: string;
  /** True when the document printed no heading (a numbered paragraph): the title is its first words. */
  titleFromText?: boolean;
}

export interface ParsedDocument {
  meta: Record<string, string>;
  title: string;
  sections: ParsedSection[];
}

const ROMAN = /^([IVXLC]+)\s*[-.)–]\s*(.*)$/;
const NUMBERED = /^(\d+(?:\.\d+)*)\.?\s+(.*)$/s;

function splitFrontMatter(source: string): { meta: Record<string, string>; body: string } {
  const meta: Record<string, string> = {};
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!m) return { meta, body: source };
  for (const line of (m[1] ?? "").split(/\r?\n/)) {
    const kv = /^\s*([\w-]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (kv?.[1]) meta[kv[1]] = kv[2] ?? "";
  }
  return { meta, body: source.slice(m[0].length) };
}

function slug(title: string): string {
  return (
    fold(title)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "section"
  );
}

// A headingless numbered paragraph is cited by its first clause, kept short enough for one line.
function titleFromText(text: string): string {
  const clause = (text.split(/[;:]/)[0] ?? text).trim();
  if (clause.length <= 70) return clause;
  const cut = clause.slice(0, 70);
  return cut.slice(0, cut.lastIndexOf(" ")).replace(/[,\s]+$/, "") + "…";
}

export function parseMarkdown(source: string): ParsedDocument {
  const { meta, body } = splitFrontMatter(source.replace(/^\uFEFF/, ""));
  const blocks = body
    .split(/\r?\n\s*\r?\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const sections: ParsedSection[] = [];
  let docTitle = "";
  let part = "";
  let current: ParsedSection | undefined;
  let currentIsPart = false;
  let seenStructure = false;
  const paragraphs = new Map<ParsedSection, string[]>();

  const open = (head: Omit<ParsedSection, "text">, isPart: boolean): void => {
    const s: ParsedSection = { ...head, text: "" };
    sections.push(s);
    paragraphs.set(s, []);
    current = s;
    currentIsPart = isPart;
  };

  for (const block of blocks) {
    const heading = /^(#{1,6})\s+(.*)$/s.exec(block);
    if (heading) {
      const level = heading[1]?.length ?? 1;
      const text = (heading[2] ?? "").replace(/\s+/g, " ").trim();
      if (level === 1 && !seenStructure) {
        docTitle = text;
        continue;
      }
      seenStructure = true;
      const roman = ROMAN.exec(text);
      const numbered = NUMBERED.exec(text);
      if (roman?.[1]) {
        part = roman[1];
        open({ id: part, title: (roman[2] ?? "").trim() }, true);
      } else if (numbered?.[1]) {
        const num = numbered[1];
        const id = part ? `${part}.${num}` : num;
        const parentNum = num.split(".").slice(0, -1).join(".");
        const parentId = parentNum ? (part ? `${part}.${parentNum}` : parentNum) : part || undefined;
        open({ id, title: (numbered[2] ?? "").trim(), ...(parentId ? { parentId } : {}) }, false);
      } else {
        const title = text.replace(/:$/, "");
        const id = fold(title).startsWith("noi nhan") ? "recipients" : slug(title);
        part = "";
        open({ id, title }, false);
      }
      continue;
    }
    // The bold paragraph right under the document's H1 is the rest of its title.
    if (!seenStructure && docTitle && !current && /^\*\*[\s\S]*\*\*$/.test(block)) {
      docTitle = `${docTitle} ${block.replace(/\*\*/g, "").replace(/\s+/g, " ").trim()}`;
      continue;
    }
    const numbered = NUMBERED.exec(block);
    // Some parts (e.g. III) number their paragraphs without headings: each is a section of its own.
    if (numbered?.[1] && current && currentIsPart && !numbered[1].includes(".")) {
      const paragraph = (numbered[2] ?? "").replace(/\s*\n\s*/g, " ").trim();
      open({ id: `${part}.${numbered[1]}`, title: titleFromText(paragraph), parentId: part, titleFromText: true }, true);
      paragraphs.get(current)?.push(paragraph);
      continue;
    }
    if (!current) open({ id: "preamble", title: docTitle || meta.title || "Mở đầu" }, false);
    // Markdown soft line breaks join lines of one paragraph; list items stay one per line.
    const lines = block.split(/\r?\n/).map((l) => l.trim());
    const joined = lines.reduce<string[]>((acc, line) => {
      if (acc.length === 0 || /^[-+*]\s/.test(line)) acc.push(line);
      else acc[acc.length - 1] += ` ${line}`;
      return acc;
    }, []);
    if (current) paragraphs.get(current)?.push(...joined);
  }
  for (const s of sections) s.text = (paragraphs.get(s) ?? []).join("\n");
  return { meta, title: docTitle || meta.title || "", sections };
}
