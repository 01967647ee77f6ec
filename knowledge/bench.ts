// Measures the search on a question file against two baselines over the same sections, in one
// table: is the first (or one of the first three) result right, are out-of-scope questions refused,
// how many in-scope questions are wrongly refused, and how fast.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import Fuse from "fuse.js";
import MiniSearch from "minisearch";
import { z } from "zod";
import { fold } from "./fold";
import { loadKnowledgeBase, type Section } from "./index";

const Question = z.object({ q: z.string(), ids: z.array(z.string()), kind: z.string() });
type Question = z.infer<typeof Question>;

interface Engine {
  name: string;
  refusal: string;
  buildMs: number;
  ask(q: string): { ids: string[]; answerable: boolean };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const v = f();
  return [v, performance.now() - t0];
}

const PASSES = 5;
const { values } = parseArgs({ options: { file: { type: "string" }, misses: { type: "boolean" } } });
const file = resolve(values.file ?? "../shared/eval/qa-dev.jsonl");
const questions: Question[] = readFileSync(file, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => Question.parse(JSON.parse(l)));

const [kb, kbMs] = timed(() => loadKnowledgeBase());
const sections: Section[] = kb.sections.filter((s) => s.text.trim());

const [fuse, fuseMs] = timed(() => new Fuse(sections, { keys: ["title", "text"], includeScore: true, ignoreLocation: true }));
const [mini, miniMs] = timed(() => {
  const m = new MiniSearch<Section>({
    fields: ["title", "text"],
    storeFields: ["id"],
    processTerm: (t) => fold(t) || null,
    searchOptions: { boost: { title: 2 }, fuzzy: 0.2, prefix: true },
  });
  m.addAll(sections);
  return m;
});

const engines: Engine[] = [
  {
    name: "this project",
    refusal: "coverage",
    buildMs: kbMs,
    ask: (q) => {
      const r = kb.search(q, { k: 3 });
      return { ids: r.results.map((x) => x.id), answerable: r.answerable };
    },
  },
  {
    name: "fuse.js (title, text)",
    refusal: "never",
    buildMs: fuseMs,
    ask: (q) => ({ ids: fuse.search(q, { limit: 3 }).map((r) => r.item.id), answerable: true }),
  },
  {
    name: "MiniSearch BM25, folded",
    refusal: "never",
    buildMs: miniMs,
    ask: (q) => ({ ids: mini.search(q).slice(0, 3).map((r) => String(r.id)), answerable: true }),
  },
];

// Warm up once so the first query does not carry module JIT time.
for (const e of engines) e.ask("thành viên đoàn");

const rows = engines.map((e) => {
  let top1 = 0;
  let top3 = 0;
  let inScope = 0;
  let oos = 0;
  let oosRefused = 0;
  let wronglyRefused = 0;
  const times: number[] = [];
  const misses: string[] = [];
  for (const q of questions) {
    // A question's latency is the median of PASSES runs (the first is cold: typo caches empty), so
    // one scheduler hiccup on a shared two-core machine does not become the p99.
    const [r, first] = timed(() => e.ask(q.q));
    const runs = [first];
    for (let pass = 1; pass < PASSES; pass++) runs.push(timed(() => e.ask(q.q))[1]);
    times.push(runs.sort((a, b) => a - b)[Math.floor(PASSES / 2)] ?? first);
    if (q.ids.length === 0) {
      oos++;
      if (!r.answerable) oosRefused++;
      else misses.push(`  answered out-of-scope: ${q.q} → ${r.ids[0] ?? "-"}`);
      continue;
    }
    inScope++;
    if (q.ids.includes(r.ids[0] ?? "")) top1++;
    else misses.push(`  top-1 miss [${q.kind}] ${q.q} → ${r.ids.join(", ")} (want ${q.ids.join("|")})`);
    if (r.ids.some((id) => q.ids.includes(id))) top3++;
    if (!r.answerable) {
      wronglyRefused++;
      misses.push(`  wrongly refused [${q.kind}] ${q.q}`);
    }
  }
  times.sort((a, b) => a - b);
  const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : "-");
  return {
    engine: e.name,
    refuses: e.refusal,
    "top-1": pct(top1, inScope),
    "top-3": pct(top3, inScope),
    "oos refused": `${pct(oosRefused, oos)} (${oosRefused}/${oos})`,
    "in-scope refused": `${pct(wronglyRefused, inScope)} (${wronglyRefused})`,
    "p50 ms": percentile(times, 50).toFixed(2),
    "p99 ms": percentile(times, 99).toFixed(2),
    "build ms": e.buildMs.toFixed(1),
    misses,
  };
});

console.log(`${file}: ${questions.length} questions; latency = median of ${PASSES} runs per question (first cold); top-k excludes out-of-scope`);
console.table(rows.map(({ misses: _misses, ...r }) => r));
const verbose = values.misses === true;
if (verbose) console.log(["Misses of this project:", ...(rows[0]?.misses ?? [])].join("\n"));
