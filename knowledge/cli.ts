// `kb search "câu hỏi"`: the answer as a person reads it. `--json`: one SearchResponse object.
// `--jsonl`: one {"q": "..."} per stdin line → one response per stdout line, index loaded once.
// stdout carries only the requested output; diagnostics go to stderr.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import { DEFAULT_DOCS_DIR, loadKnowledgeBase } from "./index.js";
import { loadDocuments } from "./load.js";
import { writeModel } from "./question-model.js";

const USAGE = `Usage:
  kb search "câu hỏi"                 print the answer
  kb search --json [--k 3] "câu hỏi"  print {"query","mode","answerable","results"}
  kb search --jsonl [--k 3] < q.jsonl one {"q": "..."} per line in, one JSON object per line out
  kb explain "câu hỏi"                how the question was read, its signals and mode, each section's coverage
  kb train                            after editing a *.questions.jsonl: rewrite the question model beside the documents
  kb unanswered --json                questions the bot could not answer, from its database (bot/cli/kb.ts)
  options: --dir <folder of .md documents>`;

const Line = z.object({ q: z.string() });

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: "boolean" },
      jsonl: { type: "boolean" },
      k: { type: "string" },
      dir: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, ...words] = positionals;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (command === "train") {
    const dir = values.dir ?? DEFAULT_DOCS_DIR;
    const { examples, questions } = loadDocuments(dir);
    process.stdout.write(`${writeModel(dir, examples, questions)}\n`);
    return;
  }
  if (command !== "search" && command !== "explain") fail(`Unknown command: ${command ?? "(none)"}`);
  const k = values.k === undefined ? 3 : Number(values.k);
  if (!Number.isInteger(k) || k < 1) fail(`--k must be a positive integer, got ${values.k}`);
  const kb = loadKnowledgeBase(values.dir);

  if (values.jsonl) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      let out: unknown;
      try {
        const parsed = Line.safeParse(JSON.parse(line));
        out = parsed.success
          ? kb.search(parsed.data.q, { k })
          : { error: `invalid line: ${parsed.error.issues.map((i) => `${i.path.join(".") || "line"}: ${i.message}`).join("; ")}` };
      } catch (e) {
        out = { error: `invalid JSON: ${e instanceof Error ? e.message : String(e)}` };
      }
      process.stdout.write(`${JSON.stringify(out)}\n`);
    }
    return;
  }

  const query = words.join(" ").trim();
  if (!query) fail("No question given.");
  if (command === "explain") {
    const e = kb.explain(query);
    const terms = e.terms.map((t) => (t.stop ? `(${t.fold})` : `${t.fold}:${t.origin}:${t.strength}${t.group ? `#${t.group}` : ""}`));
    const s = e.signals;
    if (e.sectionRef) process.stdout.write(`section reference: ${e.sectionRef} (shown in full; the search below is not used)\n`);
    process.stdout.write(`terms: ${terms.join(" ")}
mode: ${e.mode} (coverage ${s.coverage.toFixed(2)}, margin ${s.margin.toFixed(2)}, known ${s.known.toFixed(2)}${s.inScopeOdds === undefined ? "" : `, people's in-scope log-odds ${s.inScopeOdds.toFixed(1)}`}${s.missingQuantity ? ", asks a number the section does not state" : ""}${s.missingFact ? ", asks a fact the section does not print" : ""})
thresholds: ${JSON.stringify(e.thresholds)}
`);
    for (const r of e.ranked.slice(0, k))
      process.stdout.write(`${r.id}	score ${r.score.toFixed(2)}	coverage ${r.coverage.toFixed(2)}
`);
    return;
  }
  if (values.json) process.stdout.write(`${JSON.stringify(kb.search(query, { k }))}\n`);
  else process.stdout.write(`${kb.answer(query)}\n`);
}

// `kb explain … | head` closes the pipe early: that is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

main().catch((e: unknown) => {
  process.stderr.write(`kb: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
