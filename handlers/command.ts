import type { Ctx } from "./context.js";
import type { Reply } from "../core/types.js";

export interface Command {
  /** Without the slash, e.g. "khaibao_qua". */
  name: string;
  /** Declarations and anything personal run only in a private chat. */
  privateOnly?: boolean;
  run(ctx: Ctx, args: string): Reply[];
}

/** "/cmd@bot args" → { name: "cmd", args }; undefined when the text is not a command. */
export function parseCommand(text: string): { name: string; args: string } | undefined {
  const m = /^\/([A-Za-z0-9_]+)(?:@\S+)?(?:\s+([\s\S]*))?$/.exec(text.trim());
  if (!m) return undefined;
  return { name: m[1]!.toLowerCase(), args: (m[2] ?? "").trim() };
}
