// `npm run bench:kb [-- --file q.jsonl] [--misses]`: this project against two baselines over the
// same sections, in one table: top-1/top-3 (in-scope only), out-of-scope refused, in-scope wrongly
// refused, latency, index build time.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import Fuse from "fuse.js";
import MiniSearch from "minisearch";
import { evaluate, percentile, readQuestions, type Engine } from "./evaluate.js";
import { fold } from "../core/text.js";
import { loadKnowledgeBase, type Section } from "./index.js";

const { values } = parseArgs({
  options: { file: { type: "string" }, misses: { type: "boolean" }, passes: { type: "string" }, "build-only": { type: "boolean" } },
});
// A child of this benchmark: one cold build in a fresh process, its milliseconds on stdout.
if (values["build-only"]) {
  const t0 = performance.now();
  loadKnowledgeBase();
  process.stdout.write(`${(performance.now() - t0).toFixed(1)}\n`);
  process.exit(0);
}
const PASSES = Math.max(1, Number(values.passes ?? 5) || 5);
/** Cold builds measured in fresh processes: one cold build swings by ±40 ms on a shared VM. */
const BUILD_SAMPLES = 5;
/** Issue 9's budget: a question answered in under 5 ms (p99), the index built in under 200 ms. */
const P99_BUDGET_MS = 5;
const BUILD_BUDGET_MS = 200;
// The shared dev file when this is the team's checkout; in a clone without ../shared, the project's
// own held-out file (issue 10: the README's command must not crash there).
const SHARED_DEV = process.env.KB_SHARED_EVAL ?? fileURLToPath(new URL("../../shared/eval/qa-dev.jsonl", import.meta.url));
const OWN_HELDOUT = fileURLToPath(new URL("../test/knowledge/qa-people-heldout1.jsonl", import.meta.url));
const file = values.file ? resolve(values.file) : existsSync(SHARED_DEV) ? SHARED_DEV : OWN_HELDOUT;
if (!existsSync(file)) {
  console.error(`bench:kb: no question file at ${file}`);
  process.exit(2);
}
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
    refuses: "coverage, margin, known words",
    buildMs: kbMs,
    ask: (q) => {
      const r = kb.search(q, { k: 3 });
      return { ids: r.results.map((x) => x.id), answerable: r.answerable, mode: r.mode };
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
    ask: (q) => ({
      ids: mini
        .search(q)
        .slice(0, 3)
        .map((r) => String(r.id)),
      answerable: true,
    }),
  },
];

for (const e of engines) e.ask("thành viên đoàn");
const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : "-");
/** Share of answer / suggest / refuse, e.g. "80/15/5". */
const shares = (modes: Record<string, number>, d: number): string =>
  d ? ["answer", "suggest", "refuse"].map((k) => Math.round((100 * (modes[k] ?? 0)) / d)).join("/") : "-";
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
      "in-scope a/s/r": shares(m.inScopeModes, m.inScope),
      "oos a/s/r": shares(m.outOfScopeModes, m.outOfScope),
      "p50 ms": percentile(m.times, 50).toFixed(2),
      "p99 ms": percentile(m.times, 99).toFixed(2),
      "build ms": e.buildMs.toFixed(1),
    },
    misses: m.misses,
  };
});

console.log(`Question file: ${file} (${questions.length} questions); ms per query = median of ${PASSES} runs (first cold)`);
console.log('a/s/r = % answered / suggested ("Có thể đồng chí muốn hỏi") / refused; baselines never refuse.');
console.table(rows.map((r) => r.row));
// Timing belongs here, not in the unit tests: a shared CI machine makes a timing assertion flaky.
const own = rows[0]?.row;
if (own) {
  const builds = Array.from({ length: BUILD_SAMPLES }, () =>
    Number(
      spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--build-only"], {
        encoding: "utf8",
      }).stdout.trim(),
    ),
  )
    .filter((ms) => Number.isFinite(ms) && ms > 0)
    .sort((a, b) => a - b);
  const build = builds[Math.floor(builds.length / 2)] ?? Number(own["build ms"]);
  console.log(
    `Cold builds in ${builds.length} fresh processes: ${builds.map((ms) => ms.toFixed(0)).join(", ")} ms (median ${build.toFixed(1)})`,
  );
  const ok = Number(own["p99 ms"]) < P99_BUDGET_MS && build < BUILD_BUDGET_MS;
  console.log(
    `Budget (p99 < ${P99_BUDGET_MS} ms, build < ${BUILD_BUDGET_MS} ms): ${ok ? "met" : "NOT met"} (p99 ${own["p99 ms"]} ms, build ${build.toFixed(1)} ms median of fresh processes; load average ${loadavg()[0]?.toFixed(1)})`,
  );
}
if (values.misses) console.log(["Misses of this project:", ...(rows[0]?.misses ?? []).map((m) => `  ${m}`)].join("\n"));
