import type { Answers, DialogDefinition, DialogStep } from "./types.js";

// Answers a dialog can start with, taken from what the person already said (a situation told in a
// question). Only choice steps are prefilled, by choice id, and only where the id names exactly one
// option of one step: anything else is left for the dialog to ask.

/** Where the engine finds prefilled choice ids in a dialog's start context. */
export const PREFILL_KEY = "prefill";

/** Choice ids as the start context carries them (a space-separated list). */
export function encodePrefill(ids: readonly string[]): string {
  return ids.join(" ");
}

/** The answers these choice ids settle in `def`; unknown or ambiguous ids are dropped. */
export function prefillAnswers(def: DialogDefinition, encoded: string | undefined): { answers: Answers; steps: DialogStep[] } {
  const answers: Answers = {};
  const steps: DialogStep[] = [];
  for (const id of (encoded ?? "").split(/\s+/).filter(Boolean)) {
    const hits = def.steps.flatMap((s) => (s.choices ?? []).filter((c) => c.id === id).map((c) => ({ step: s, value: c.value ?? c.id })));
    if (hits.length !== 1) continue;
    const { step, value } = hits[0]!;
    if (step.key in answers) continue;
    answers[step.key] = value;
    steps.push(step);
  }
  return { answers, steps };
}
