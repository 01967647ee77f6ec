import { basicCommands } from "./basic.js";
import type { Command } from "./command.js";
import { declarationCommands } from "./declarations/commands.js";
import { reviewCommands } from "./review/commands.js";

// Every command the bot knows; each feature contributes its own list.
export const commands: readonly Command[] = [...basicCommands, ...declarationCommands, ...reviewCommands];

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name);
}
