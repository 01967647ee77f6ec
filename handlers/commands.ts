import { basicCommands } from "./basic";
import type { Command } from "./command";
import { declarationCommands } from "./declarations/commands";
import { reviewCommands } from "./review/commands";

// Every command the bot knows; each feature contributes its own list.
export const commands: readonly Command[] = [...basicCommands, ...declarationCommands, ...reviewCommands];

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name);
}
