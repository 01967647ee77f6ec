import type { DialogDefinition } from "../dialog/types.js";
import { formatIsoDay, formatVnd } from "../../core/display.js";
import { vi } from "../texts/vi.js";
import { submitDeclaration } from "./submit.js";
import { dateSchema, freeText, moneySchema, oneOf, options } from "./schemas.js";

// A gift or benefit offered (plan II.4.3.1, II.4.4: nothing may be accepted "dưới mọi hình
// thức"): who offered what, its value and date, and what the declarant did with it.

const t = vi.declarations.gift;

export const giftDialog: DialogDefinition = {
  id: "gift",
  title: t.title,
  intro: t.intro,
  steps: [
    {
      key: "giverType",
      ...t.giverType,
      choices: options(t.giverTypes, {
        individual: ["ca nhan", "nguoi", "mot nguoi"],
        organization: ["to chuc", "cong ty", "doanh nghiep", "don vi", "co quan"],
      }),
      schema: oneOf(t.giverTypes),
    },
    { key: "giver", ...t.giver, schema: freeText() },
    { key: "giverPosition", ...t.giverPosition, schema: freeText() },
    {
      key: "giverLink",
      ...t.giverLink,
      choices: options(t.giverLinks, {
        inspected_subject: ["doi tuong kiem tra", "doi tuong", "doi tuong giam sat"],
        assigned_area: ["dia ban", "linh vuc", "dia ban theo doi"],
      }),
      schema: oneOf(t.giverLinks),
    },
    {
      key: "giftKind",
      ...t.giftKind,
      choices: options(t.giftKinds, {
        money: ["tien", "tien mat", "phong bi", "chuyen khoan"],
        goods: ["hien vat", "qua", "do vat", "gio qua"],
        travel: ["du lich", "chuyen di"],
        meals: ["an uong", "an", "moi an", "nhau"],
        service: ["dich vu"],
        opportunity: ["co hoi", "viec lam", "hoc tap", "thang tien"],
      }),
      schema: oneOf(t.giftKinds),
    },
    { key: "description", ...t.description, schema: freeText() },
    {
      key: "valueVnd",
      ...t.valueVnd,
      schema: moneySchema,
      format: (v) => (typeof v === "number" ? formatVnd(v) : vi.dialog.unknown),
    },
    { key: "date", ...t.date, schema: dateSchema, format: (v) => (typeof v === "string" ? formatIsoDay(v) : vi.dialog.skipped) },
    {
      key: "action",
      ...t.action,
      choices: options(t.actions, {
        refused: ["tu choi", "khong nhan"],
        returned: ["tra lai", "da tra", "da tra lai", "nhan roi tra"],
        handed_over: ["nop", "da nop", "nop co quan", "nop don vi"],
        pending: ["chua xu ly", "chua"],
      }),
      schema: oneOf(t.actions),
    },
    { key: "remarks", ...t.remarks, optional: true, schema: freeText(1) },
  ],
  onComplete: (ctx, answers) => submitDeclaration(ctx, "gift", answers),
};
