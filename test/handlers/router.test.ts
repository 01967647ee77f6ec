import { afterEach, describe, expect, it } from "vitest";
import { MAX_TEXT } from "../../handlers/router.js";
import { vi } from "../../handlers/texts/vi.js";
import { MEMBER_HELP } from "../support/help.js";
import { harness, type Harness } from "../dialog/harness.js";

// Which path an update takes: orientation and leaving first, then the active dialog, then commands,
// and questions last.

let h: Harness;
afterEach(() => h?.close());

describe("router", () => {
  it("/help inside a declaration orients without losing the draft; /huy then leaves it", () => {
    h = harness();
    h.say("/khaibao_qua");
    expect(h.text(h.say("/help"))).toBe(MEMBER_HELP);
    expect(h.text(h.say("/huy"))).toContain(vi.dialog.cancelled(vi.declarations.gift.title));
    expect(h.text(h.say("/huy"))).toBe(vi.common.nothingToCancel);
  });

  it("an unknown command, a sticker, an empty message and an over-long one each get their own reply", () => {
    h = harness();
    expect(h.text(h.say("/khong_co_lenh_nay"))).toBe(vi.common.unknownCommand);
    expect(h.text(h.send({ nonText: true }))).toBe(vi.common.nonText);
    expect(h.text(h.say("   "))).toBe(vi.common.empty);
    expect(h.text(h.say("a".repeat(MAX_TEXT + 1)))).toBe(vi.common.tooLong(MAX_TEXT));
  });

  it("declarations are refused in a group, questions are answered there", () => {
    h = harness();
    expect(h.text(h.say("/khaibao_qua", { chatType: "group", chatId: "-1" }))).toBe(vi.common.privateOnly);
    expect(h.text(h.say("/hoi thành viên đoàn có được nhận quà không", { chatType: "group", chatId: "-1" }))).toContain("II.4.3.1");
  });

  it("a typed wish to declare starts the declaration", () => {
    h = harness();
    expect(h.text(h.say("tôi muốn khai báo quà tặng"))).toContain("Bước 1/");
  });
});
