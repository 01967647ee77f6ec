/**
 * The dialog engine: one engine runs every dialog written as data (handlers/dialog/types.ts).
 *
 * API for other features:
 *   createDialogRegistry(defs)          handlers/dialog/registry: built once in the composition root
 *                                       (handlers/app.ts); the id is stored with the draft so it resumes
 *                                       after a restart.
 *   startDialog(ctx, dialogId, context?) → Reply[]  intro + first step; if another dialog is in
 *                                       progress, offers to continue it or cancel it instead.
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
 * and `${dialog.id}:edit:${step.key}` at the summary; `dialog:continue|cancel` for the offer. A
 * button that is not among the current ones is refused as stale, never acted on.
 *
 * Anywhere in a dialog: "hủy" cancels, "quay lại"/"/quaylai"/"back" goes back one step, a question
 * is answered from the knowledge base and the same step asked again, non-text and empty or
 * over-long answers are refused. The draft is saved (encrypted) after every input; one untouched
 * for DRAFT_TTL_DAYS is dropped with a notice at the person's next message.
 */
import { z } from "zod";
import { parseCommand } from "../command.js";
import type { Ctx } from "../context.js";
import { matchChoice, type ChoiceLike } from "../parse/choice.js";
import { formatCount } from "../../core/display.js";
import { wordKey } from "../../core/text.js";
import { vi } from "../texts/vi.js";
import type { ChoiceOption, Reply } from "../../core/types.js";
import { deleteDialog, loadDialog, saveDialog } from "../../storage/dialogs.js";
import { looksLikeQuestion } from "./question.js";
import { formatAnswer } from "./answer-format.js";
import type { Answers, DialogContext, DialogDefinition, DialogStep, StepEnv } from "./types.js";

export { createDialogRegistry, type DialogRegistry } from "./registry.js";
export type { Answers, DialogChoice, DialogContext, DialogDefinition, DialogStep, StepEnv } from "./types.js";

export const MAX_ANSWER_CHARS = 1000;
export const DRAFT_TTL_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export const CONTINUE_ID = "dialog:continue";
export const CANCEL_ID = "dialog:cancel";

const CANCEL_WORDS = new Set(["huy", "huy bo", "cancel", "thoat", "dung lai"]);
const BACK_WORDS = new Set(["quay lai", "quaylai", "back", "tro lai", "lui lai", "quay ve"]);
const SKIP_WORDS = new Set(["bo qua", "khong", "ko", "k", "khong co", "skip", "khong co gi", "bo"]);

const positionSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("step"), key: z.string(), fromSummary: z.boolean() }),
  z.object({ kind: z.literal("summary") }),
  z.object({ kind: z.literal("pickField") }),
]);
const stateSchema = z.object({
  v: z.literal(1),
  chatId: z.string(),
  context: z.record(z.string(), z.string()),
  answers: z.record(z.string(), z.unknown()),
  at: positionSchema,
  /** The "continue or cancel?" question is on screen. */
  offer: z.boolean().optional(),
});
type DialogState = z.infer<typeof stateSchema>;

type Active =
  | { kind: "none" }
  | { kind: "otherChat"; def: DialogDefinition; state: DialogState }
  | { kind: "expired"; def: DialogDefinition }
  | { kind: "active"; def: DialogDefinition; state: DialogState };

function loadActive(ctx: Ctx): Active {
  const stored = loadDialog(ctx.store, ctx.person);
  if (!stored) return { kind: "none" };
  const def = ctx.dialogs.get(stored.dialogId);
  const parsed = stateSchema.safeParse(stored.state);
  if (!def || !parsed.success) {
    // A draft of a dialog that no longer exists, or of an older shape: nothing can resume it.
    deleteDialog(ctx.store, ctx.person);
    return { kind: "none" };
  }
  if (ctx.now.getTime() - stored.updatedAt.getTime() > DRAFT_TTL_DAYS * DAY_MS) return { kind: "expired", def };
  if (parsed.data.chatId !== ctx.incoming.chatId) return { kind: "otherChat", def, state: parsed.data };
  return { kind: "active", def, state: parsed.data };
}

// ── public entry points ──────────────────────────────────────────────────

export function startDialog(ctx: Ctx, dialogId: string, context: DialogContext = {}): Reply[] {
  const def = ctx.dialogs.get(dialogId);
  if (!def) throw new Error(`unknown dialog: ${dialogId}`);
  const active = loadActive(ctx);
  if (active.kind === "active" || active.kind === "otherChat") {
    const state: DialogState = { ...active.state, chatId: ctx.incoming.chatId, offer: true };
    save(ctx, active.def, state);
    return [offerReply(active.def, state)];
  }
  const notice: Reply[] = [];
  if (active.kind === "expired") {
    deleteDialog(ctx.store, ctx.person);
    notice.push({ text: vi.dialog.expired(active.def.title, DRAFT_TTL_DAYS) });
  }
  const first = applicableSteps(def, {})[0];
  if (!first) throw new Error(`dialog ${def.id} has no step`);
  const state: DialogState = {
    v: 1,
    chatId: ctx.incoming.chatId,
    context: { ...context },
    answers: {},
    at: { kind: "step", key: first.key, fromSummary: false },
  };
  save(ctx, def, state);
  const intro = def.intro === undefined ? [] : [{ text: typeof def.intro === "string" ? def.intro : def.intro(env(ctx, state)) }];
  return [...notice, ...intro, ask(ctx, def, state)];
}

export function continueActiveDialog(ctx: Ctx): Reply[] | undefined {
  const active = loadActive(ctx);
  switch (active.kind) {
    case "none":
      return staleOutsideDialog(ctx);
    case "otherChat":
      // Dialogs are answered where they were started (a private chat); elsewhere, routing as usual.
      return undefined;
    case "expired":
      deleteDialog(ctx.store, ctx.person);
      return [{ text: vi.dialog.expired(active.def.title, DRAFT_TTL_DAYS) }, ...ctx.routeAsUsual(ctx)];
    case "active":
      return turn(ctx, active.def, active.state);
  }
}

export function cancelActiveDialog(ctx: Ctx): Reply[] | undefined {
  const active = loadActive(ctx);
  if (active.kind === "none" || active.kind === "otherChat") return undefined;
  if (active.kind === "expired") {
    deleteDialog(ctx.store, ctx.person);
    return undefined;
  }
  return cancel(ctx, active.def);
}

/** True for an id that some dialog's buttons use: pressed outside its moment, it is stale. */
export function isDialogButton(ctx: Ctx, id: string): boolean {
  if (id === CONTINUE_ID || id === CANCEL_ID) return true;
  return ctx.dialogs.all().some(
    (def) => id.startsWith(`${def.id}:`) || def.steps.some((s) => (s.choices ?? []).some((c) => `${s.key}:${c.id}` === id)),
  );
}

// ── one input ────────────────────────────────────────────────────────────

function turn(ctx: Ctx, def: DialogDefinition, state: DialogState): Reply[] | undefined {
  const inc = ctx.incoming;
  if (inc.choice !== undefined) {
    if (inc.choice === CONTINUE_ID && state.offer) return again(ctx, def, { ...state, offer: false }, []);
    if (inc.choice === CANCEL_ID && state.offer) return cancel(ctx, def);
    const buttons = currentOptions(ctx, def, state);
    const index = buttons.findIndex((b) => b.id === inc.choice);
    if (index < 0 || state.offer) return again(ctx, def, { ...state, offer: false }, [{ text: vi.dialog.staleButtonAsk }]);
    return act(ctx, def, state, { kind: "option", index });
  }

  const text = (inc.text ?? "").trim();
  if (!text) return again(ctx, def, state, [{ text: inc.nonText ? vi.dialog.nonText : vi.dialog.empty }]);
  const cmd = parseCommand(text);
  if (cmd) {
    if (cmd.name === "quaylai") return back(ctx, def, { ...state, offer: false });
    if (cmd.name === "huy") return cancel(ctx, def);
    if (cmd.name === "tieptuc") return again(ctx, def, { ...state, offer: false }, []);
    return undefined; // other commands run as usual; starting another dialog offers continue/cancel
  }
  const w = wordKey(text);
  if (state.offer) {
    state = { ...state, offer: false };
    const m = matchChoice(text, offerChoices());
    if (m.kind === "one") return m.index === 0 ? again(ctx, def, state, []) : cancel(ctx, def);
  }
  if (CANCEL_WORDS.has(w)) return cancel(ctx, def);
  if (BACK_WORDS.has(w)) return back(ctx, def, state);
  return act(ctx, def, state, { kind: "text", text });
}

type Input = { kind: "option"; index: number } | { kind: "text"; text: string };

function act(ctx: Ctx, def: DialogDefinition, state: DialogState, input: Input): Reply[] {
  if (state.at.kind === "summary") return atSummary(ctx, def, state, input);
  if (state.at.kind === "pickField") return atPickField(ctx, def, state, input);
  const at = state.at;
  const step = applicableSteps(def, state.answers).find((s) => s.key === at.key);
  if (!step) return again(ctx, def, { ...state, at: firstMissingOrSummary(def, state.answers, at.fromSummary) }, []);

  if (input.kind === "option") return accept(ctx, def, state, step, choiceValue(step, input.index));
  const text = input.text;
  const max = step.maxLength ?? MAX_ANSWER_CHARS;
  if (text.length > max) {
    return again(ctx, def, state, [{ text: vi.dialog.tooLong(formatCount(max), formatCount(text.length)) }]);
  }
  if (step.choices) {
    const m = matchChoice(text, step.choices);
    if (m.kind === "one") return accept(ctx, def, state, step, choiceValue(step, m.index));
    if (m.kind === "many") {
      return again(ctx, def, state, [{ text: vi.dialog.ambiguousChoice(clip(text), m.indices.map((i) => `${i + 1}. ${step.choices![i]!.label}`)) }]);
    }
    if (looksLikeQuestion(text, { strict: false })) return again(ctx, def, state, [{ text: ctx.kb.answer(text) }]);
    return again(ctx, def, state, [{ text: `${vi.dialog.notAChoice(clip(text))} ${vi.dialog.choiceFix}` }]);
  }
  if (step.optional && SKIP_WORDS.has(wordKey(text))) return store(ctx, def, state, step, null);
  if (!step.answerMayBeQuestion && looksLikeQuestion(text, { strict: true })) return again(ctx, def, state, [{ text: ctx.kb.answer(text) }]);
  return accept(ctx, def, state, step, text);
}

function accept(ctx: Ctx, def: DialogDefinition, state: DialogState, step: DialogStep, input: unknown): Reply[] {
  const schema = typeof step.schema === "function" ? step.schema(env(ctx, state)) : step.schema;
  const r = schema.safeParse(input);
  if (!r.success) {
    const reason = r.error.issues[0]?.message ?? vi.dialog.textTooShort;
    return again(ctx, def, state, [{ text: step.example ? `${reason}\n${vi.dialog.example(step.example)}` : reason }]);
  }
  return store(ctx, def, state, step, r.data);
}

/** Records an answer, drops answers of steps that no longer apply, and moves on. */
function store(ctx: Ctx, def: DialogDefinition, state: DialogState, step: DialogStep, value: unknown): Reply[] {
  const answers = prune(def, { ...state.answers, [step.key]: value });
  const fromSummary = state.at.kind === "step" && state.at.fromSummary;
  const next: DialogState = { ...state, answers };
  if (fromSummary) {
    next.at = firstMissingOrSummary(def, answers, true);
  } else {
    const steps = applicableSteps(def, answers);
    const following = steps[steps.findIndex((s) => s.key === step.key) + 1];
    if (following) next.at = { kind: "step", key: following.key, fromSummary: false };
    else if (def.confirm === false) return complete(ctx, def, next);
    else next.at = { kind: "summary" };
  }
  return again(ctx, def, next, []);
}

function back(ctx: Ctx, def: DialogDefinition, state: DialogState): Reply[] {
  const steps = applicableSteps(def, state.answers);
  const at = state.at;
  if (at.kind === "pickField" || (at.kind === "step" && at.fromSummary)) return again(ctx, def, { ...state, at: { kind: "summary" } }, []);
  if (at.kind === "summary") {
    const last = steps[steps.length - 1]!;
    return again(ctx, def, { ...state, at: { kind: "step", key: last.key, fromSummary: false } }, []);
  }
  const prev = steps[steps.findIndex((s) => s.key === at.key) - 1];
  if (!prev) return again(ctx, def, state, [{ text: vi.dialog.firstStep }]);
  return again(ctx, def, { ...state, at: { kind: "step", key: prev.key, fromSummary: false } }, []);
}

function atSummary(ctx: Ctx, def: DialogDefinition, state: DialogState, input: Input): Reply[] {
  let index: number | undefined = input.kind === "option" ? input.index : undefined;
  if (input.kind === "text") {
    const n = /^(?:sua|chinh sua|sua muc) (\d+)$/.exec(wordKey(input.text));
    if (n) return atPickField(ctx, def, { ...state, at: { kind: "pickField" } }, { kind: "text", text: n[1]! });
    const m = matchChoice(input.text, summaryChoices(def));
    if (m.kind === "one") index = m.index;
    else if (looksLikeQuestion(input.text, { strict: false })) return again(ctx, def, state, [{ text: ctx.kb.answer(input.text) }]);
    else return again(ctx, def, state, [{ text: `${vi.dialog.summaryNotUnderstood(clip(input.text))} ${vi.dialog.choiceFix}` }]);
  }
  if (index === 0) return complete(ctx, def, state);
  if (index === 1) return again(ctx, def, { ...state, at: { kind: "pickField" } }, []);
  return cancel(ctx, def);
}

function atPickField(ctx: Ctx, def: DialogDefinition, state: DialogState, input: Input): Reply[] {
  const steps = applicableSteps(def, state.answers);
  let index: number | undefined = input.kind === "option" ? input.index : undefined;
  if (input.kind === "text") {
    const m = matchChoice(input.text, pickFieldChoices(def, state));
    if (m.kind !== "one") return again(ctx, def, state, [{ text: `${vi.dialog.notAChoice(clip(input.text))} ${vi.dialog.choiceFix}` }]);
    index = m.index;
  }
  const step = steps[index!];
  if (!step) return again(ctx, def, { ...state, at: { kind: "summary" } }, []);
  return again(ctx, def, { ...state, at: { kind: "step", key: step.key, fromSummary: true } }, []);
}

function complete(ctx: Ctx, def: DialogDefinition, state: DialogState): Reply[] {
  deleteDialog(ctx.store, ctx.person);
  const keys = new Set(applicableSteps(def, state.answers).map((s) => s.key));
  const answers = Object.fromEntries(Object.entries(state.answers).filter(([k]) => keys.has(k)));
  return def.onComplete(ctx, answers, state.context);
}

function cancel(ctx: Ctx, def: DialogDefinition): Reply[] {
  deleteDialog(ctx.store, ctx.person);
  return [{ text: vi.dialog.cancelled(def.title) }];
}

function staleOutsideDialog(ctx: Ctx): Reply[] | undefined {
  const choice = ctx.incoming.choice;
  return choice !== undefined && isDialogButton(ctx, choice) ? [{ text: vi.dialog.staleButton }] : undefined;
}

// ── what is on screen ────────────────────────────────────────────────────

function save(ctx: Ctx, def: DialogDefinition, state: DialogState): void {
  saveDialog(ctx.store, ctx.person, def.id, state, ctx.now);
}

/** Saves the state and asks its current question, after any replies given first. */
function again(ctx: Ctx, def: DialogDefinition, state: DialogState, first: Reply[]): Reply[] {
  save(ctx, def, state);
  return [...first, ask(ctx, def, state)];
}

function ask(ctx: Ctx, def: DialogDefinition, state: DialogState): Reply {
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
  const prompt = typeof step.prompt === "string" ? step.prompt : step.prompt(env(ctx, state));
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

function offerReply(def: DialogDefinition, state: DialogState): Reply {
  const at = state.at;
  let where: string = vi.dialog.atSummary;
  if (at.kind === "step") {
    const steps = applicableSteps(def, state.answers);
    where = vi.dialog.progress(Math.max(1, steps.findIndex((s) => s.key === at.key) + 1), progressTotal(def, state.answers));
  }
  return { text: vi.dialog.inProgress(def.title, where), choices: offerChoices() };
}

function offerChoices(): ChoiceOption[] & ChoiceLike[] {
  return [
    { id: CONTINUE_ID, label: vi.dialog.continueLabel },
    { id: CANCEL_ID, label: vi.dialog.cancelDraftLabel },
  ];
}

function summaryChoices(def: DialogDefinition): (ChoiceOption & ChoiceLike)[] {
  return [
    { id: `${def.id}:confirm`, label: vi.dialog.confirmLabel, aliases: ["xac nhan", "gui", "dong y", "ok", "dung", "dung roi", "co"] },
    { id: `${def.id}:edit`, label: vi.dialog.editLabel, aliases: ["sua", "chinh sua", "thay doi"] },
    { id: `${def.id}:cancel`, label: vi.dialog.cancelLabel, aliases: ["khong gui"] },
  ];
}

function pickFieldChoices(def: DialogDefinition, state: DialogState): (ChoiceOption & ChoiceLike)[] {
  return [
    ...applicableSteps(def, state.answers).map((s) => ({ id: `${def.id}:edit:${s.key}`, label: s.label })),
    { id: `${def.id}:summary`, label: vi.dialog.backToSummaryLabel },
  ];
}

/** The buttons a press may legitimately come from right now. */
function currentOptions(ctx: Ctx, def: DialogDefinition, state: DialogState): ChoiceOption[] {
  return ask(ctx, def, state).choices ?? [];
}

function summaryLines(def: DialogDefinition, answers: Answers): string {
  return applicableSteps(def, answers)
    // Bullets, not numbers: on Zalo and the terminal the choices below are numbered, and "1"
    // must not read as both a field and "confirm".
    .map((s) => `• ${s.label}: ${formatAnswer(s, answers[s.key])}`)
    .join("\n");
}

// ── helpers ──────────────────────────────────────────────────────────────

function env(ctx: Ctx, state: DialogState): StepEnv {
  return { now: ctx.now, answers: state.answers, context: state.context };
}

export function applicableSteps(def: DialogDefinition, answers: Answers): DialogStep[] {
  return def.steps.filter((s) => !s.when || s.when(answers));
}

/**
 * The step count shown in "Bước i/n": the longest path still possible, looking one unanswered
 * choice ahead, so the total only ever shrinks as answers come in (6 → 8 would feel like a trap).
 */
export function progressTotal(def: DialogDefinition, answers: Answers): number {
  let best = applicableSteps(def, answers).length;
  for (const step of def.steps) {
    if (step.key in answers || !step.choices) continue;
    for (const c of step.choices) {
      best = Math.max(best, applicableSteps(def, { ...answers, [step.key]: c.value ?? c.id }).length);
    }
  }
  return best;
}

function prune(def: DialogDefinition, answers: Answers): Answers {
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

function firstMissingOrSummary(def: DialogDefinition, answers: Answers, fromSummary: boolean): DialogState["at"] {
  const missing = applicableSteps(def, answers).find((s) => !(s.key in answers));
  return missing ? { kind: "step", key: missing.key, fromSummary } : { kind: "summary" };
}

function choiceValue(step: DialogStep, index: number): unknown {
  const c = step.choices![index]!;
  return c.value ?? c.id;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
