import { getDialog } from "../dialog/registry.js";
import type { DialogStep } from "../dialog/types.js";
import { vi } from "../texts/vi.js";

// How a declaration's stored answers read in the committee's view and export: one line per
// answer, with the declaration dialog's own label and formatting (the dialog's id is the
// submission's kind: "conflict", "gift"). An answer whose step is unknown shows its key.

function formatRaw(v: unknown): string {
  if (v === null || v === undefined || v === "") return vi.dialog.skipped;
  if (typeof v === "boolean") return v ? vi.dialog.yes : vi.dialog.no;
  if (typeof v === "number") return v.toLocaleString("vi-VN");
  if (Array.isArray(v)) return v.map(formatRaw).join(", ");
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

function formatAnswer(step: DialogStep | undefined, v: unknown): string {
  if (v === null || v === undefined) return vi.dialog.skipped;
  if (step?.format) return step.format(v);
  const choice = step?.choices?.find((c) => (c.value ?? c.id) === v);
  return choice ? choice.label : formatRaw(v);
}

export function answerLines(kind: string, answers: Record<string, unknown>): string[] {
  const steps = getDialog(kind)?.steps ?? [];
  const byKey = new Map(steps.map((s) => [s.key, s]));
  // The dialog's order first, then anything it does not know.
  const keys = [...steps.map((s) => s.key).filter((k) => k in answers), ...Object.keys(answers).filter((k) => !byKey.has(k))];
  return keys.map((k) => `• ${byKey.get(k)?.label ?? k}: ${formatAnswer(byKey.get(k), answers[k])}`);
}
