import type { Answers, DialogDefinition } from "../dialog/types.js";
import { formatIsoDay, formatVnd } from "../../core/display.js";
import { vi } from "../texts/vi.js";
import { submitDeclaration } from "./submit.js";
import { dateExample, dateNotBefore, dateSchema, freeText, moneySchema, oneOf, options } from "./schemas.js";

// A gift or benefit offered (plan II.4.3.1, II.4.4: nothing may be accepted "dưới mọi hình
// thức"): who offered what, its value and date, and what the declarant did with it. Prompts and
// examples follow the earlier choices (a person or an organisation, the kind of gift).

const t = vi.declarations.gift;

const giverType = (a: Answers): keyof typeof t.giverTypes => (a.giverType === "organization" ? "organization" : "individual");
const giftKind = (a: Answers): keyof typeof t.giftKinds =>
  typeof a.giftKind === "string" && a.giftKind in t.giftKinds ? (a.giftKind as keyof typeof t.giftKinds) : "other";
const handled = (a: Answers) => a.action === "returned" || a.action === "handed_over";
const handledHow = (a: Answers): "returned" | "handed_over" => (a.action === "handed_over" ? "handed_over" : "returned");
const formatDate = (v: unknown) => (typeof v === "string" ? formatIsoDay(v) : vi.dialog.skipped);

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
        organization: ["to chuc", "cong ty", "cty", "dn", "doanh nghiep", "don vi", "co quan", "ubnd", "hop tac xa", "htx"],
      }),
      schema: oneOf(t.giverTypes),
    },
    {
      key: "giver",
      label: t.giver.label,
      prompt: ({ answers }) => t.giver.prompt[giverType(answers)],
      example: ({ answers }) => t.giver.example[giverType(answers)],
      schema: freeText(),
    },
    {
      key: "giverPosition",
      label: t.giverPosition.label,
      prompt: ({ answers }) => t.giverPosition.prompt[giverType(answers)],
      example: ({ answers }) => t.giverPosition.example[giverType(answers)],
      // "nếu biết": a giver's position or an organisation's representative may be unknown.
      optional: true,
      schema: freeText(),
    },
    {
      key: "giverLink",
      ...t.giverLink,
      choices: options(t.giverLinks, {
        inspected_subject: ["doi tuong kiem tra", "doi tuong", "doi tuong giam sat"],
        assigned_area: ["dia ban", "linh vuc", "dia ban theo doi"],
        other: ["khong lien quan", "nguoi quen", "ban be", "ho hang"],
      }),
      schema: oneOf(t.giverLinks),
    },
    {
      key: "giftKind",
      ...t.giftKind,
      choices: options(t.giftKinds, {
        money: ["tien", "tien mat", "phong bi", "chuyen khoan"],
        goods: [
          "hien vat",
          "qua",
          "do vat",
          "gio qua",
          "gio qua tet",
          "qua tet",
          "qua bieu",
          "ruou",
          "chai ruou",
          "che",
          "tra",
          "banh keo",
          "dac san",
        ],
        travel: ["du lich", "chuyen di", "tham quan", "nghi duong", "ve may bay"],
        meals: ["an uong", "an", "moi an", "nhau", "bua an", "mot bua an", "moi di an", "di an", "an com", "tiep khach"],
        service: ["dich vu"],
        opportunity: ["co hoi", "viec lam", "hoc tap", "thang tien", "xin viec", "xin viec cho con"],
      }),
      schema: oneOf(t.giftKinds),
    },
    {
      key: "description",
      label: t.description.label,
      prompt: t.description.prompt,
      example: ({ answers }) => t.description.example[giftKind(answers)],
      schema: freeText(),
    },
    {
      key: "valueVnd",
      ...t.valueVnd,
      schema: moneySchema,
      // null is the typed "không rõ" (the step is not optional): shown, and flagged, as such.
      format: (v) => (typeof v === "number" ? formatVnd(v) : vi.dialog.unknown),
      unknownFlag: "valueUnknown",
    },
    { key: "date", label: t.date.label, prompt: t.date.prompt, example: dateExample, schema: dateSchema, format: formatDate },
    {
      key: "action",
      ...t.action,
      choices: options(t.actions, {
        refused: ["tu choi", "khong nhan", "ko nhan", "k nhan", "tu choi khong nhan"],
        returned: [
          "tra lai",
          "da tra",
          "da tra lai",
          "nhan roi tra",
          "nhan roi tra lai",
          "da nhan roi tra lai",
          "gui tra",
          "da gui tra",
          "tra luon",
          "nhan xong tra",
        ],
        handed_over: ["nop", "da nop", "nop co quan", "nop don vi"],
        // Received and kept so far: "đã nhận" must not read as the start of "Đã nhận và đã trả lại".
        pending: [
          "chua xu ly",
          "chua",
          "da nhan",
          "nhan roi",
          "da nhan roi",
          "nhan",
          "dang giu",
          "giu lai",
          "con giu",
          "van giu",
          "chua tra",
          "chua nop",
        ],
      }),
      schema: oneOf(t.actions),
    },
    // Given back or handed over: when, and to whom (the committee checks it with the receiver).
    {
      key: "handledOn",
      label: t.handledOn.label,
      when: handled,
      prompt: ({ answers }) => t.handledOn.prompt[handledHow(answers)],
      example: dateExample,
      schema: dateNotBefore("date"),
      format: formatDate,
    },
    {
      key: "handledTo",
      label: t.handledTo.label,
      when: handled,
      prompt: ({ answers }) => t.handledTo.prompt[handledHow(answers)],
      example: ({ answers }) => t.handledTo.example[handledHow(answers)],
      schema: freeText(),
    },
    { key: "remarks", ...t.remarks, optional: true, schema: freeText(1) },
  ],
  onComplete: (ctx, answers) => submitDeclaration(ctx, "gift", answers),
};
