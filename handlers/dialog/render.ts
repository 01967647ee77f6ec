import type { ChoiceOption, Reply } from "../../core/types.js";
import type { Ctx } from "../context.js";
import type { ChoiceLike } from "../parse/choice.js";
import { vi } from "../texts/vi.js";
import { formatAnswer } from "./answer-format.js";
import type { DialogState } from "./state.js";
import { applicableSteps, progressTotal, stepEnv } from "./steps.js";
import type { Answers, DialogDefinition } from "./types.js";

// What is on screen for a draft: the current step with its progress and hints, the summary, the
// field picker, or the "continue or cancel?" offer, and the buttons each one carries.

/** Buttons of the "a draft is in progress" offer. */
export const CONTINUE_ID = "dialog:continue";
export const CANCEL_ID = "dialog:cancel";

/** The current question of a draft, with its buttons. */
export function renderCurrent(ctx: Ctx, def: DialogDefinition, state: DialogState): Reply {
  if (state.offer) return offerReply(def, state);
  const at = state.at;
  if (at.kind === "summary") {
    return { text: [vi.dialog.summaryTitle, summaryLines(def, state.answers), "", vi.dialog.summaryHint].join("\n"), choices: summaryChoices(def) };
  }
  if (at.kind === "pickField") return { text: vi.dialog.pickField, choices: pickFieldChoices(def, state) };
  const steps = applicableSteps(def, state.answers);
  const index = steps.findIndex((s) => s.key === at.key);
  const step = steps[index];
  if (!step) return { text: vi.dialog.summaryTitle, choices: summaryChoices(def) };
  const prompt = typeof step.prompt === "string" ? step.prompt : step.prompt(stepEnv(ctx, state));
  const total = progressTotal(def, state.answers);
  // A one-question dialog (a reviewer's reason) needs neither "Bước 1/1" nor a way back.
  const lines = [total > 1 ? `${vi.dialog.progress(index + 1, total)}. ${prompt}` : prompt];
  if (step.example) lines.push(vi.dialog.example(step.example));
  if (step.choices) lines.push(vi.dialog.chooseHint);
  else if (step.optional) lines.push(vi.dialog.optionalHint);
  lines.push(at.fromSummary ? vi.dialog.editNavHint : total > 1 ? vi.dialog.navHint : vi.dialog.stopHint);
  const reply: Reply = { text: lines.join("\n") };
  if (step.choices) reply.choices = step.choices.map((c) => ({ id: `${step.key}:${c.id}`, label: c.label }));
  return reply;
}

/** The "a draft is in progress: continue or cancel?" question, saying where the draft stands. */
export function offerReply(def: DialogDefinition, state: DialogState): Reply {
  const at = state.at;
  let where: string = vi.dialog.atSummary;
  if (at.kind === "step") {
    const steps = applicableSteps(def, state.answers);
    where = vi.dialog.progress(Math.max(1, steps.findIndex((s) => s.key === at.key) + 1), progressTotal(def, state.answers));
  }
  return { text: vi.dialog.inProgress(def.title, where), choices: offerChoices() };
}

/** The two buttons of that question. */
export function offerChoices(): ChoiceOption[] & ChoiceLike[] {
  return [
    { id: CONTINUE_ID, label: vi.dialog.continueLabel },
    { id: CANCEL_ID, label: vi.dialog.cancelDraftLabel },
  ];
}

/** The summary's buttons: confirm, edit a field, cancel (with the words that pick them when typed). */
export function summaryChoices(def: DialogDefinition): (ChoiceOption & ChoiceLike)[] {
  return [
    { id: `${def.id}:confirm`, label: vi.dialog.confirmLabel, aliases: ["xac nhan", "gui", "dong y", "ok", "dung", "dung roi", "co"] },
    { id: `${def.id}:edit`, label: vi.dialog.editLabel, aliases: ["sua", "chinh sua", "thay doi"] },
    { id: `${def.id}:cancel`, label: vi.dialog.cancelLabel, aliases: ["khong gui"] },
  ];
}

/** One button per answered field, to edit it, and one back to the summary. */
export function pickFieldChoices(def: DialogDefinition, state: DialogState): (ChoiceOption & ChoiceLike)[] {
  return [
    ...applicableSteps(def, state.answers).map((s) => ({ id: `${def.id}:edit:${s.key}`, label: s.label })),
    { id: `${def.id}:summary`, label: vi.dialog.backToSummaryLabel },
  ];
}

/** The buttons a press may legitimately come from right now. */
export function currentOptions(ctx: Ctx, def: DialogDefinition, state: DialogState): ChoiceOption[] {
  return renderCurrent(ctx, def, state).choices ?? [];
}

function summaryLines(def: DialogDefinition, answers: Answers): string {
  return applicableSteps(def, answers)
    // Bullets, not numbers: on Zalo and the terminal the choices below are numbered, and "1"
    // must not read as both a field and "confirm".
    .map((s) => `• ${s.label}: ${formatAnswer(s, answers[s.key])}`)
    .join("\n");
}

/** A typed text quoted back, cut short. */
export function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
