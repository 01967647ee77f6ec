import { freeText, oneOf, options } from "../declarations/schemas.js";
import type { DialogDefinition } from "../dialog/types.js";
import { vi } from "../texts/vi.js";
import { submitReport } from "./submit.js";

// /phan_anh: a report of corruption, misconduct or covering for it (plan II.5.3), as data for the
// one dialog engine. Its id is the submission kind, so the committee's view finds the labels. It
// leaves no trace of the person while it runs (the draft is deleted on submit or cancel).

const t = vi.reports;
export const MAX_WHAT = 4000;
const MAX_FIELD = 1000;

/** Also the submission kind, so the committee's view finds the step labels. */
export const REPORT_DIALOG_ID = "report";

/** The report dialog: seven steps, summary, confirm; see submitReport for what is kept. */
export const reportDialog: DialogDefinition = {
  id: REPORT_DIALOG_ID,
  title: t.title,
  intro: t.intro,
  leavesNoTrace: true,
  steps: [
    { key: "what", ...t.what, schema: freeText(10), maxLength: MAX_WHAT, answerMayBeQuestion: true },
    { key: "who", ...t.who, schema: freeText(), optional: true, maxLength: MAX_FIELD },
    { key: "when", ...t.when, schema: freeText(), optional: true, maxLength: MAX_FIELD },
    { key: "where", ...t.where, schema: freeText(), optional: true, maxLength: MAX_FIELD },
    { key: "evidence", ...t.evidence, schema: freeText(), optional: true, maxLength: MAX_FIELD, answerMayBeQuestion: true },
    {
      key: "identity",
      ...t.identity,
      choices: options(t.identities, {
        public: ["cong khai", "cong khai voi uy ban", "cong khai danh tinh"],
        confidential: ["bao mat", "bao mat danh tinh", "giu bi mat", "bi mat"],
        anonymous: ["an danh", "giau ten", "khong ghi ten"],
      }),
      schema: oneOf(t.identities),
    },
    {
      key: "audience",
      ...t.audience,
      choices: options(t.audiences, {
        committee: ["uy ban", "uy ban kiem tra", "ca uy ban", "binh thuong"],
        leadership: ["lanh dao", "chi lanh dao", "lanh dao uy ban", "quan tri vien"],
      }),
      schema: oneOf(t.audiences),
    },
  ],
  onComplete: (ctx, answers) => submitReport(ctx, answers),
};
