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
 */
export function progressTotal(def: DialogDefinition, answers: Answers): number {
  const longest = (a: Answers): number => {
    const steps = applicableSteps(def, a);
    const open = steps.find((s) => s.choices && !(s.key in a));
    if (!open) return steps.length;
    return Math.max(...open.choices!.map((c) => longest({ ...a, [open.key]: c.value ?? c.id })));
  };
  return longest(answers);
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
