import type { Feature } from "../feature.js";
import { reviewCommands } from "./commands.js";
import { infoReplyDialog, reasonDialog } from "./dialogs.js";

/** Committee review: the queue, decisions, information requests, roles and digests on demand. */
export const reviewFeature: Feature = {
  name: "review",
  commands: reviewCommands,
  dialogs: [reasonDialog, infoReplyDialog],
};
