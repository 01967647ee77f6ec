import { afterEach, describe, expect, it } from "vitest";
import { rememberOffer, takeOfferedCommand } from "../../handlers/offers.js";
import { harness, type Harness } from "../dialog/harness.js";

// Command buttons outside a dialog, picked on Zalo and in the terminal by number or label.

const offer = [
  {
    text: "XD-2026-000001",
    choices: [
      { id: "/quyet_dinh XD-2026-000001 chap_nhan", label: "Chấp nhận" },
      { id: "/quyet_dinh XD-2026-000001 dong", label: "Đóng" },
    ],
  },
];

let h: Harness;
afterEach(() => h?.close());

describe("remembered command offers", () => {
  it("a typed number picks the offered command once; a second '2' means nothing", () => {
    h = harness();
    h.withCtx((ctx) => rememberOffer(ctx, offer));
    expect(h.withCtx((ctx) => takeOfferedCommand(ctx, "2"))).toBe("/quyet_dinh XD-2026-000001 dong");
    expect(h.withCtx((ctx) => takeOfferedCommand(ctx, "2"))).toBeUndefined();
  });

  it("the label or its unique beginning picks it, with or without diacritics", () => {
    h = harness();
    h.withCtx((ctx) => rememberOffer(ctx, offer));
    expect(h.withCtx((ctx) => takeOfferedCommand(ctx, "chap nhan"))).toBe("/quyet_dinh XD-2026-000001 chap_nhan");
  });

  it("an offer is for its own chat and person, and lapses after a day", () => {
    h = harness();
    h.withCtx((ctx) => rememberOffer(ctx, offer));
    expect(h.withCtx((ctx) => takeOfferedCommand(ctx, "1"), "someone-else")).toBeUndefined();
    h.clock.now = new Date(h.clock.now.getTime() + 25 * 3600 * 1000);
    expect(h.withCtx((ctx) => takeOfferedCommand(ctx, "1"))).toBeUndefined();
  });

  it("a dialog's own buttons replace an older command offer", () => {
    h = harness();
    h.withCtx((ctx) => rememberOffer(ctx, offer));
    h.withCtx((ctx) => rememberOffer(ctx, [{ text: "Bước 1/6", choices: [{ id: "role:member", label: "Thành viên đoàn" }] }]));
    expect(h.withCtx((ctx) => takeOfferedCommand(ctx, "1"))).toBeUndefined();
  });
});
