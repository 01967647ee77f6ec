import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { FEATURES } from "../../handlers/app.js";
import {
  createDialogRegistry,
  startDialog,
  type Answers,
  type DialogContext,
  type DialogDefinition,
} from "../../handlers/dialog/engine.js";
import { loadDialog } from "../../storage/dialogs.js";
import { buttons, harness, type Harness } from "./harness.js";

// The engine with a small dialog of its own, as another feature would define one: a reason typed
// for a decision on a submission code, completed without a summary.

const completed: { answers: Answers; context: DialogContext }[] = [];
let failOnComplete = false;

const reasonDialog: DialogDefinition = {
  id: "t_reason",
  title: "lý do quyết định",
  confirm: false,
  steps: [
    {
      key: "decision",
      label: "Quyết định",
      prompt: "Chọn quyết định",
      choices: [
        { id: "accept", label: "Chấp nhận" },
        { id: "close", label: "Đóng" },
      ],
      schema: z.enum(["accept", "close"]),
    },
    {
      key: "reason",
      label: "Lý do",
      prompt: (env) => `Gõ lý do cho ${env.context.code}`,
      example: "đã đối chiếu",
      schema: z.string().min(3, "Lý do quá ngắn."),
    },
  ],
  onComplete: (_ctx, answers, context) => {
    if (failOnComplete) throw new Error("boom");
    completed.push({ answers, context });
    return [{ text: `Đã ghi quyết định cho ${context.code}.` }];
  },
};
/** The bot's own features plus this test's dialog, wired as the composition root wires any feature. */
const features = [...FEATURES, { name: "test", commands: [], dialogs: [reasonDialog] }];

let h: Harness;
afterEach(() => {
  h?.close();
  completed.length = 0;
  failOnComplete = false;
});

describe("dialog engine API", () => {
  it("runs a dialog without summary, with context, and completes after the last step", () => {
    h = harness({ features });
    const first = h.withCtx((ctx) => startDialog(ctx, "t_reason", { code: "QT-2026-000001" }));
    expect(first[0]!.text).toContain("Bước 1/2");
    expect(buttons(first)).toEqual(["decision:accept", "decision:close"]);
    expect(h.text(h.press("decision:accept"))).toContain("Gõ lý do cho QT-2026-000001");
    expect(h.text(h.say("ok"))).toContain("Lý do quá ngắn.\nVí dụ: đã đối chiếu");
    expect(h.text(h.say("đã đối chiếu hồ sơ"))).toBe("Đã ghi quyết định cho QT-2026-000001.");
    expect(completed).toEqual([{ answers: { decision: "accept", reason: "đã đối chiếu hồ sơ" }, context: { code: "QT-2026-000001" } }]);
    expect(loadDialog(h.app.store, "console:u1")).toBeUndefined();
  });

  it("onComplete runs inside the update's transaction: if it fails, the draft is kept at its step", () => {
    h = harness({ features });
    h.withCtx((ctx) => startDialog(ctx, "t_reason", { code: "X" }));
    h.say("1");
    failOnComplete = true;
    expect(() => h.say("lý do đủ dài")).toThrow("boom");
    failOnComplete = false;
    expect(loadDialog(h.app.store, "console:u1")?.dialogId).toBe("t_reason");
    expect(h.text(h.say("lý do đủ dài"))).toContain("Đã ghi quyết định");
  });

  it("keeps a registry: ids are unique and a stored draft finds its dialog again", () => {
    h = harness({ features });
    expect(h.app.dialogs.get("t_reason")?.title).toBe("lý do quyết định");
    const twin: DialogDefinition = {
      id: "t_reason",
      title: "x",
      steps: [{ key: "a", label: "a", prompt: "a", schema: z.string() }],
      onComplete: () => [],
    };
    expect(() => createDialogRegistry([reasonDialog, twin])).toThrow(/already registered/);
  });

  it("a pressed button from an old message is refused politely and the current step asked again", () => {
    h = harness({ features });
    h.withCtx((ctx) => startDialog(ctx, "t_reason", { code: "X" }));
    h.press("decision:close");
    const r = h.press("decision:accept");
    expect(r[0]!.text).toMatch(/^Nút này đã cũ/);
    expect(r[1]!.text).toContain("Bước 2/2");
    h.say("lý do đủ dài");
    expect(completed[0]!.answers.decision).toBe("close");
  });

  it("with no dialog active, a dialog button gets only the polite line; other buttons are left to their feature", () => {
    h = harness({ features });
    expect(h.text(h.press("decision:accept"))).toMatch(/^Nút này đã cũ[^\n]*$/);
    expect(h.text(h.press("gift:confirm"))).toMatch(/^Nút này đã cũ/);
    expect(h.text(h.press("something:else"))).not.toMatch(/Nút này đã cũ/);
  });

  it("a draft is answered only in the chat where it started; elsewhere messages route as usual", () => {
    h = harness({ features });
    h.withCtx((ctx) => startDialog(ctx, "t_reason", { code: "X" }));
    const inGroup = h.say("1", { chatId: "group-1", chatType: "group" });
    expect(h.text(inGroup)).not.toContain("Bước");
    expect(h.text(h.say("1"))).toContain("Bước 2/2");
  });
});
