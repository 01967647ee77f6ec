// `npm run bench:kb [-- --file q.jsonl] [--misses]`: this project against two baselines over the
// same sections, in one table: top-1/top-3 (in-scope only), out-of-scope refused, in-scope wrongly
// refused, latency, index build time.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import Fuse from "fuse.js";
import MiniSearch from "minisearch";
import { evaluate, percentile, readQuestions, type Engine } from "./evaluate.js";
import { fold } from "../core/text.js";
import { loadKnowledgeBase, type Section } from "./index.js";

const PASSES = 5;
const { values } = parseArgs({ options: { file: { type: "string" }, misses: { type: "boolean" } } });
const file = resolve(values.file ?? "../shared/eval/qa-dev.jsonl");
const questions = readQuestions(file);

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const v = f();
  return [v, performance.now() - t0];
}

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

const engines: (Engine & { name: string; refuses: string; buildMs: number })[] = [
  {
    name: "this project",
    refuses: "IDF coverage < threshold",
    buildMs: kbMs,
    ask: (q) => {
      const r = kb.search(q, { k: 3 });
      return { ids: r.results.map((x) => x.id), answerable: r.answerable };
    },
  },
  {
    name: "fuse.js (title, text)",
    refuses: "never",
    buildMs: fuseMs,
    ask: (q) => ({ ids: fuse.search(q, { limit: 3 }).map((r) => r.item.id), answerable: true }),
  },
  {
    name: "MiniSearch BM25, folded",
    refuses: "never",
    buildMs: miniMs,
    ask: (q) => ({ ids: mini.search(q).slice(0, 3).map((r) => String(r.id)), answerable: true }),
  },
];

for (const e of engines) e.ask("thành viên đoàn");
const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : "-");
const rows = engines.map((e) => {
  const m = evaluate(e, questions, PASSES);
  return {
    row: {
      engine: e.name,
      refuses: e.refuses,
      "top-1": pct(m.top1, m.inScope),
      "top-3": pct(m.top3, m.inScope),
      "oos refused": `${pct(m.outOfScopeRefused, m.outOfScope)} (${m.outOfScopeRefused}/${m.outOfScope})`,
      "in-scope refused": `${pct(m.wronglyRefused, m.inScope)} (${m.wronglyRefused}/${m.inScope})`,
      "p50 ms": percentile(m.times, 50).toFixed(2),
      "p99 ms": percentile(m.times, 99).toFixed(2),
      "build ms": e.buildMs.toFixed(1),
    },
    misses: m.misses,
  };
});

console.log(`${file}: ${questions.length} questions; ms per query = median of ${PASSES} runs (first cold)`);
console.table(rows.map((r) => r.row));
if (values.misses) console.log(["Misses of this project:", ...(rows[0]?.misses ?? []).map((m) => `  ${m}`)].join("\n"));
