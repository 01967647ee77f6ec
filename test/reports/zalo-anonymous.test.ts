import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { RunningChannel } from "../../bot/channels/channel.js";
import { startZalo } from "../../bot/channels/zalo.js";
import { listAudit, verifyAudit } from "../../storage/audit.js";
import { getSubmissionByCode } from "../../storage/submissions.js";
import { testApp, type TestApp } from "../support/test-app.js";
import { FAKE_TOKEN, startFakeZalo, zaloUpdate, type FakeZalo } from "../zalo/fake-zalo-server.js";
import { captureLogger } from "../zalo/helpers.js";
import { receiptOf } from "./helpers.js";

// An anonymous report over the Zalo channel (long polling against the local fake), with the most
// verbose logging kept: afterwards the database file and its log, every log line and every outbox
// row (decrypted) are searched for the reporter's user id, chat id and display name. The follow-up
// and the answer to the committee's question come from another Zalo account.

const REPORTER = { userId: "zr9f3c1a77d0e4", chatId: "zc55e20b9a41f7", name: "Vũ Thị Kín Đáo" };
const OTHER = { userId: "zo1122334455aa", name: "Máy mượn" };
const ADMIN = { userId: "zadmin", name: "Chánh văn phòng" };

let fake: FakeZalo;
let t: TestApp;
let channel: RunningChannel;
afterEach(async () => {
  await channel.stop();
  await fake.close();
  t.store.close();
});

async function say(who: { userId: string; chatId?: string; name: string }, text: string): Promise<string[]> {
  const before = fake.sent.length;
  fake.pushUpdate(zaloUpdate({ userId: who.userId, chatId: who.chatId, name: who.name, text }));
  await fake.waitIdle();
  return fake.sent.slice(before).map((m) => m.text);
}

describe("an anonymous report over Zalo", () => {
  it("is sent, questioned and answered, and no trace of the reporter is left in files, logs or outbox", async () => {
    fake = await startFakeZalo();
    t = testApp({ adminIds: [`zalo:${ADMIN.userId}`], prefix: "reports-zalo-" });
    t.clock.now = new Date();
    const logs = captureLogger();
    logs.log.level = "trace";
    channel = await startZalo({ token: FAKE_TOKEN, apiRoot: fake.apiRoot, app: t.app, log: logs.log, pollTimeoutSeconds: 1 });

    expect((await say(REPORTER, "tôi muốn tố cáo")).join("\n")).toContain("Bước 1/7");
    await say(REPORTER, "Thành viên đoàn kiểm tra nhận tiền của đối tượng để bỏ qua sai phạm");
    await say(REPORTER, "Một thành viên đoàn kiểm tra");
    await say(REPORTER, "khoảng giữa tháng 2");
    await say(REPORTER, "Đảng ủy phường C");
    const identityStep = (await say(REPORTER, "có người chứng kiến")).join("\n");
    expect(identityStep).toContain("nền tảng nhắn tin (Telegram, Zalo) vẫn biết tài khoản nào đã nhắn cho bot");
    expect(identityStep).toContain("3. Ẩn danh");
    await say(REPORTER, "3");
    await say(REPORTER, "1");
    const receipt = await say(REPORTER, "xac nhan gui");
    expect(receipt).toHaveLength(1);
    const { code, passphrase } = receiptOf(receipt[0]!);
    // Sent to the chat it came from, once, and nowhere else.
    expect(fake.sent.filter((m) => m.text.includes(passphrase)).map((m) => m.chat_id)).toEqual([REPORTER.chatId]);

    await say(ADMIN, "/start");
    expect((await say(ADMIN, `/quyet_dinh ${code} bo_sung Số tiền khoảng bao nhiêu?`)).join("\n")).toContain("ẩn danh sẽ thấy");

    await say(OTHER, `/theo_doi ${code}`);
    const view = (await say(OTHER, passphrase.toLowerCase())).join("\n");
    expect(view).toContain("Ủy ban hỏi: Số tiền khoảng bao nhiêu?");
    expect((await say(OTHER, "Khoảng 20 triệu đồng")).join("\n")).toContain("Đã gửi câu trả lời");
    expect(getSubmissionByCode(t.store, code)!.status).toBe("info_provided");
    expect(verifyAudit(t.store).ok).toBe(true);
    expect(listAudit(t.store).map((e) => e.actor)).toEqual(["anonymous", `zalo:${ADMIN.userId}`, "anonymous"]);

    const files = ["bot.db", "bot.db-wal"]
      .map((f) => join(t.dir, f))
      .filter(existsSync)
      .map((f) => readFileSync(f));
    const logText = logs.text();
    expect(logText.length).toBeGreaterThan(0);
    const outbox = (t.store.db.prepare("SELECT * FROM outbox").all() as Record<string, unknown>[]).map((row) =>
      JSON.stringify({ ...row, payload: t.store.cipher.decrypt(String(row.payload_enc)) }),
    );
    expect(outbox.join("\n")).toContain("Người phản ánh ẩn danh đã trả lời");
    for (const needle of [REPORTER.userId, REPORTER.chatId, REPORTER.name, OTHER.userId, OTHER.name]) {
      for (const f of files) expect(f.includes(Buffer.from(needle, "utf8")), `${needle} in the database files`).toBe(false);
      expect(logText.includes(needle), `${needle} in the logs`).toBe(false);
      expect(
        outbox.some((row) => row.includes(needle)),
        `${needle} in the outbox`,
      ).toBe(false);
    }
    // The admin, who is not anonymous, is where one would expect them: a control for the search.
    expect(files.some((f) => f.includes(Buffer.from(ADMIN.userId)))).toBe(true);
  });
});
