// Scores a search engine on a question file: shared by the benchmark and the quality test so
// both count exactly the same way.
import { readFileSync } from "node:fs";
import { z } from "zod";

export const Question = z.object({
  q: z.string(),
  ids: z.array(z.string()),
  kind: z.string(),
});
export type Question = z.infer<typeof Question>;

export type Mode = "answer" | "suggest" | "refuse";
export interface Engine {
  /** `mode` absent: the engine knows only answering (answerable) and refusing. */
  ask(q: string): { ids: string[]; answerable: boolean; mode?: Mode };
}

export interface Metrics {
  inScope: number;
  top1: number;
  top3: number;
  outOfScope: number;
  outOfScopeRefused: number;
  wronglyRefused: number;
  /** How many questions got each mode, in scope and out of scope. */
  inScopeModes: Record<Mode, number>;
  outOfScopeModes: Record<Mode, number>;
  /** Per-question latency (median of `passes` runs), ascending. */
  times: number[];
  misses: string[];
}

export function readQuestions(file: string): Question[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => Question.parse(JSON.parse(l)));
}

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const v = f();
  return [v, performance.now() - t0];
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

/** Top-k counts only in-scope questions; out-of-scope ones count as refused or not. */
export function evaluate(engine: Engine, questions: readonly Question[], passes = 1): Metrics {
  const m: Metrics = {
    inScope: 0,
    top1: 0,
    top3: 0,
    outOfScope: 0,
    outOfScopeRefused: 0,
    wronglyRefused: 0,
    inScopeModes: { answer: 0, suggest: 0, refuse: 0 },
    outOfScopeModes: { answer: 0, suggest: 0, refuse: 0 },
    times: [],
    misses: [],
  };
  for (const q of questions) {
    // The median of several runs (the first is cold: typo caches empty), so one scheduler hiccup
    // on a shared machine does not become the p99.
    const [r, first] = timed(() => engine.ask(q.q));
    const runs = [first];
    for (let pass = 1; pass < passes; pass++) runs.push(timed(() => engine.ask(q.q))[1]);
    m.times.push(runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? first);
    const mode: Mode = r.mode ?? (r.answerable ? "answer" : "refuse");
    if (q.ids.length === 0) {
      m.outOfScope++;
      m.outOfScopeModes[mode]++;
      if (mode === "refuse") m.outOfScopeRefused++;
      else m.misses.push(`${mode === "answer" ? "answered" : "suggested"} out-of-scope: ${q.q} → ${r.ids[0] ?? "-"}`);
      continue;
    }
    m.inScope++;
    m.inScopeModes[mode]++;
    if (q.ids.includes(r.ids[0] ?? "")) m.top1++;
    else m.misses.push(`top-1 miss [${q.kind}] ${q.q} → ${r.ids.join(", ")} (want ${q.ids.join("|")})`);
    if (r.ids.slice(0, 3).some((id) => q.ids.includes(id))) m.top3++;
    if (mode === "refuse") {
      m.wronglyRefused++;
      m.misses.push(`wrongly refused [${q.kind}] ${q.q}`);
    }
  }
  m.times.sort((a, b) => a - b);
  return m;
}
