import type { Ctx } from "../context.js";
import type { DialogState } from "./state.js";
import type { Answers, DialogDefinition, DialogStep, StepEnv } from "./types.js";

// Which steps apply given the answers so far, and what follows from that: the progress count,
// answers to drop when an earlier choice changes, and the next step to ask.

/** What a step's prompt, schema and condition may look at. */
export function stepEnv(ctx: Ctx, state: DialogState): StepEnv {
  return { now: ctx.now, answers: state.answers, context: state.context };
}

/** The steps whose condition holds for these answers, in order. */
export function applicableSteps(def: DialogDefinition, answers: Answers): DialogStep[] {
  return def.steps.filter((s) => !s.when || s.when(answers));
}

/**
 * The step count shown in "Bước i/n": the longest path still possible over every remaining choice,
 * so the total only ever shrinks as answers come in (6 → 8 would feel like a trap).
 * The walk visits every combination of the remaining choices (60 for a conflict of interest) at
 * each prompt, a few per cent of a declaration's CPU under load (bench:load profile), so it is
 * kept per dialog for each set of choice answers: `when` reads only those (DialogStep.when).
 */
export function progressTotal(def: DialogDefinition, answers: Answers): number {
  let known = totals.get(def);
  if (!known) totals.set(def, (known = new Map()));
  // [value] for an answered choice (null when skipped), 0 for the rest.
  const key = JSON.stringify(def.steps.map((s) => (s.choices && s.key in answers ? [answers[s.key]] : 0)));
  let total = known.get(key);
  if (total === undefined) {
    total = longestPath(def, answers);
    // Bounded by the product of the choices' sizes; the guard is for a dialog with many of them.
    if (known.size >= MAX_TOTALS_PER_DIALOG) known.clear();
    known.set(key, total);
  }
  return total;
}

const totals = new WeakMap<DialogDefinition, Map<string, number>>();
const MAX_TOTALS_PER_DIALOG = 1000;

function longestPath(def: DialogDefinition, a: Answers): number {
  const steps = applicableSteps(def, a);
  const open = steps.find((s) => s.choices && !(s.key in a));
  if (!open) return steps.length;
  return Math.max(...open.choices!.map((c) => longestPath(def, { ...a, [open.key]: c.value ?? c.id })));
}

/** Drops answers of steps that no longer apply (an earlier choice changed). */
export function prune(def: DialogDefinition, answers: Answers): Answers {
  let current = answers;
  // Dropping one answer can make another step inapplicable in turn; a few passes settle it.
  for (let pass = 0; pass < def.steps.length; pass++) {
    const keys = new Set(applicableSteps(def, current).map((s) => s.key));
    const next = Object.fromEntries(Object.entries(current).filter(([k]) => keys.has(k)));
    if (Object.keys(next).length === Object.keys(current).length) return next;
    current = next;
  }
  return current;
}

/** The first applicable step still unanswered, or the summary. */
export function firstMissingOrSummary(def: DialogDefinition, answers: Answers, fromSummary: boolean): DialogState["at"] {
  const missing = applicableSteps(def, answers).find((s) => !(s.key in answers));
  return missing ? { kind: "step", key: missing.key, fromSummary } : { kind: "summary" };
}

/** The stored answer of a step's option. */
export function choiceValue(step: DialogStep, index: number): unknown {
  const c = step.choices![index]!;
  return c.value ?? c.id;
}
