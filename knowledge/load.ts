// Reading the documents from disk: every Markdown file under a folder becomes sections with stable
// ids, and the example questions kept beside a document become search material for its sections.
// No indexing and no wording here.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { z } from "zod";
import { parseMarkdown } from "./markdown.js";

export interface Section {
  id: string;
  docId: string;
  title: string;
  text: string;
  parentId?: string;
}

/** A question in people's own words that the section answers (from `<doc>.examples.jsonl`). */
export interface Example {
  sectionId: string;
  q: string;
}

export interface LoadedDocuments {
  sections: Section[];
  /** Document id → how answers and refusals name it. */
  labels: Map<string, string>;
  examples: Example[];
  /**
   * Questions people asked, labelled with the section that answers them (`<doc>.questions.jsonl`):
   * not searched, only learned from to order the sections the search finds close, and (those with
   * `"id": null`, labelled NOT_ANSWERED) to tell the plan's territory from other matters. Thousands
   * of lines: `raw` (each file's document prefix and bytes, kept out of the JS heap) tells whether a
   * kept model still fits them, and `read()` checks and parses them only when a model must be trained.
   */
  questions: { raw: readonly { prefix: string; bytes: Buffer }[]; read(): Example[] };
}

const ExampleLine = z.strictObject({ id: z.string().min(1), q: z.string().min(3).max(500) });
/** In `.questions.jsonl`, `"id": null` marks a question the document does not answer. */
const QuestionLine = z.strictObject({ id: z.string().min(1).nullable(), q: z.string().min(3).max(500) });

/** The label of a question no section answers (`"id": null`): never a section id, which has no parentheses. */
export const NOT_ANSWERED = "(none)";

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...markdownFiles(path));
    else if (name.toLowerCase().endsWith(".md")) out.push(path);
  }
  return out;
}

/**
 * `<doc>.examples.jsonl` beside `<doc>.md`: one `{"id": "<section id as printed in the document>",
 * "q": "…"}` per line (`.questions.jsonl` has the same lines, and `"id": null`). A line naming a
 * section the document does not have stops the load, so an example can never silently lead nowhere.
 */
function readExamples(mdPath: string, prefix: string, ids: ReadonlySet<string>): Example[] {
  const path = mdPath.replace(/\.md$/i, ".examples.jsonl");
  return existsSync(path) ? parseExamples(readFileSync(path, "utf8"), basename(path), prefix, ids, ExampleLine) : [];
}

function parseExamples(
  text: string,
  file: string,
  prefix: string,
  ids: ReadonlySet<string>,
  schema: typeof ExampleLine | typeof QuestionLine,
): Example[] {
  return text
    .split("\n")
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line && !line.startsWith("//"))
    .map(([line, n]) => {
      let parsed: z.infer<typeof QuestionLine>;
      try {
        parsed = schema.parse(JSON.parse(line));
      } catch (e) {
        throw new Error(`knowledge: ${file} line ${n}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
      }
      if (parsed.id === null) return { sectionId: NOT_ANSWERED, q: parsed.q };
      const sectionId = prefix + parsed.id;
      if (!ids.has(sectionId)) throw new Error(`knowledge: ${file} line ${n}: no section "${parsed.id}" in the document`);
      return { sectionId, q: parsed.q };
    });
}

/** Parses every *.md under `dir` (recursively, in name order) and the example questions beside each. */
export function loadDocuments(dir: string): LoadedDocuments {
  const sections: Section[] = [];
  const labels = new Map<string, string>();
  const examples: Example[] = [];
  const questionFiles: { bytes: Buffer; file: string; prefix: string; ids: ReadonlySet<string> }[] = [];
  const seen = new Set<string>();
  for (const file of markdownFiles(dir)) {
    const doc = parseMarkdown(readFileSync(file, "utf8"));
    const docId = doc.meta.id || basename(file, ".md");
    // Only the primary document's ids are bare; others carry their document id so adding a file
    // can never change or collide with an existing citation.
    const prefix = doc.meta.primary === "true" ? "" : `${docId}:`;
    labels.set(docId, doc.meta.label || doc.title || docId);
    const ids = new Set<string>();
    for (const s of doc.sections) {
      const id = prefix + s.id;
      if (seen.has(id)) throw new Error(`knowledge: duplicate section id "${id}" (two primary documents, or a repeated number)`);
      seen.add(id);
      ids.add(id);
      sections.push({ id, docId, title: s.title, text: s.text, ...(s.parentId ? { parentId: prefix + s.parentId } : {}) });
    }
    examples.push(...readExamples(file, prefix, ids));
    const questionsPath = file.replace(/\.md$/i, ".questions.jsonl");
    if (existsSync(questionsPath)) questionFiles.push({ bytes: readFileSync(questionsPath), file: basename(questionsPath), prefix, ids });
  }
  const questions = {
    raw: questionFiles.map((q) => ({ prefix: q.prefix, bytes: q.bytes })),
    read: () => questionFiles.flatMap((q) => parseExamples(q.bytes.toString("utf8"), q.file, q.prefix, q.ids, QuestionLine)),
  };
  return { sections, labels, examples, questions };
}
