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
/** Buttons of the "answer or question?" / "stop or a name?" question. */
export const AS_ANSWER_ID = "dialog:asAnswer";
export const AS_QUESTION_ID = "dialog:asQuestion";
export const AS_CANCEL_ID = "dialog:asCancel";

/** The current question of a draft, with its buttons. */
export function renderCurrent(ctx: Ctx, def: DialogDefinition, state: DialogState, opts: { example?: boolean } = {}): Reply {
  if (state.offer) return offerReply(ctx, def, state);
  if (state.pending) return pendingReply(state.pending);
  const at = state.at;
  if (at.kind === "summary") {
    return {
      text: [vi.dialog.summaryTitle, summaryLines(def, state.answers), "", vi.dialog.summaryHint].join("\n"),
      choices: summaryChoices(def),
    };
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
  const example = exampleOf(step, stepEnv(ctx, state));
  // Right after a refusal that already showed it, the example is not repeated.
  if (example && opts.example !== false) lines.push(vi.dialog.example(example));
  // Back at a step already answered ("quay lại", or editing from the summary): what was said.
  if (step.key in state.answers) lines.push(vi.dialog.previousAnswer(formatAnswer(step, state.answers[step.key])));
  if (step.choices) lines.push(vi.dialog.chooseHint);
  else if (step.optional) lines.push(vi.dialog.optionalHint);
  lines.push(at.fromSummary ? vi.dialog.editNavHint : total > 1 ? vi.dialog.navHint : vi.dialog.stopHint);
  const reply: Reply = { text: lines.join("\n") };
  if (step.choices) reply.choices = step.choices.map((c) => ({ id: `${step.key}:${c.id}`, label: c.label }));
  return reply;
}

/** "A draft is in progress: continue or cancel?", naming what cancelling starts when it does. */
export function offerReply(ctx: Ctx, def: DialogDefinition, state: DialogState): Reply {
  const at = state.at;
  let where: string = vi.dialog.atSummary;
  if (at.kind === "step") {
    const steps = applicableSteps(def, state.answers);
    where = vi.dialog.progress(Math.max(1, steps.findIndex((s) => s.key === at.key) + 1), progressTotal(def, state.answers));
  }
  const next = state.next && ctx.dialogs.get(state.next.dialogId);
  const text = vi.dialog.inProgress(def.title, where) + (next ? ` ${vi.dialog.cancelStarts(next.title)}` : "");
  return { text, choices: offerChoices() };
}

/** The two buttons of that question. */
export function offerChoices(): (ChoiceOption & ChoiceLike)[] {
  return [
    { id: CONTINUE_ID, label: vi.dialog.continueLabel, aliases: ["tiep tuc", "lam tiep", "tiep"] },
    { id: CANCEL_ID, label: vi.dialog.cancelDraftLabel, aliases: ["huy", "huy ban dang lam", "bo"] },
  ];
}

/** The question asked once about a message that reads two ways. */
export function pendingReply(pending: NonNullable<DialogState["pending"]>): Reply {
  const quoted = clip(pending.text);
  if (pending.kind === "nameOrCancel") return { text: vi.dialog.nameOrCancel(quoted), choices: pendingChoices(pending) };
  return { text: vi.dialog.answerOrQuestion(quoted), choices: pendingChoices(pending) };
}

export function pendingChoices(pending: NonNullable<DialogState["pending"]>): (ChoiceOption & ChoiceLike)[] {
  if (pending.kind === "nameOrCancel") {
    return [
      { id: AS_CANCEL_ID, label: vi.dialog.stopLabel, aliases: ["dung", "huy", "dung lai"] },
      { id: AS_ANSWER_ID, label: vi.dialog.itIsANameLabel, aliases: ["ten", "la ten", "tra loi"] },
    ];
  }
  return [
    { id: AS_ANSWER_ID, label: vi.dialog.itIsMyAnswerLabel, aliases: ["tra loi", "cau tra loi"] },
    { id: AS_QUESTION_ID, label: vi.dialog.itIsAQuestionLabel, aliases: ["cau hoi", "hoi"] },
  ];
}

/** A step's example for the answers so far. */
export function exampleOf(step: DialogDefinition["steps"][number], env: ReturnType<typeof stepEnv>): string | undefined {
  return typeof step.example === "function" ? step.example(env) : step.example;
}

/** The summary's buttons: confirm, edit a field, cancel (with the words that pick them when typed). */
export function summaryChoices(def: DialogDefinition): (ChoiceOption & ChoiceLike)[] {
  return [
    {
      id: `${def.id}:confirm`,
      label: vi.dialog.confirmLabel,
      // Not "dung" alone: «đừng» and «dừng» fold to it too (the engine takes «đúng» as typed).
      aliases: [
        "xac nhan",
        "gui",
        "dong y",
        "ok",
        "co",
        "gui di",
        "xac nhan gui",
        "dong y gui",
        "gui ngay",
        "co gui",
        "ok gui",
        "gui luon",
        "gui nhe",
        "gui nha",
        "u",
        "uh",
        "u gui",
      ],
      // Sending cannot be undone: "gửi sau", "đừng gửi", "ok để mai" are asked again, never sent.
      exactOnly: true,
    },
    {
      id: `${def.id}:edit`,
      label: vi.dialog.editLabel,
      aliases: ["sua", "chinh sua", "thay doi", "can sua", "sai", "sai roi", "khong dung", "chua dung"],
    },
    // Dropping the draft cannot be undone either: "không" alone is not it.
    { id: `${def.id}:cancel`, label: vi.dialog.cancelLabel, aliases: ["khong gui", "huy ban khai", "bo ban khai"], exactOnly: true },
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
  return (
    applicableSteps(def, answers)
      // "[7]", not "7.": on Zalo and the terminal the choices below are numbered "1.", "2.", and a
      // field is edited by "sửa 7", never by a bare number.
      .map((s, i) => `${vi.dialog.fieldNumber(i + 1)} ${s.label}: ${formatAnswer(s, answers[s.key])}`)
      .join("\n")
  );
}

/** A typed text quoted back, cut short. */
export function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
