import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { vi } from "../../handlers/texts/vi.js";
import type { Reply } from "../../core/types.js";
import { splitText } from "../../bot/channels/split-text.js";
import { loadDialog } from "../../storage/dialogs.js";
import { harness } from "../dialog/harness.js";
import { anyText, longText, shortText } from "./arbitraries.js";

// The real app (temp SQLite store, real knowledge base) fed any sequence of messages and button
// presses, in and out of the declaration dialogs: no exception escapes, every message gets a
// non-empty answer that the platforms can carry, a long message is never quoted back, and the
// saved dialog is always at a step that exists.

type Action = { kind: "say"; text: string } | { kind: "press"; pick: number } | { kind: "pressId"; id: string };

const DIALOG_INPUTS = [
  "2",
  "1",
  "3",
  "Công ty Cổ phần Quexaly",
  "Phó Giám đốc",
  "Một giỏ quà Tết",
  "2tr5",
  "hôm qua",
  "xác nhận",
  "sửa 2",
  "quay lại",
  "bỏ qua",
  "hủy",
  "có",
  "không",
];
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...DIALOG_INPUTS).map((text): Action => ({ kind: "say", text })) },
  { weight: 3, arbitrary: shortText.map((text): Action => ({ kind: "say", text })) },
  { weight: 3, arbitrary: fc.nat(20).map((pick): Action => ({ kind: "press", pick })) },
  { weight: 1, arbitrary: longText.map((text): Action => ({ kind: "say", text })) },
  {
    weight: 1,
    arbitrary: fc
      .oneof(anyText, fc.constantFrom("gift:confirm", "dialog:continue", "dialog:cancel", "/cua_toi"))
      .map((id): Action => ({ kind: "pressId", id })),
  },
);
const session = fc.tuple(
  fc.constantFrom("/khaibao_qua", "/khaibao_xungdot", "/start", ""),
  fc.array(action, { minLength: 1, maxLength: 14 }),
);

const TELEGRAM_MAX = 4096;
const ZALO_MAX = 2000;

function checkReplies(replies: Reply[], typed: string | undefined): void {
  expect(replies.length).toBeGreaterThan(0);
  for (const r of replies) {
    expect(r.text.trim().length).toBeGreaterThan(0);
    expect(r.text).not.toBe(vi.common.internalError);
    for (const max of [TELEGRAM_MAX, ZALO_MAX]) {
      const parts = splitText(r.text, max);
      expect(parts.length).toBeGreaterThan(0);
      for (const p of parts) expect(p.length).toBeLessThanOrEqual(max);
    }
    for (const c of r.choices ?? []) {
      expect(c.label.trim().length).toBeGreaterThan(0);
      expect(Buffer.byteLength(c.id)).toBeLessThanOrEqual(64); // Telegram's callback_data limit
    }
    // Anything longer than an answer may be is refused, and never quoted back beyond an excerpt.
    if (typed && typed.length > 1000) expect(r.text.toLowerCase()).not.toContain(typed.trim().slice(-60).toLowerCase());
  }
}

// One store for all runs (opening one costs more than a whole run); each run is another person.
const h = harness();
afterAll(() => h.close());
let people = 0;

function checkDraft(person: string): void {
  const stored = loadDialog(h.app.store, `console:${person}`);
  if (!stored) return;
  const def = h.app.dialogs.get(stored.dialogId);
  expect(def).toBeDefined();
  const state = stored.state as { answers: Record<string, unknown>; at: { kind: string; key?: string } };
  const applicable = def!.steps.filter((s) => !s.when || s.when(state.answers));
  for (const key of Object.keys(state.answers)) expect(def!.steps.map((s) => s.key)).toContain(key);
  if (state.at.kind === "step") expect(applicable.map((s) => s.key)).toContain(state.at.key);
  else expect(["summary", "pickField"]).toContain(state.at.kind);
}

describe("dialog engine properties", () => {
  it("any messages and presses: an answer every time, within the platforms' limits, at a valid step", () => {
    fc.assert(
      fc.property(session, ([opening, actions]) => {
        const person = `p${++people}`;
        const as = { userId: person, chatId: person };
        let last: Reply[] = opening ? h.say(opening, as) : [];
        if (opening) checkReplies(last, opening);
        for (const a of actions) {
          if (a.kind === "say") {
            last = h.say(a.text, as);
            checkReplies(last, a.text);
          } else {
            const ids = last.flatMap((r) => r.choices ?? []).map((c) => c.id);
            const id = a.kind === "pressId" ? a.id : ids.length ? ids[a.pick % ids.length]! : "gift:confirm";
            last = h.press(id, as);
            checkReplies(last, undefined);
          }
          checkDraft(person);
        }
      }),
      { numRuns: 40 },
    );
  });
});
