import type { z } from "zod";
import type { Ctx } from "../context.js";
import type { Reply } from "../../core/types.js";

/** Answers by step key: strings, numbers, booleans or null (skipped / "không rõ"). */
export type Answers = Record<string, unknown>;
/** Small string facts a dialog is started with (e.g. a submission code); stored with the draft. */
export type DialogContext = Record<string, string>;

/** What a step's prompt, schema and condition may look at. */
export interface StepEnv {
  now: Date;
  answers: Answers;
  context: DialogContext;
}

export interface DialogChoice {
  /** Stable English id, also the stored answer unless `value` is set; the button id is `${step.key}:${id}`. */
  id: string;
  /** Vietnamese label shown on the button / numbered line and in the summary. */
  label: string;
  /** More words that pick this option when typed (compared folded: no diacritics, lowercase). */
  aliases?: readonly string[];
  /** The stored answer when it is not the id (e.g. true/false for a yes/no step). */
  value?: string | number | boolean;
}

export interface DialogStep {
  /** Stable English answer key, unique in the dialog. */
  key: string;
  /** Short Vietnamese label for the summary ("Vai trò"). */
  label: string;
  /** The label the committee reads (view, export) when the declarant's one speaks to them ("Đồng chí…"). */
  reviewLabel?: string;
  prompt: string | ((env: StepEnv) => string);
  /** A good answer, shown with the prompt and with every refusal ("Ví dụ: …"); may fit earlier answers. */
  example?: string | ((env: StepEnv) => string);
  /** When set, the answer is one of these (buttons on Telegram, numbered lines elsewhere). */
  choices?: readonly DialogChoice[];
  /**
   * Validates the answer and gives the stored value. Its input is the trimmed text for a free-text
   * step, or the picked choice's value. Issue messages are shown to the person: write them in
   * Vietnamese (what was understood, how to fix it).
   */
  schema: z.ZodType<unknown> | ((env: StepEnv) => z.ZodType<unknown>);
  /** "bỏ qua" / "không" skips it; the stored answer is then null. */
  optional?: boolean;
  /**
   * Asked only when this returns true for the answers so far; otherwise its answer is dropped.
   * Reads only answers of steps with `choices` (the progress count is kept per set of those).
   */
  when?: (answers: Answers) => boolean;
  /** The value as the summary shows it; default: the choice label, or the text. */
  format?: (value: unknown) => string;
  /**
   * For machine readers (`admin submissions --json`): the name of a flag set true beside a null
   * answer that means "không rõ" rather than "skipped" (e.g. "valueUnknown").
   */
  unknownFlag?: string;
  /** Longest free-text answer; default MAX_STEP_ANSWER_CHARS (engine.ts). */
  maxLength?: number;
  /** The answer may itself be a question (a reviewer's question to a declarant): never sent to the knowledge base. */
  answerMayBeQuestion?: boolean;
}

export interface DialogDefinition {
  /** Registry id, stored with the draft so that it resumes after a restart. Short: it is in button ids. */
  id: string;
  /** What the person is doing, as a noun phrase: "bản khai báo quà tặng". */
  title: string;
  /** Sent once before the first step (privacy note, what happens next). */
  intro?: string | ((env: StepEnv) => string);
  steps: readonly DialogStep[];
  /** Default true: a summary with confirm / edit a field / cancel before onComplete. */
  confirm?: boolean;
  /**
   * While this dialog is the person's active one, their updates leave no trace of who typed them
   * (see Ctx.leaveNoTrace): a report, whose sender may choose to stay anonymous.
   */
  leavesNoTrace?: boolean;
  /**
   * Runs inside the update's transaction once the answers are confirmed (or, with confirm: false,
   * after the last step). Answers hold only the steps that apply. The draft is already deleted.
   */
  onComplete(ctx: Ctx, answers: Answers, context: DialogContext): Reply[];
}
