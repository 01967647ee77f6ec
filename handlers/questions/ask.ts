import type { ChoiceOption, Reply } from "../../core/types.js";
import type { Ctx } from "../context.js";
import { declarationHint, declareOffer } from "../intents.js";
import { vi } from "../texts/vi.js";
import { keepUnanswered } from "../unanswered/record.js";
import { situationOf } from "./situation.js";

// A question, answered from the text in one of three ways (knowledge/: answer, suggest, refuse),
// with the next step offered: the whole section behind an answer, the sections a suggestion points
// to, and the declaration a question about one's own situation calls for. Buttons on Telegram,
// numbered lines on Zalo and in the terminal (the last reply's buttons are remembered for that).

/** The command that opens a section in full (the button id of "Xem toàn văn mục"). */
export const openSection = (id: string): string => `/muc ${id}`;

/** Replies to a question; `text` is already cleaned and within the length limit. */
export function answerQuestion(ctx: Ctx, text: string): Reply[] {
  const r = ctx.kb.respond(text);
  // Refused and suggested questions reach the committee (/cau_hoi_chua_ro), anonymously.
  if (r.mode !== "answer") keepUnanswered(ctx, text, r.mode);
  const buttons: ChoiceOption[] = [];
  if (r.mode === "answer") buttons.push({ id: openSection(r.sectionId), label: vi.questions.fullSection });
  if (r.mode === "suggest") buttons.push(...r.suggestions.map((s) => ({ id: openSection(s.id), label: s.label })));
  const next = ctx.isPrivate ? nextStep(text) : undefined;
  if (!next) return [{ text: r.text, ...(buttons.length ? { choices: buttons } : {}) }];
  // One set of buttons, on the last reply, so a typed number means the same on every platform.
  return [{ text: r.text }, { text: next.text, choices: [...(next.choices ?? []), ...buttons] }];
}

/** The declaration a question leads to: one's own situation (prefilled), or how to declare. */
function nextStep(text: string): Reply | undefined {
  const situation = situationOf(text);
  if (situation) {
    const id = [`/${situation.command}`, ...situation.prefill].join(" ");
    return { text: vi.questions.situation[situation.command], choices: [{ id, label: vi.common.declareButton[situation.command] }] };
  }
  const hint = declarationHint(text);
  return hint ? declareOffer(hint) : undefined;
}
