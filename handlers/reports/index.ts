import type { Feature } from "../feature.js";
import { reportCommands } from "./commands.js";
import { reportDialog } from "./dialog.js";
import { answerDialog, followDialog } from "./follow.js";

/** Reports of violations with whistleblower protection: /phan_anh, /theo_doi, /danh_tinh. */
export const reportsFeature: Feature = {
  name: "reports",
  commands: reportCommands,
  dialogs: [reportDialog, followDialog, answerDialog],
};
