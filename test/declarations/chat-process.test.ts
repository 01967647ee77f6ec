import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Reply } from "../../core/types.js";
import { runAdmin, startChat } from "../support/chat-process.js";

// End to end through the terminal chat process (`bot/cli/chat.ts --jsonl`) and the admin CLI,
// each with its own temp data directory.

const tmp = () => mkdtempSync(join(tmpdir(), "chat-e2e-"));
const text = (replies: Reply[]) => replies.map((r) => r.text).join("\n");

interface AdminRow {
  code: string;
  kind: string;
  status: string;
  declarant: string;
  createdAt: string;
  answers: Record<string, unknown>;
}
async function adminSubmissions(dataDir: string): Promise<AdminRow[]> {
  const { stdout } = await runAdmin(dataDir, ["submissions", "--json"]);
  return JSON.parse(stdout) as AdminRow[];
}

describe("declarations through the chat process", () => {
  it("a complete conflict dialog typed as text, then listed by the admin CLI", async () => {
    const dataDir = tmp();
    const chat = startChat({ dataDir, user: "console:x", name: "Trần Thị Kiểm" });
    try {
      expect(text(await chat.send({ text: "tôi muốn khai báo xung đột lợi ích" }))).toContain("Bước 1/8");
      for (const answer of ["2", "Giám sát chuyên đề 2026", "Chi bộ thôn Đông", "gia dinh voi thanh vien khac cua doan"])
        await chat.send({ text: answer });
      expect(text(await chat.send({ text: "anh chi em ruot" }))).toContain("Bước 6/8");
      await chat.send({ text: "Phạm Văn Xylofon, thành viên đoàn" });
      await chat.send({ text: "không" });
      const summary = text(await chat.send({ text: "Đã báo trưởng đoàn" }));
      expect(summary).toContain("Vai trò: Trưởng đoàn");
      expect(summary).toContain("Đề nghị rút khỏi đoàn: Không, vẫn tham gia đoàn");
      expect(text(await chat.send({ text: "1" }))).toMatch(/XD-\d{4}-000001/);
      expect(text(await chat.send({ text: "/cua_toi" }))).toContain("Đã gửi, chờ xem xét");
    } finally {
      await chat.close();
    }
    const rows = await adminSubmissions(dataDir);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: "conflict",
      status: "submitted",
      declarant: "console:x",
      answers: {
        role: "team_leader",
        inspection: "Giám sát chuyên đề 2026",
        subject: "Chi bộ thôn Đông",
        linkType: "family_team",
        relation: "sibling",
        relatedPerson: "Phạm Văn Xylofon, thành viên đoàn",
        askToWithdraw: false,
        remarks: "Đã báo trưởng đoàn",
      },
    });
    expect(rows[0]!.code).toMatch(/^XD-\d{4}-000001$/);
    expect(Number.isNaN(Date.parse(rows[0]!.createdAt))).toBe(false);
  });

  it("a complete gift dialog with buttons; the same update delivered twice changes nothing", async () => {
    const dataDir = tmp();
    const chat = startChat({ dataDir, user: "console:y" });
    try {
      const start = await chat.send({ text: "/khaibao_qua" });
      expect(start[start.length - 1]!.choices?.map((c) => c.id)).toEqual(["giverType:individual", "giverType:organization"]);
      await chat.send({ choice: "giverType:individual" });
      await chat.send({ text: "Hoàng Văn Quixby" });
      await chat.send({ text: "Chủ tịch UBND xã B" });
      await chat.send({ choice: "giverLink:assigned_area" });
      await chat.send({ choice: "giftKind:money" });
      await chat.send({ text: "Phong bì sau cuộc họp" });
      await chat.send({ text: "hai triệu rưỡi" });
      await chat.send({ text: "27/10/2023" });
      await chat.send({ choice: "action:refused" });
      const summary = text(await chat.send({ text: "bỏ qua" }));
      expect(summary).toContain("Giá trị ước tính: 2.500.000 đồng");
      expect(summary).toContain("Ngày mời, biếu: 27/10/2023");
      const first = await chat.send({ choice: "gift:confirm", id: "tg-update-77" });
      expect(text(first)).toMatch(/QT-\d{4}-000001/);
      expect(await chat.send({ choice: "gift:confirm", id: "tg-update-77" })).toEqual([]);
      expect(text(await chat.send({ choice: "gift:confirm" }))).toMatch(/^Nút này đã cũ/);
    } finally {
      await chat.close();
    }
    const rows = await adminSubmissions(dataDir);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.answers).toEqual({
      giverType: "individual",
      giver: "Hoàng Văn Quixby",
      giverPosition: "Chủ tịch UBND xã B",
      giverLink: "assigned_area",
      giftKind: "money",
      description: "Phong bì sau cuộc họp",
      valueVnd: 2_500_000,
      date: "2023-10-27",
      action: "refused",
      remarks: null,
    });
  });

  it("a process killed between two steps resumes at the same step in a new process", async () => {
    const dataDir = tmp();
    const first = startChat({ dataDir, user: "console:z" });
    await first.send({ text: "/khaibao_qua" });
    await first.send({ text: "cá nhân" });
    expect(text(await first.send({ text: "Đỗ Thị Wembla" }))).toContain("Bước 3/12");
    await first.kill();

    const second = startChat({ dataDir, user: "console:z" });
    try {
      expect(text(await second.send({ text: "Trưởng phòng Tài chính huyện" }))).toContain("Bước 4/12");
      expect(text(await second.send({ text: "quay lại" }))).toContain("Bước 3/12");
    } finally {
      await second.close();
    }
    expect(await adminSubmissions(dataDir)).toEqual([]);
  });
});
