import { fold } from "../core/text.js";
import { clearOffer, loadOffer, saveOffer } from "../storage/offers.js";
import type { Store } from "../storage/db.js";
import type { Ctx } from "./context.js";
import type { ChoiceOption, Reply } from "../core/types.js";

// Buttons outside a dialog stand for commands ("/quyet_dinh XD-… chap_nhan"). Telegram sends the
// id back when one is pressed; Zalo and the terminal show numbered lines, so the last offer is
// remembered and a typed number or the label picks it. Dialog steps do this themselves.

const OFFER_TTL_MS = 24 * 3600 * 1000;
const isCommandChoice = (c: ChoiceOption) => c.id.startsWith("/");

/** After a reply: remember its command buttons; a dialog's own buttons replace any older offer. */
export function rememberOffer(ctx: Ctx, replies: readonly Reply[]): void {
  rememberOfferFor(ctx.store, ctx.person, ctx.incoming.chatId, replies, ctx.now, { clearOtherwise: true });
}

/**
 * Remembers the command buttons of the last reply for (person, chat). With `clearOtherwise`, a
 * reply whose buttons are not commands (a dialog step) drops any older offer.
 */
export function rememberOfferFor(
  store: Store,
  person: string,
  chatId: string,
  replies: readonly Reply[],
  at: Date,
  opts: { clearOtherwise?: boolean } = {},
): void {
  const choices = replies.at(-1)?.choices ?? [];
  if (choices.length === 0) return;
  if (choices.every(isCommandChoice)) saveOffer(store, person, chatId, choices, at);
  else if (opts.clearOtherwise) clearOffer(store, person, chatId);
}

/**
 * The command a typed "2" or "chấp nhận" stands for, given the last offer in this chat. An offer
 * is used once: a second "2" later must not take a decision nobody meant.
 */
export function takeOfferedCommand(ctx: Ctx, text: string): string | undefined {
  const offer = loadOffer(ctx.store, ctx.person, ctx.incoming.chatId);
  if (!offer || ctx.now.getTime() - offer.at.getTime() > OFFER_TTL_MS) return undefined;
  const typed = fold(text).replace(/[.)]$/, "");
  let picked: ChoiceOption | undefined;
  if (/^\d{1,2}$/.test(typed)) picked = offer.choices[Number(typed) - 1];
  else {
    // The label, or its unique beginning ("chap nhan" for "Chấp nhận (không cần xử lý thêm)").
    const hits = offer.choices.filter((c) => typed.length >= 3 && fold(c.label).startsWith(typed));
    if (hits.length === 1) picked = hits[0];
  }
  if (picked) clearOffer(ctx.store, ctx.person, ctx.incoming.chatId);
  return picked?.id;
}
