// How a declaration's stored answers read in the committee's view: each answer on one line with
// its Vietnamese label. Labels come from the declaration dialogs when they are registered with
// setAnswerLabels(); a key without a label is shown as written.

type Labeler = (kind: string, key: string) => string | undefined;

let labeler: Labeler = () => undefined;

export function setAnswerLabels(fn: Labeler): void {
  labeler = fn;
}

function formatValue(v: unknown): string {
  if (v === null || v === undefined || v === "") return "—";
  if (typeof v === "boolean") return v ? "Có" : "Không";
  if (typeof v === "number") return v.toLocaleString("vi-VN");
  if (Array.isArray(v)) return v.map(formatValue).join(", ");
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

export function answerLines(kind: string, answers: Record<string, unknown>): string[] {
  return Object.entries(answers).map(([key, value]) => `• ${labeler(kind, key) ?? key}: ${formatValue(value)}`);
}
