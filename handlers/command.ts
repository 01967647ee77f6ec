import type { Ctx } from "./context.js";
import type { Reply } from "../core/types.js";

/** Who a command is for: it is listed in /help only to them (anyone may still type it). */
export type Audience = "everyone" | "committee" | "admin";

/** One slash command, as a feature folder declares it; the composition root puts them in one table. */
export interface Command {
  /** Without the slash, e.g. "khaibao_qua". */
  name: string;
  /** Declarations and anything personal run only in a private chat. */
  privateOnly?: boolean;
  /** Runs even while a dialog is active (orientation and leaving); others are fed to the dialog first. */
  duringDialog?: boolean;
  /** Default "everyone". */
  audience?: Audience;
  /** The /help line (Vietnamese); a command without one is not listed. */
  help?: string;
  /** The short description in Telegram's command menu; a command without one is not in the menu. */
  menu?: string;
  run(ctx: Ctx, args: string): Reply[];
}

/** Every command the bot knows, built once from the features' lists. */
export interface CommandTable {
  find(name: string): Command | undefined;
  all(): readonly Command[];
}

/** Builds the table; two features claiming one name is a wiring error, caught at start. */
export function createCommandTable(commands: readonly Command[]): CommandTable {
  const byName = new Map<string, Command>();
  for (const c of commands) {
    if (byName.has(c.name)) throw new Error(`command defined twice: /${c.name}`);
    byName.set(c.name, c);
  }
  return { find: (name) => byName.get(name), all: () => [...byName.values()] };
}

/** "/cmd@bot args" → { name: "cmd", args }; undefined when the text is not a command. */
export function parseCommand(text: string): { name: string; args: string } | undefined {
  const m = /^\/([A-Za-z0-9_]+)(?:@\S+)?(?:\s+([\s\S]*))?$/.exec(text.trim());
  if (!m) return undefined;
  return { name: m[1]!.toLowerCase(), args: (m[2] ?? "").trim() };
}
