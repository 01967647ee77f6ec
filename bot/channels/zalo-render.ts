import { vi } from "../../handlers/texts/vi.js";
import type { Reply } from "../../core/types.js";
import { splitText } from "./split-text.js";

/** Zalo refuses messages over 2000 characters. */
export const ZALO_MAX_TEXT = 2000;

// Zalo has no buttons and no formatting: a reply's choices become numbered lines of plain text,
// followed by how to answer. The person types the number or the option's words; the handlers'
// dialog engine reads both, so the channel passes the typed text through unchanged.

/** The line under numbered choices saying how to answer (by number or by the words). */
export const answerHint = vi.channels.numberedAnswerHint;

/** A reply as one Zalo text (possibly longer than Zalo's limit; see renderZaloMessages). */
export function renderZaloText(reply: Reply): string {
  const lines = [reply.text.trim()];
  const choices = reply.choices ?? [];
  if (choices.length) {
    lines.push("");
    choices.forEach((c, i) => lines.push(`${i + 1}. ${c.label}`));
    lines.push(answerHint(choices.length));
  }
  // Precomposed characters: Zalo counts characters, and decomposed diacritics would count twice.
  return lines.join("\n").trim().normalize("NFC");
}

/** Every message to send for these replies, in order, each within Zalo's limit and non-empty. */
export function renderZaloMessages(replies: readonly Reply[], max: number = ZALO_MAX_TEXT): string[] {
  return replies.flatMap((r) => splitText(renderZaloText(r), max));
}
