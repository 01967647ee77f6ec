import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildDigestText } from "../../handlers/digest/build.js";
import { groupQuestions } from "../../handlers/unanswered/group.js";
import { grantRole } from "../../storage/roles.js";
import { listUnanswered } from "../../storage/unanswered.js";
import { harness } from "../review/helpers.js";

const DAY = 86_400_000;
// Monday 02/03/2026 09:00 in Vietnam.
const MONDAY = new Date("2026-03-02T02:00:00Z");
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

const OUT_OF_SCOPE = "Thủ tục cấp lại thẻ bảo hiểm y tế";
const OUT_OF_SCOPE_AGAIN = "thủ tục cấp lại thẻ bảo hiểm y tế thế nào?";
const SUGGESTED = "giữ một địa bàn lâu thì sao";
const ANSWERED = "Thành viên đoàn có được nhận quà của đối tượng kiểm tra không?";

function withCommittee(now = MONDAY) {
  const h = harness({ now });
  h.say("uyvien", "/start");
  h.store.tx(() => grantRole(h.store, { person: "console:uyvien", role: "committee", by: "console:admin", at: now }));
  return h;
}

describe("three outcomes in the terminal chat", () => {
  it("a suggestion offers the sections; a typed number opens the passage in full", () => {
    const h = withCommittee();
    const [suggestion] = h.say("tranthib", SUGGESTED);
    const second = suggestion?.choices?.[1];
    expect(second?.label).toMatch(/^Mục II\.\d/);
    const opened = h.text("tranthib", "2");
    const id = second?.id.replace("/muc ", "") ?? "?";
    expect(opened).toContain(`📖 Mục ${id} – `);
    expect(opened).toContain("Điều động hoặc chuyển đổi vị trí công tác");
    // A confident answer and a refusal, as before.
    expect(h.text("tranthib", ANSWERED)).toContain("Trích Mục II.4.3.1");
    expect(h.text("tranthib", OUT_OF_SCOPE)).toMatch(/^Nội dung này không có trong văn bản/);
    h.close();
  });
});

describe("unanswered questions reach the committee", () => {
  it("keeps refused and suggested questions, not answered ones, and /cau_hoi_chua_ro lists them grouped with counts, newest first", () => {
    const h = withCommittee();
    expect(h.text("nguyenvana", OUT_OF_SCOPE)).toMatch(/không có trong văn bản/);
    h.now.value = new Date(MONDAY.getTime() + 60_000);
    const [suggestion] = h.say("tranthib", SUGGESTED);
    expect(suggestion?.text).toBe("Có thể đồng chí muốn hỏi:");
    expect(suggestion?.choices?.map((c) => c.id)).toEqual(expect.arrayContaining(["/muc II.2.2", "/muc II.3"]));
    h.now.value = new Date(MONDAY.getTime() + 120_000);
    h.text("lethic", ANSWERED);
    h.now.value = new Date(MONDAY.getTime() + 180_000);
    h.text("phamd", OUT_OF_SCOPE_AGAIN);

    expect(listUnanswered(h.store).map((r) => r.mode)).toEqual(["refuse", "suggest", "refuse"]);
    const list = h.text("uyvien", "/cau_hoi_chua_ro");
    const lines = list.split("\n");
    expect(lines[0]).toMatch(/^❓ Câu hỏi chưa trả lời được \(2 nhóm, 90 ngày gần nhất/);
    // The two wordings of the insurance question are one group, shown by its newest wording, first.
    expect(lines[1]).toBe(`• 2 lần · “${OUT_OF_SCOPE_AGAIN}” · đã từ chối · 02/03/2026`);
    expect(lines[2]).toBe(`• 1 lần · “${SUGGESTED}” · đã gợi ý mục · 02/03/2026`);
    expect(list).not.toContain(ANSWERED);
    h.close();
  });

  it("is for the committee only", () => {
    const h = withCommittee();
    h.text("nguyenvana", OUT_OF_SCOPE);
    const refused = h.text("nguyenvana", "/cau_hoi_chua_ro");
    expect(refused).not.toContain("bảo hiểm");
    expect(refused).toMatch(/Ủy ban Kiểm tra/);
    h.close();
  });

  it("holds no trace of who asked: no id, chat or name in its rows or columns", () => {
    const h = withCommittee();
    h.text("nguyenvana", OUT_OF_SCOPE);
    h.text("tranthib", SUGGESTED);
    const columns = (h.store.db.prepare("PRAGMA table_info(unanswered_questions)").all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(["id", "question", "mode", "asked_at"]);
    const dump = JSON.stringify(h.store.db.prepare("SELECT * FROM unanswered_questions").all());
    for (const trace of ["nguyenvana", "tranthib", "console:"]) expect(dump).not.toContain(trace);
    h.close();
  });

  it("forgets questions after KB_LOG_DAYS (90) on the app's clock", () => {
    const h = withCommittee();
    h.text("nguyenvana", OUT_OF_SCOPE);
    h.now.value = new Date(MONDAY.getTime() + 89 * DAY);
    expect(h.text("uyvien", "/cau_hoi_chua_ro")).toContain(OUT_OF_SCOPE);
    h.now.value = new Date(MONDAY.getTime() + 91 * DAY);
    expect(h.text("uyvien", "/cau_hoi_chua_ro")).toMatch(/^Không có câu hỏi nào bot chưa trả lời được trong 90 ngày/);
    // Gone from the table, not only from the list.
    expect(listUnanswered(h.store)).toEqual([]);
    h.close();
  });

  it("names the five most asked in the first digest of the week only", () => {
    const h = withCommittee(new Date(MONDAY.getTime() - 2 * DAY));
    const asked = [
      ...Array(4).fill("Lương tối thiểu vùng năm nay là bao nhiêu?"),
      ...Array(3).fill(OUT_OF_SCOPE),
      ...Array(2).fill("Giá vàng hôm nay bao nhiêu"),
      "Cách đăng ký xe máy mới",
      "Lịch tiếp công dân của ủy ban",
      "Hướng dẫn cài phần mềm kê khai thuế",
    ];
    asked.forEach((q, i) => {
      h.now.value = new Date(MONDAY.getTime() - 2 * DAY + i * 60_000);
      h.text(`nguoi${i}`, q);
    });
    const monday = buildDigestText(h.store, { now: MONDAY, since: new Date(MONDAY.getTime() - 3 * DAY), dueDays: 5 });
    const block = monday.split("\n").filter((l) => l.startsWith("❓") || l.startsWith("  "));
    expect(block[0]).toBe("❓ Câu hỏi chưa trả lời được hỏi nhiều nhất tuần qua (5):");
    expect(block[1]).toBe("  4 lần · “Lương tối thiểu vùng năm nay là bao nhiêu?”");
    expect(block[2]).toBe(`  3 lần · “${OUT_OF_SCOPE}”`);
    expect(block[3]).toBe("  2 lần · “Giá vàng hôm nay bao nhiêu”");
    expect(block).toHaveLength(6);
    // Tuesday's digest (the last one went out on Monday) does not repeat it.
    const tuesday = buildDigestText(h.store, { now: new Date(MONDAY.getTime() + DAY), since: MONDAY, dueDays: 5 });
    expect(tuesday).not.toContain("Câu hỏi chưa trả lời được");
    h.close();
  });

  it("groups wordings of one question and keeps different questions apart", () => {
    const at = (m: number) => new Date(MONDAY.getTime() + m * 60_000);
    const groups = groupQuestions([
      { question: "Giá vàng hôm nay bao nhiêu?", mode: "refuse", askedAt: at(3) },
      { question: "Lịch họp chi bộ tháng này", mode: "suggest", askedAt: at(2) },
      { question: "giá vàng hôm nay", mode: "refuse", askedAt: at(1) },
    ]);
    expect(groups.map((g) => [g.question, g.count])).toEqual([
      ["Giá vàng hôm nay bao nhiêu?", 2],
      ["Lịch họp chi bộ tháng này", 1],
    ]);
  });

  it("`kb unanswered --json` prints [{question, count, lastAt, mode}] from the bot's database", () => {
    const h = withCommittee(new Date());
    h.text("nguyenvana", OUT_OF_SCOPE);
    h.text("tranthib", OUT_OF_SCOPE_AGAIN);
    h.close();
    const r = spawnSync("npx", ["tsx", "bot/cli/kb.ts", "unanswered", "--json"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, DATA_DIR: h.dir, DATA_KEY: "" },
    });
    expect(r.status, r.stderr).toBe(0);
    const rows = z
      .array(z.strictObject({ question: z.string(), count: z.number(), lastAt: z.string(), mode: z.enum(["suggest", "refuse"]) }))
      .parse(JSON.parse(r.stdout));
    expect(rows).toEqual([{ question: OUT_OF_SCOPE_AGAIN, count: 2, lastAt: expect.any(String), mode: "refuse" }]);
    expect(r.stdout).not.toContain("nguyenvana");
  }, 70_000);
});
