import { formatCount } from "../../core/display.js";
import { vi } from "../texts/vi.js";
import type { Answers, DialogDefinition, DialogStep } from "./types.js";

// How a stored answer reads, the same in the declarant's summary, the committee's view and the
// export: the step's own formatting first (it knows that null means "không rõ" for an amount),
// then a skipped field, a choice's label, and plain values.

function formatRaw(v: unknown): string {
  if (v === null || v === undefined || v === "") return vi.dialog.skipped;
  if (typeof v === "boolean") return v ? vi.dialog.yes : vi.dialog.no;
  if (typeof v === "number") return Number.isInteger(v) ? formatCount(v) : v.toLocaleString("vi-VN");
  if (Array.isArray(v)) return v.map(formatRaw).join(", ");
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

/** One answer as a person reads it; `step` is undefined for a key the dialog no longer knows. */
export function formatAnswer(step: DialogStep | undefined, value: unknown): string {
  if (step?.format) return step.format(value);
  const choice = value === null || value === undefined ? undefined : step?.choices?.find((c) => (c.value ?? c.id) === value);
  return choice ? choice.label : formatRaw(value);
}

/** Who reads the answers: the declarant is "đồng chí"; the committee (view, export) reads about them. */
export type Reader = "declarant" | "committee";

/** A step's label for this reader. */
export function labelFor(step: DialogStep, reader: Reader): string {
  return reader === "committee" ? (step.reviewLabel ?? step.label) : step.label;
}

/**
 * "• Label: value" lines of stored answers in the dialog's order, then any key the dialog does not
 * know (an older version's field) under its key. `def` is undefined for an unknown dialog. The
 * committee's wording by default (view and export).
 */
export function answerLines(def: DialogDefinition | undefined, answers: Answers, reader: Reader = "committee"): string[] {
  const steps = def?.steps ?? [];
  const byKey = new Map(steps.map((s) => [s.key, s]));
  const keys = [...steps.map((s) => s.key).filter((k) => k in answers), ...Object.keys(answers).filter((k) => !byKey.has(k))];
  return keys.map((k) => {
    const step = byKey.get(k);
    return `• ${step ? labelFor(step, reader) : k}: ${formatAnswer(step, answers[k])}`;
  });
}

/**
 * The stored answers for machine readers, with each step's `unknownFlag` set beside a null that
 * means "không rõ" (the value itself stays null: there is no number to give).
 */
export function answersWithFlags(def: DialogDefinition | undefined, answers: Answers): Answers {
  const out: Answers = { ...answers };
  for (const step of def?.steps ?? []) {
    if (step.unknownFlag && step.key in answers && answers[step.key] === null) out[step.unknownFlag] = true;
  }
  return out;
}
