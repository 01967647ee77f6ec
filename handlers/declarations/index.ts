import type { Feature } from "../feature.js";
import { declarationCommands } from "./commands.js";
import { conflictDialog } from "./conflict.js";
import { giftDialog } from "./gift.js";

/** Conflict-of-interest and gift declarations, and the declarant's own list. */
export const declarationsFeature: Feature = {
  name: "declarations",
  commands: declarationCommands,
  dialogs: [conflictDialog, giftDialog],
};
