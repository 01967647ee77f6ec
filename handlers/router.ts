import { parseCommand } from "./command.js";
import { findCommand } from "./commands.js";
import type { Ctx } from "./context.js";
import { cancelActiveDialog, continueActiveDialog } from "./dialog/engine.js";
import { declarationHint, detectIntent } from "./intents.js";
import { takeOfferedCommand } from "./offers.js";
import { vi } from "./texts/vi.js";
import type { Reply } from "./types.js";

export const MAX_TEXT = 4000;

// Picks the path for one update: /huy and orientation first, then an active dialog, then a
// command, a typed intent, and finally a question for the knowledge base.
export function route(ctx: Ctx): Reply[] {
  // A button outside any dialog may stand for a command: its id is the command text ("/xem XD-…").
  const text = ctx.incoming.text?.trim() || (ctx.incoming.choice?.startsWith("/") ? ctx.incoming.choice : "");
  const cmd = text ? parseCommand(text) : undefined;

  if (cmd?.name === "huy") {
    return cancelActiveDialog(ctx) ?? [{ text: vi.common.nothingToCancel }];
  }
  if (cmd?.name !== "start" && cmd?.name !== "help") {
    const inDialog = continueActiveDialog(ctx);
    if (inDialog) return inDialog;
  }

  if (ctx.incoming.nonText && !text) return [{ text: vi.common.nonText }];
  if (!text && !ctx.incoming.choice) return [{ text: vi.common.empty }];
  // One limit for every typed text: a question, /hoi and any command's arguments alike.
  if (text.length > MAX_TEXT) return [{ text: vi.common.tooLong(MAX_TEXT) }];

  if (cmd) {
    const command = findCommand(cmd.name);
    if (!command) return [{ text: vi.common.unknownCommand }];
    if (command.privateOnly && !ctx.isPrivate) return [{ text: vi.common.privateOnly }];
    return command.run(ctx, cmd.args);
  }
  if (!text) return [{ text: vi.common.unknownCommand }];
  const offered = takeOfferedCommand(ctx, text);
  if (offered) return route({ ...ctx, incoming: { ...ctx.incoming, text: undefined, choice: offered } });

  const intent = detectIntent(text);
  if (intent) {
    const command = findCommand(intent);
    if (command) {
      if (command.privateOnly && !ctx.isPrivate) return [{ text: vi.common.privateOnly }];
      return command.run(ctx, "");
    }
  }
  const answer: Reply[] = [{ text: ctx.kb.answer(text) }];
  const hint = declarationHint(text);
  if (hint && ctx.isPrivate) answer.push({ text: vi.common.declareHint[hint] });
  return answer;
}
