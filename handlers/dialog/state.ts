import { z } from "zod";
import type { Ctx } from "../context.js";
import { deleteDialog, loadDialog, saveDialog } from "../../storage/dialogs.js";
import type { DialogDefinition } from "./types.js";

// A person's draft: where they are in which dialog, their answers so far, and the chat it runs in.
// Stored encrypted after every input (storage/dialogs.ts) and read back, checked, on the next.

/** A draft untouched this long is dropped, with a notice, at the person's next message. */
export const DRAFT_TTL_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

const positionSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("step"), key: z.string(), fromSummary: z.boolean() }),
  z.object({ kind: z.literal("summary") }),
  z.object({ kind: z.literal("pickField") }),
]);
export const stateSchema = z.object({
  v: z.literal(1),
  chatId: z.string(),
  context: z.record(z.string(), z.string()),
  answers: z.record(z.string(), z.unknown()),
  at: positionSchema,
  /** The "continue or cancel?" question is on screen. */
  offer: z.boolean().optional(),
  /** The dialog the person asked for when the offer was made: it starts if they cancel this one. */
  next: z.object({ dialogId: z.string(), context: z.record(z.string(), z.string()) }).optional(),
  /**
   * A message that could be read two ways, waiting for the person to say which: an answer or a
   * question, or "Hủy" as a name or as stop. Asked once; anything else typed drops it.
   */
  pending: z.object({ kind: z.enum(["answerOrQuestion", "nameOrCancel"]), text: z.string() }).optional(),
});
export type DialogState = z.infer<typeof stateSchema>;

/** What the person's stored draft means for this update. */
export type Active =
  | { kind: "none" }
  | { kind: "otherChat"; def: DialogDefinition; state: DialogState }
  | { kind: "expired"; def: DialogDefinition }
  | { kind: "active"; def: DialogDefinition; state: DialogState };

/** Loads and checks the person's draft; one of an unknown dialog or an older shape is dropped. */
export function loadActive(ctx: Ctx): Active {
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

/** Saves the draft after an input. */
export function saveState(ctx: Ctx, def: DialogDefinition, state: DialogState): void {
  saveDialog(ctx.store, ctx.person, def.id, state, ctx.now);
}

/** Drops the person's draft (completed, cancelled or expired). */
export function dropState(ctx: Ctx): void {
  deleteDialog(ctx.store, ctx.person);
}
