/**
 * The dialog engine: one engine runs every dialog written as data (handlers/dialog/types.ts).
 *
 * API for other features:
 *   createDialogRegistry(defs)          handlers/dialog/registry: built once in the composition root
 *                                       (handlers/app.ts); the id is stored with the draft so it resumes
 *                                       after a restart.
 *   startDialog(ctx, dialogId, context?) → Reply[]  intro + first step; if another dialog is in
 *                                       progress, offers to continue it or cancel it instead (and
 *                                       cancelling it starts the one asked for).
 *   draftReminder(ctx)                  /start, /cua_toi: the same offer for a draft left half-way.
 *   continueActiveDialog(ctx)           router: feeds the person's input to their active dialog;
 *                                       undefined when there is none (or for a command other than
 *                                       /quaylai, which then runs as usual).
 *   cancelActiveDialog(ctx)             router's /huy: the cancel notice, or undefined when nothing was active.
 *
 * A DialogDefinition has ordered steps {key, label, prompt, example?, choices?, schema, optional?,
 * when?, format?, maxLength?}, a title, an optional intro, `confirm` (default true: summary with
 * confirm / edit a field / cancel) and onComplete(ctx, answers, context): Reply[], which runs in
 * the update's transaction after the draft is deleted. Answers hold only applicable steps; a
 * choice is stored as its value ?? id. The schema receives the trimmed text or the choice value,
 * and its first issue message is shown to the person (write it in Vietnamese).
 *
 * Button ids: `${step.key}:${choice.id}` for step options; `${dialog.id}:confirm|edit|cancel|summary`
 * and `${dialog.id}:edit:${step.key}` at the summary; `dialog:continue|cancel` for the offer;
 * `dialog:asAnswer|asQuestion|asCancel` for a message that reads two ways. A button that is not
 * among the current ones is refused as stale, never acted on.
 *
 * Anywhere in a dialog: "hủy" cancels (a capitalised "Hủy"/"Huy" at a free-text step is asked
 * about: it may be a name), "quay lại"/"/quaylai"/"back" goes back one step and shows the answer
 * given before ("giữ nguyên" keeps it), a question (with or without "?", question.ts) is answered
 * from the knowledge base and the same step asked again; a message that may be either an answer
 * or a question is asked about once. At the summary, fields are numbered "[n]" and "sửa n" or
 * "sửa <tên mục>" opens one. Non-text and empty or over-long answers are refused. The draft is
 * saved (encrypted) after every input; one untouched for DRAFT_TTL_DAYS is dropped with a notice
 * at the person's next message.
 */
import { parseCommand } from "../command.js";
import type { Ctx } from "../context.js";
import { findChoiceIn, matchChoice } from "../parse/choice.js";
import { formatCount } from "../../core/display.js";
import { wordKey } from "../../core/text.js";
import { vi } from "../texts/vi.js";
import type { Reply } from "../../core/types.js";
import { looksLikeQuestion, questionOf, readFreeText } from "./question.js";
import { BACK_WORDS, CANCEL_WORDS, KEEP_WORDS, SKIP_WORDS } from "./input-words.js";
import {
  AS_CANCEL_ID,
  AS_QUESTION_ID,
  CANCEL_ID,
  CONTINUE_ID,
  clip,
  currentOptions,
  exampleOf,
  offerChoices,
  offerReply,
  pendingChoices,
  pickFieldChoices,
  renderCurrent,
  summaryChoices,
} from "./render.js";
import { DRAFT_TTL_DAYS, dropState, loadActive, saveState, type DialogState } from "./state.js";
import { applicableSteps, choiceValue, firstMissingOrSummary, prune, stepEnv } from "./steps.js";
import type { DialogContext, DialogDefinition, DialogStep } from "./types.js";
import { formatAnswer } from "./answer-format.js";
import { PREFILL_KEY, prefillAnswers } from "./prefill.js";

export { createDialogRegistry, type DialogRegistry } from "./registry.js";
export type { Answers, DialogChoice, DialogContext, DialogDefinition, DialogStep, StepEnv } from "./types.js";
export { applicableSteps, progressTotal } from "./steps.js";
export { CANCEL_ID, CONTINUE_ID } from "./render.js";
export { DRAFT_TTL_DAYS } from "./state.js";

/** The longest typed answer a step takes unless it sets its own maxLength. */
export const MAX_STEP_ANSWER_CHARS = 1000;

// ── public entry points ──────────────────────────────────────────────────

/** Starts a dialog for the person: its intro and first step. If another draft is in progress it offers to continue or cancel that one instead, and starts nothing. Call inside the update's transaction. */
export function startDialog(ctx: Ctx, dialogId: string, context: DialogContext = {}): Reply[] {
  const def = ctx.dialogs.get(dialogId);
  if (!def) throw new Error(`unknown dialog: ${dialogId}`);
  const active = loadActive(ctx);
  if ((active.kind === "active" || active.kind === "otherChat") && !untouchedSame(active.def, active.state, def, context)) {
    // Remember what was asked for: cancelling the draft starts it.
    const state: DialogState = {
      ...active.state,
      chatId: ctx.incoming.chatId,
      offer: true,
      pending: undefined,
      next: { dialogId, context },
    };
    saveState(ctx, active.def, state);
    return [offerReply(ctx, active.def, state)];
  }
  const notice: Reply[] = [];
  if (active.kind === "expired") {
    dropState(ctx);
    notice.push({ text: vi.dialog.expired(active.def.title, DRAFT_TTL_DAYS) });
  }
  return [...notice, ...begin(ctx, def, context)];
}

/** The same dialog, started again before anything was answered: simply start over. */
function untouchedSame(activeDef: DialogDefinition, state: DialogState, def: DialogDefinition, context: DialogContext): boolean {
  return activeDef.id === def.id && Object.keys(state.answers).length === 0 && JSON.stringify(state.context) === JSON.stringify(context);
}

/**
 * A fresh draft: the intro, then the first step still to answer. Choices the person already told
 * (context[PREFILL_KEY], see prefill.ts) are filled in and listed, to be checked at the summary.
 */
/** Where a draft keeps the keys of the steps its start filled in (space-separated). */
const PREFILLED_STEPS = "prefilledSteps";

function begin(ctx: Ctx, def: DialogDefinition, startContext: DialogContext): Reply[] {
  const { [PREFILL_KEY]: encoded, ...context } = startContext;
  const prefilled = prefillAnswers(def, encoded);
  const answers = prune(def, prefilled.answers);
  const steps = prefilled.steps.filter((s) => s.key in answers);
  const at = firstMissingOrSummary(def, answers, false);
  // Remembered so that moving forward skips them (recordAnswer); they are checked at the summary.
  const kept: DialogContext = steps.length ? { [PREFILLED_STEPS]: steps.map((s) => s.key).join(" ") } : {};
  const state: DialogState = { v: 1, chatId: ctx.incoming.chatId, context: { ...context, ...kept }, answers, at };
  saveState(ctx, def, state);
  const intro = def.intro === undefined ? [] : [{ text: typeof def.intro === "string" ? def.intro : def.intro(stepEnv(ctx, state)) }];
  const filled = steps.length ? [{ text: vi.dialog.prefilled(steps.map((s) => `${s.label}: ${formatAnswer(s, answers[s.key])}`)) }] : [];
  return [...intro, ...filled, renderCurrent(ctx, def, state)];
}

/**
 * A reminder of the person's unfinished draft in this chat, with "continue" / "cancel" buttons
 * (for /start and /cua_toi); undefined when there is none.
 */
export function draftReminder(ctx: Ctx): Reply | undefined {
  const active = loadActive(ctx);
  if (active.kind !== "active") return undefined;
  const state: DialogState = { ...active.state, offer: true, pending: undefined, next: undefined };
  saveState(ctx, active.def, state);
  return offerReply(ctx, active.def, state);
}

/** Feeds this update to the person's active dialog and returns the replies, or undefined when there is none (or for a command the dialog does not own), so the router routes it as usual. */
export function continueActiveDialog(ctx: Ctx): Reply[] | undefined {
  const active = loadActive(ctx);
  switch (active.kind) {
    case "none":
      return staleOutsideDialog(ctx);
    case "otherChat":
      // Dialogs are answered where they were started (a private chat); elsewhere, routing as usual.
      return undefined;
    case "expired":
      dropState(ctx);
      return [{ text: vi.dialog.expired(active.def.title, DRAFT_TTL_DAYS) }, ...ctx.routeAsUsual(ctx)];
    case "active":
      return turn(ctx, active.def, active.state);
  }
}

/** Cancels the person's active dialog (the draft is deleted) and returns the notice; undefined when nothing was active. */
export function cancelActiveDialog(ctx: Ctx): Reply[] | undefined {
  const active = loadActive(ctx);
  if (active.kind === "none" || active.kind === "otherChat") return undefined;
  if (active.kind === "expired") {
    dropState(ctx);
    return undefined;
  }
  return cancel(ctx, active.def);
}

/** True for an id that some dialog's buttons use: pressed outside its moment, it is stale. */
export function isDialogButton(ctx: Ctx, id: string): boolean {
  if (id.startsWith("dialog:")) return true;
  return ctx.dialogs
    .all()
    .some((def) => id.startsWith(`${def.id}:`) || def.steps.some((s) => (s.choices ?? []).some((c) => `${s.key}:${c.id}` === id)));
}

// ── one input ────────────────────────────────────────────────────────────

function turn(ctx: Ctx, def: DialogDefinition, state: DialogState): Reply[] | undefined {
  const inc = ctx.incoming;
  if (state.pending) return settlePending(ctx, def, state, state.pending);
  if (inc.choice !== undefined) {
    if (inc.choice === CONTINUE_ID && state.offer) return saveAndAsk(ctx, def, { ...state, offer: false, next: undefined }, []);
    if (inc.choice === CANCEL_ID && state.offer) return cancel(ctx, def, state);
    const buttons = currentOptions(ctx, def, state);
    const index = buttons.findIndex((b) => b.id === inc.choice);
    if (index < 0 || state.offer)
      return saveAndAsk(ctx, def, { ...state, offer: false, next: undefined }, [{ text: vi.dialog.staleButtonAsk }]);
    return act(ctx, def, state, { kind: "option", index });
  }

  const text = (inc.text ?? "").trim();
  if (!text) return saveAndAsk(ctx, def, state, [{ text: inc.nonText ? vi.dialog.nonText : vi.dialog.empty }]);
  const cmd = parseCommand(text);
  if (cmd) {
    if (cmd.name === "quaylai") return back(ctx, def, { ...state, offer: false, next: undefined });
    if (cmd.name === "huy") return cancel(ctx, def);
    if (cmd.name === "tieptuc") return saveAndAsk(ctx, def, { ...state, offer: false, next: undefined }, []);
    return undefined; // other commands run as usual; starting another dialog offers continue/cancel
  }
  const w = wordKey(text);
  if (state.offer) {
    const offered = state;
    state = { ...state, offer: false, next: undefined };
    const m = matchChoice(text, offerChoices());
    if (m.kind === "one") return m.index === 0 ? saveAndAsk(ctx, def, state, []) : cancel(ctx, def, offered);
  }
  if (CANCEL_WORDS.has(w)) {
    // "Hủy" (or "Huy", a common name) typed as a capitalised word where a name may be the answer.
    if (atFreeTextStep(def, state) && /^\p{Lu}/u.test(text) && !/\s/.test(text)) {
      return saveAndAsk(ctx, def, { ...state, pending: { kind: "nameOrCancel", text } }, []);
    }
    return cancel(ctx, def);
  }
  if (BACK_WORDS.has(w)) return back(ctx, def, state);
  return act(ctx, def, state, { kind: "text", text });
}

/** The current position is a step that takes free text (not a choice, not the summary). */
function atFreeTextStep(def: DialogDefinition, state: DialogState): boolean {
  const at = state.at;
  if (at.kind !== "step") return false;
  const step = def.steps.find((s) => s.key === at.key);
  // A reviewer's reason or a declarant's reply is never a name: "Hủy" there simply stops.
  return !!step && !step.choices && !step.answerMayBeQuestion;
}

/** The person's answer to "answer or question?" / "stop or a name?"; anything else is a new input. */
function settlePending(
  ctx: Ctx,
  def: DialogDefinition,
  state: DialogState,
  pending: NonNullable<DialogState["pending"]>,
): Reply[] | undefined {
  const cleared: DialogState = { ...state, pending: undefined };
  const options = pendingChoices(pending);
  let picked: string | undefined;
  if (ctx.incoming.choice !== undefined) {
    picked = options.find((o) => o.id === ctx.incoming.choice)?.id;
    if (!picked) return saveAndAsk(ctx, def, state, [{ text: vi.dialog.staleButtonAsk }]);
  } else {
    const m = matchChoice(ctx.incoming.text ?? "", options);
    if (m.kind === "one") picked = options[m.index]!.id;
  }
  // Asked once: something else typed is taken as a new input at the same step.
  if (!picked) return turn(ctx, def, cleared);
  if (picked === AS_CANCEL_ID) return cancel(ctx, def);
  if (picked === AS_QUESTION_ID) return saveAndAsk(ctx, def, cleared, [{ text: ctx.kb.answer(questionOf(pending.text)) }]);
  return act(ctx, def, cleared, { kind: "text", text: pending.text, settled: true });
}

/** A pressed or typed option, or typed text (`settled`: the person said it is their answer). */
type Input = { kind: "option"; index: number } | { kind: "text"; text: string; settled?: boolean };

function act(ctx: Ctx, def: DialogDefinition, state: DialogState, input: Input): Reply[] {
  if (state.at.kind === "summary") return atSummary(ctx, def, state, input);
  if (state.at.kind === "pickField") return atPickField(ctx, def, state, input);
  const at = state.at;
  const step = applicableSteps(def, state.answers).find((s) => s.key === at.key);
  if (!step) return saveAndAsk(ctx, def, { ...state, at: firstMissingOrSummary(def, state.answers, at.fromSummary) }, []);

  if (input.kind === "option") return accept(ctx, def, state, step, choiceValue(step, input.index));
  const text = input.text;
  const max = step.maxLength ?? MAX_STEP_ANSWER_CHARS;
  if (text.length > max) {
    return saveAndAsk(ctx, def, state, [{ text: vi.dialog.tooLong(formatCount(max), formatCount(text.length)) }]);
  }
  // "giữ nguyên" after going back keeps what was answered before, on any step (the prompt offers it).
  if (KEEP_WORDS.has(wordKey(text)) && step.key in state.answers) return recordAnswer(ctx, def, state, step, state.answers[step.key]);
  if (step.choices) {
    const m = matchChoice(text, step.choices);
    if (m.kind === "one") return accept(ctx, def, state, step, choiceValue(step, m.index));
    if (m.kind === "many") {
      return saveAndAsk(ctx, def, state, [
        {
          text: vi.dialog.ambiguousChoice(
            clip(text),
            m.indices.map((i) => `${i + 1}. ${step.choices![i]!.label}`),
          ),
        },
      ]);
    }
    if (looksLikeQuestion(text, { strict: false })) return saveAndAsk(ctx, def, state, [{ text: ctx.kb.answer(text) }]);
    // A whole sentence around one option's words: "đã trả lại cho họ rồi".
    const within = findChoiceIn(text, step.choices);
    if (within !== undefined) return accept(ctx, def, state, step, choiceValue(step, within));
    return saveAndAsk(ctx, def, state, [{ text: `${vi.dialog.notAChoice(clip(text))} ${vi.dialog.choiceFix}` }]);
  }
  if (SKIP_WORDS.has(wordKey(text))) {
    if (step.optional) return recordAnswer(ctx, def, state, step, null);
    // "bỏ qua" is no answer to a step that needs one; stored, it would read as one in the summary.
    return saveAndAsk(ctx, def, state, [{ text: vi.dialog.notSkippable }]);
  }
  if (!step.answerMayBeQuestion && !input.settled) {
    const reading = readFreeText(text);
    if (reading === "question") return saveAndAsk(ctx, def, state, [{ text: ctx.kb.answer(text) }]);
    if (reading === "either") return saveAndAsk(ctx, def, { ...state, pending: { kind: "answerOrQuestion", text } }, []);
  }
  return accept(ctx, def, state, step, text);
}

function accept(ctx: Ctx, def: DialogDefinition, state: DialogState, step: DialogStep, input: unknown): Reply[] {
  const schema = typeof step.schema === "function" ? step.schema(stepEnv(ctx, state)) : step.schema;
  const r = schema.safeParse(input);
  if (!r.success) {
    const reason = r.error.issues[0]?.message ?? vi.dialog.textTooShort;
    const example = exampleOf(step, stepEnv(ctx, state));
    return saveAndAsk(ctx, def, state, [{ text: example ? `${reason}\n${vi.dialog.example(example)}` : reason }], { example: false });
  }
  return recordAnswer(ctx, def, state, step, r.data);
}

/** Records an answer, drops answers of steps that no longer apply, and moves on. */
function recordAnswer(ctx: Ctx, def: DialogDefinition, state: DialogState, step: DialogStep, value: unknown): Reply[] {
  const answers = prune(def, { ...state.answers, [step.key]: value });
  const fromSummary = state.at.kind === "step" && state.at.fromSummary;
  const next: DialogState = { ...state, answers };
  if (fromSummary) {
    next.at = firstMissingOrSummary(def, answers, true);
  } else {
    const steps = applicableSteps(def, answers);
    // Steps the person's own words filled in at the start are shown at the summary, not asked again.
    const prefilled = new Set((state.context[PREFILLED_STEPS] ?? "").split(" "));
    const following = steps.slice(steps.findIndex((s) => s.key === step.key) + 1).find((s) => !(prefilled.has(s.key) && s.key in answers));
    if (following) next.at = { kind: "step", key: following.key, fromSummary: false };
    else if (def.confirm === false) return complete(ctx, def, next);
    else next.at = { kind: "summary" };
  }
  return saveAndAsk(ctx, def, next, []);
}

function back(ctx: Ctx, def: DialogDefinition, state: DialogState): Reply[] {
  const steps = applicableSteps(def, state.answers);
  const at = state.at;
  if (at.kind === "pickField" || (at.kind === "step" && at.fromSummary))
    return saveAndAsk(ctx, def, { ...state, at: { kind: "summary" } }, []);
  if (at.kind === "summary") {
    const last = steps[steps.length - 1]!;
    return saveAndAsk(ctx, def, { ...state, at: { kind: "step", key: last.key, fromSummary: false } }, []);
  }
  const prev = steps[steps.findIndex((s) => s.key === at.key) - 1];
  if (!prev) return saveAndAsk(ctx, def, state, [{ text: vi.dialog.firstStep }]);
  return saveAndAsk(ctx, def, { ...state, at: { kind: "step", key: prev.key, fromSummary: false } }, []);
}

function atSummary(ctx: Ctx, def: DialogDefinition, state: DialogState, input: Input): Reply[] {
  let index: number | undefined = input.kind === "option" ? input.index : undefined;
  if (input.kind === "text") {
    // «đừng», «dừng» fold to «dung» like «đúng»: nothing that says them sends or cancels.
    if (/đừng|dừng|khoan/iu.test(input.text.normalize("NFC")) || ["khong", "ko", "k", "chua"].includes(wordKey(input.text)))
      return saveAndAsk(ctx, def, state, [{ text: `${vi.dialog.summaryNotUnderstood(clip(input.text))} ${vi.dialog.choiceFix}` }]);
    if (/^đúng(?: rồi)?[\s.!]*$/iu.test(input.text.normalize("NFC").trim())) return complete(ctx, def, state);
    // "sửa 7", "sửa giá trị": straight to that field ("sửa đi", "sửa nhé": the list of fields).
    const edit = /^(?:chinh sua|sua lai|sua)(?: muc)? (?!(?:di|nhe|nha|voi|a|lai)$)(.+)$/.exec(wordKey(input.text));
    if (edit) return atPickField(ctx, def, { ...state, at: { kind: "pickField" } }, { kind: "text", text: input.text });
    const fields = applicableSteps(def, state.answers).length;
    const m = matchChoice(input.text, summaryChoices(def));
    if (m.kind === "one") index = m.index;
    else if (/^\d+$/.test(wordKey(input.text)) && Number(wordKey(input.text)) <= fields) {
      // A bare number beyond the three choices is a field the person wants to change.
      return saveAndAsk(ctx, def, state, [{ text: vi.dialog.editByNumber(wordKey(input.text)) }]);
    } else if (looksLikeQuestion(input.text, { strict: false })) return saveAndAsk(ctx, def, state, [{ text: ctx.kb.answer(input.text) }]);
    else return saveAndAsk(ctx, def, state, [{ text: `${vi.dialog.summaryNotUnderstood(clip(input.text))} ${vi.dialog.choiceFix}` }]);
  }
  if (index === 0) return complete(ctx, def, state);
  if (index === 1) return saveAndAsk(ctx, def, { ...state, at: { kind: "pickField" } }, []);
  return cancel(ctx, def);
}

function atPickField(ctx: Ctx, def: DialogDefinition, state: DialogState, input: Input): Reply[] {
  const steps = applicableSteps(def, state.answers);
  let index: number | undefined = input.kind === "option" ? input.index : undefined;
  if (input.kind === "text") {
    // "sửa 9" said again in the menu is field 9; a number past the last field says how many there are.
    const typed = wordKey(input.text);
    const said = typed.replace(/^(?:chinh sua|sua lai|sua)(?: muc)? /, "");
    // A bare number may also be the last option (back to the summary); after "sửa" only a field.
    const last = said === typed ? steps.length + 1 : steps.length;
    if (/^\d+$/.test(said) && (Number(said) < 1 || Number(said) > last))
      return saveAndAsk(ctx, def, state, [{ text: vi.dialog.noSuchField(said, steps.length) }]);
    const m = matchChoice(said, pickFieldChoices(def, state));
    // "xác nhận" here means the summary, where sending is one more word away.
    if (m.kind !== "one" && matchChoice(said, summaryChoices(def)).kind === "one")
      return saveAndAsk(ctx, def, { ...state, at: { kind: "summary" } }, []);
    if (m.kind !== "one" && looksLikeQuestion(input.text, { strict: false }))
      return saveAndAsk(ctx, def, state, [{ text: ctx.kb.answer(input.text) }]);
    if (m.kind !== "one")
      return saveAndAsk(ctx, def, state, [{ text: `${vi.dialog.notAChoice(clip(input.text))} ${vi.dialog.choiceFix}` }]);
    index = m.index;
  }
  const step = steps[index!];
  if (!step) return saveAndAsk(ctx, def, { ...state, at: { kind: "summary" } }, []);
  return saveAndAsk(ctx, def, { ...state, at: { kind: "step", key: step.key, fromSummary: true } }, []);
}

function complete(ctx: Ctx, def: DialogDefinition, state: DialogState): Reply[] {
  dropState(ctx);
  const keys = new Set(applicableSteps(def, state.answers).map((s) => s.key));
  const answers = Object.fromEntries(Object.entries(state.answers).filter(([k]) => keys.has(k)));
  return def.onComplete(ctx, answers, state.context);
}

/** Drops the draft; when it was cancelled to start another dialog (`state.next`), that one starts. */
function cancel(ctx: Ctx, def: DialogDefinition, state?: DialogState): Reply[] {
  dropState(ctx);
  const done: Reply = { text: vi.dialog.cancelled(def.title) };
  const next = state?.next && ctx.dialogs.get(state.next.dialogId);
  return next ? [done, ...begin(ctx, next, state.next!.context)] : [done];
}

function staleOutsideDialog(ctx: Ctx): Reply[] | undefined {
  const choice = ctx.incoming.choice;
  return choice !== undefined && isDialogButton(ctx, choice) ? [{ text: vi.dialog.staleButton }] : undefined;
}

function saveAndAsk(ctx: Ctx, def: DialogDefinition, state: DialogState, first: Reply[], opts?: { example?: boolean }): Reply[] {
  saveState(ctx, def, state);
  return [...first, renderCurrent(ctx, def, state, opts)];
}
