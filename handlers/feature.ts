import type { Command } from "./command.js";
import type { DialogDefinition } from "./dialog/types.js";

/**
 * What a feature folder contributes: its commands and its dialogs. The composition root
 * (handlers/app.ts) lists the features; adding one is a folder and one line there.
 */
export interface Feature {
  name: string;
  commands: readonly Command[];
  dialogs: readonly DialogDefinition[];
}
