import { situationOf } from "./questions/situation.js";
import type { Reply } from "../core/types.js";
import { parseCommand, type Command } from "./command.js";
import type { Ctx } from "./context.js";
import { continueActiveDialog } from "./dialog/engine.js";
import { detectIntent, smallTalk } from "./intents.js";
import { answerQuestion } from "./questions/ask.js";
import { takeOfferedCommand } from "./offers.js";
import { vi } from "./texts/vi.js";

/** The longest message the bot reads; longer text is refused before any search. */
export const MAX_TEXT = 4000;

function runCommand(ctx: Ctx, command: Command, args: string): Reply[] {
  if (command.privateOnly && !ctx.isPrivate) return [{ text: vi.common.privateOnly }];
  return command.run(ctx, args);
}

/**
 * Picks the path for one update: orientation and leaving (/start, /help, /huy) first, then an
 * active dialog, then a command, a remembered command offer, a typed intent, and finally a
 * question for the knowledge base.
 */
export function route(ctx: Ctx): Reply[] {
  // A button outside any dialog may stand for a command: its id is the command text ("/xem XD-…").
  const text = ctx.incoming.text?.trim() || (ctx.incoming.choice?.startsWith("/") ? ctx.incoming.choice : "");
  const cmd = text ? parseCommand(text) : undefined;
  const command = cmd ? ctx.commands.find(cmd.name) : undefined;

  if (!command?.duringDialog) {
    const inDialog = continueActiveDialog(ctx);
    if (inDialog) return inDialog;
  }

  if (ctx.incoming.nonText && !text) return [{ text: vi.common.nonText }];
  if (!text && !ctx.incoming.choice) return [{ text: vi.common.empty }];
  // One limit for every typed text: a question, /hoi and any command's arguments alike.
  if (text.length > MAX_TEXT) return [{ text: vi.common.tooLong(MAX_TEXT) }];

  if (cmd) return command ? runCommand(ctx, command, cmd.args) : [{ text: unknownCommand(ctx, cmd.name) }];
  if (!text) return [{ text: vi.common.unknownCommand }];
  const offered = takeOfferedCommand(ctx, text);
  if (offered) return route({ ...ctx, incoming: { ...ctx.incoming, text: undefined, choice: offered } });

  // "hủy" outside a flow is /huy; greetings and thanks get a short reply, not a refusal.
  const talk = smallTalk(text);
  const huy = talk === "cancel" ? ctx.commands.find("huy") : undefined;
  if (huy) return runCommand(ctx, huy, "");
  if (talk === "greeting" || talk === "thanks") return [{ text: vi.common.smallTalk[talk] }];
  const intent = detectIntent(text);
  const intended = intent ? ctx.commands.find(intent) : undefined;
  if (intended) {
    // "tôi được doanh nghiệp biếu phong bì": what the sentence settles is filled in, as it is for
    // the same sentence asked as a question (handlers/questions/situation.ts).
    const situation = situationOf(text);
    return runCommand(ctx, intended, situation && situation.command === intent ? situation.prefill.join(" ") : "");
  }
  return answerQuestion(ctx, text);
}

/** "/khaibao" is the start of /khaibao_qua and /khaibao_xungdot: named, for everyone's commands. */
function unknownCommand(ctx: Ctx, name: string): string {
  const key = name.toLowerCase().replace(/_/g, "");
  const near =
    key.length >= 3
      ? ctx.commands
          .all()
          .filter((c) => (c.audience ?? "everyone") === "everyone" && c.name.replace(/_/g, "").startsWith(key))
          .map((c) => `/${c.name}`)
      : [];
  return near.length ? vi.common.unknownCommandNear(near) : vi.common.unknownCommand;
}
