import { describe, expect, it } from "vitest";
import type { RunningChannel } from "../../bot/channels/channel.js";
import { createLogger } from "../../bot/log.js";
import { startOutboxSender } from "../../bot/outbox-sender.js";
import { screenDelivery } from "../../handlers/review/notices.js";
import type { Reply } from "../../core/types.js";
import { listOutbox } from "../../storage/outbox.js";
import { grantRole, revokeRole } from "../../storage/roles.js";
import { harness, type Harness } from "../review/helpers.js";

// Notices go only to who may read them: a reviewer whose committee role was removed no longer
// receives the declarant's reply to the question they asked (checked when the notice is written and
// again when it is delivered; the current committee gets it instead), and a committee member sees
// their own declaration only as a declarant does.

const role = (h: Harness, grant: boolean, who: string) =>
  h.store.tx(() =>
    (grant ? grantRole : revokeRole)(h.store, { person: `console:${who}`, role: "committee", by: "console:admin", at: h.now.value }),
  );

function asked(h: Harness) {
  role(h, true, "carol");
  h.say("carol", "/start");
  const s = h.declare("bob", "conflict");
  expect(h.text("carol", `/quyet_dinh ${s.code} bo_sung Quan hệ với đối tượng là gì?`)).toContain(s.code);
  return s;
}

describe("a reviewer whose role was removed", () => {
  it("does not receive the reply when the role was removed before the declarant answered; the committee does", () => {
    const h = harness();
    h.say("admin", "/start");
    const s = asked(h);
    role(h, false, "carol");
    h.say("bob", `/bo_sung ${s.code} Anh ruột của tôi, Bí thư xã A`);
    expect(h.text("carol", "/start")).not.toContain("Anh ruột của tôi");
    expect(h.text("admin", "/start")).toContain("Anh ruột của tôi");
    h.close();
  });

  it("does not receive the reply when the role was removed after it was queued (terminal delivery); the committee does", () => {
    const h = harness();
    h.say("admin", "/start");
    const s = asked(h);
    h.say("bob", `/bo_sung ${s.code} Anh ruột của tôi, Bí thư xã A`);
    role(h, false, "carol");
    expect(h.text("carol", "/start")).not.toContain("Anh ruột của tôi");
    expect(h.text("admin", "/start")).toContain("Anh ruột của tôi");
    expect(listOutbox(h.store).find((r) => r.personId === "console:carol" && r.kind === "info_reply")).toMatchObject({
      status: "failed",
      lastError: expect.stringContaining("entitled"),
    });
    h.close();
  });

  it("does not receive it through the outbox sender either, nor a digest queued before the removal", async () => {
    const h = harness();
    h.say("admin", "/start");
    const s = asked(h);
    h.say("bob", `/bo_sung ${s.code} Anh ruột của tôi, Bí thư xã A`);
    const { queueScheduledDigest } = await import("../../handlers/digest/send.js");
    queueScheduledDigest(h.store, h.app.config, h.now.value);
    role(h, false, "carol");
    const sent: { chatId: string; replies: Reply[] }[] = [];
    const terminal: RunningChannel = {
      name: "console",
      send: async (chatId, replies) => void sent.push({ chatId, replies }),
      stop: async () => {},
    };
    const sender = startOutboxSender({
      store: h.store,
      channels: [terminal],
      log: createLogger("silent"),
      intervalMs: 60_000,
      screen: (m, now) => screenDelivery(h.store, h.app.config, m, now),
    });
    await sender.flush();
    sender.stop();
    // Carol still gets what was hers to read (the notice of her role), but not the reply or the digest.
    const toCarol = sent.filter((m) => m.chatId === "carol").flatMap((m) => m.replies.map((r) => r.text));
    expect(toCarol.some((t) => t.includes("Anh ruột của tôi") || t.includes("Dấu nhật ký"))).toBe(false);
    const toAdmin = sent.filter((m) => m.chatId === "admin").flatMap((m) => m.replies.map((r) => r.text));
    expect(toAdmin.some((t) => t.includes("Anh ruột của tôi"))).toBe(true);
    expect(toAdmin.some((t) => t.includes("Dấu nhật ký"))).toBe(true);
    h.close();
  });
});

describe("a committee member viewing their own declaration", () => {
  it("sees what the declarant sees: no reviewer, no committee labels, no decision buttons", () => {
    const h = harness();
    role(h, true, "carol");
    const s = h.declare("carol", "gift");
    h.say("admin", `/quyet_dinh ${s.code} bo_sung Giá trị ước tính bao nhiêu?`);
    h.say("carol", `/bo_sung ${s.code} Khoảng 300.000 đồng`);
    h.say("admin", `/quyet_dinh ${s.code} chap_nhan Giá trị nhỏ, đã báo cáo đúng hạn`);
    const own = h.say("carol", `/xem ${s.code}`);
    const text = own.map((r) => r.text).join("\n");
    expect(text).toContain(s.code);
    expect(text).toContain("Đã xem xét, chấp nhận"); // the declarant's wording of the status
    expect(text).toContain("Giá trị nhỏ, đã báo cáo đúng hạn"); // sent to them with the decision
    expect(text).toContain("Khoảng 300.000 đồng");
    expect(text).not.toContain("console:admin");
    expect(text).not.toContain("console:carol"); // the committee view names the declarant by id; the receipt does not
    expect(own.flatMap((r) => r.choices ?? [])).toEqual([]);
    // Another member reviewing it still sees the reviewer.
    expect(h.text("admin", `/xem ${s.code}`)).toContain("console:admin");
    h.close();
  });
});
