import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Reply } from "../../core/types.js";
import { verifyAudit } from "../../storage/audit.js";
import { listAssignments } from "../../storage/assignments.js";
import { KEY_FILE, openStore } from "../../storage/db.js";
import { listAllSubmissions } from "../../storage/submissions.js";
import { REPO_ROOT, runAdmin, startChat } from "../support/chat-process.js";
import { adminCommand, cliEnv, harness } from "../review/helpers.js";

// The operator's tools as an operator meets them: `--help` everywhere, Vietnamese throughout, the
// roster as Excel writes it in a Vietnamese locale, and a backup taken while the bot is running.

const cmd = adminCommand;
const text = (replies: Reply[]) => replies.map((r) => r.text).join("\n");

const env = cliEnv;

function tsx(args: string[], extraEnv: Record<string, string> = {}) {
  const e: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: mkdtempSync(join(tmpdir(), "cli-")), ...extraEnv };
  delete e.DATA_KEY;
  return spawnSync(join(REPO_ROOT, "node_modules", ".bin", "tsx"), args, { cwd: REPO_ROOT, env: e, encoding: "utf8" });
}

describe("assignments import as Excel writes it in a Vietnamese locale", () => {
  it("reads semicolons and dd/mm/yyyy dates, says it replaces the whole roster, and lists it", () => {
    const h = harness();
    const file = join(h.dir, "phan-cong.csv");
    writeFileSync(file, "person,area,since\nCũ Văn X,Huyện Cũ,2020-01-01\n");
    expect(cmd("assignments").run(["import", file], env(h).env)).toBe(0);

    writeFileSync(
      file,
      "\uFEFFperson;area;since\r\nNguyễn Văn A;Huyện X, xã Y;15/01/2021\r\ntelegram:123456789;Lĩnh vực đất đai;1/2/2023\r\n",
    );
    const e = env(h);
    expect(cmd("assignments").run(["import", file], e.env)).toBe(0);
    expect(listAssignments(h.store)).toEqual([
      { person: "Nguyễn Văn A", area: "Huyện X, xã Y", since: "2021-01-15" },
      { person: "telegram:123456789", area: "Lĩnh vực đất đai", since: "2023-02-01" },
    ]);
    expect(e.err.join("\n")).toBe("Lưu ý: lệnh này thay toàn bộ danh sách phân công (1 dòng hiện có) bằng 2 dòng trong tệp.");
    expect(e.out.join("\n")).toContain("Đã nhập 2 phân công; danh sách cũ đã được thay");

    const l = env(h);
    expect(cmd("assignments").run(["list"], l.env)).toBe(0);
    expect(l.out).toEqual([
      "2 phân công:",
      "15/01/2021  Nguyễn Văn A — Huyện X, xã Y (5 năm)",
      "01/02/2023  telegram:123456789 — Lĩnh vực đất đai (3 năm)",
    ]);
    h.close();
  });

  it("refuses malformed person ids and an unclosed quote by line, and keeps the stored roster", () => {
    const h = harness();
    const file = join(h.dir, "sai.csv");
    writeFileSync(
      file,
      "person;area;since\ntelegram:@nguyenvana;Huyện X;01/01/2021\n@lean;Huyện Y;01/01/2021\nzalo:Lê An;Huyện Z;01/01/2021\nLê An;Huyện Q;31/02/2021\n",
    );
    const e = env(h);
    expect(cmd("assignments").run(["import", file], e.env)).toBe(1);
    expect(e.err).toEqual([
      "dòng 2: person «telegram:@nguyenvana» không phải mã người dùng hợp lệ: dùng kênh:mã như telegram:123456789, zalo:a1b2c3 (hoặc ghi họ tên)",
      "dòng 3: person «@lean» không phải mã người dùng hợp lệ: dùng kênh:mã như telegram:123456789, zalo:a1b2c3 (hoặc ghi họ tên)",
      "dòng 4: person «zalo:Lê An» không phải mã người dùng hợp lệ: dùng kênh:mã như telegram:123456789, zalo:a1b2c3 (hoặc ghi họ tên)",
      "dòng 5: since «31/02/2021»: ngày không có thật",
      "Tệp có 4 lỗi; không nhập dòng nào, danh sách cũ giữ nguyên.",
    ]);
    writeFileSync(file, 'person,area,since\nA,B,2020-01-01\n"C,D,2020-01-01\n');
    const q = env(h);
    expect(cmd("assignments").run(["import", file], q.env)).toBe(1);
    expect(q.err[0]).toBe("dòng 3: dấu ngoặc kép mở mà không đóng");
    expect(listAssignments(h.store)).toEqual([]);
    h.close();
  });
});

describe("export", () => {
  it("says in one line that the --out folder does not exist, and writes nothing", () => {
    const h = harness();
    const out = join(h.dir, "khong-co", "bao-cao.csv");
    const e = env(h);
    expect(cmd("export").run(["--from", "2026-01-01", "--to", "2026-12-31", "--out", out], e.env)).toBe(1);
    expect(e.err).toEqual([`Thư mục ${dirname(out)} không tồn tại; tạo thư mục trước hoặc chọn nơi khác cho --out.`]);
    expect(existsSync(dirname(out))).toBe(false);
    h.close();
  });
});

describe("every CLI answers --help, in Vietnamese, without a stack trace", () => {
  it("chat --help and an unknown option", () => {
    const help = tsx(["bot/cli/chat.ts", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Cách dùng: npm run -s chat --");
    expect(help.stderr).toBe("");
    const bad = tsx(["bot/cli/chat.ts", "--usr", "x"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Tùy chọn không hợp lệ: --usr x");
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it("admin --help, a subcommand's --help, and a bad setting", () => {
    const all = tsx(["bot/cli/admin.ts", "--help"]);
    expect(all.status).toBe(0);
    expect(all.stdout).toContain("backup FILE.db");
    expect(all.stdout).not.toMatch(/committee/i);
    const one = tsx(["bot/cli/admin.ts", "assignments", "--help"]);
    expect(one.status).toBe(0);
    expect(one.stdout).toContain("thay TOÀN BỘ danh sách phân công");
    const port = tsx(["bot/cli/admin.ts", "submissions"], { PORT: "tám nghìn" });
    expect(port.status).toBe(2);
    expect(port.stderr.trim()).toBe("Cấu hình sai: PORT: phải là một số nguyên từ 1 đến 65535");
  });
});

describe("admin backup", () => {
  it("copies the database while the bot runs; the copy opens with the key, decrypts and verifies", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "backup-"));
    const chat = startChat({ dataDir, user: "console:x", name: "Trần Thị Kiểm" });
    try {
      expect(text(await chat.send({ text: "tôi muốn khai báo xung đột lợi ích" }))).toContain("Bước 1/8");
      for (const answer of [
        "2",
        "Giám sát chuyên đề 2026",
        "Chi bộ thôn Đông",
        "gia dinh voi thanh vien khac cua doan",
        "anh chi em ruot",
        "Phạm Văn Xylofon, thành viên đoàn",
        "không",
        "Đã báo trưởng đoàn",
      ]) {
        await chat.send({ text: answer });
      }
      const code = /XD-\d{4}-\d{6}/.exec(text(await chat.send({ text: "1" })))?.[0];
      expect(code).toBeDefined();

      // The bot still has the database open (and a draft could be written at any moment).
      const copy = join(mkdtempSync(join(tmpdir(), "backup-copy-")), "bot-sao-luu.db");
      const { stdout } = await runAdmin(dataDir, ["backup", copy]);
      expect(stdout).toContain(`Đã sao lưu cơ sở dữ liệu vào ${copy} (1 bản khai, đã kiểm tra mở lại được).`);
      expect(stdout).toContain(join(dataDir, KEY_FILE));
      expect(statSync(copy).mode & 0o077).toBe(0);
      // The bot goes on after the backup.
      expect(text(await chat.send({ text: "/cua_toi" }))).toContain(code!);

      const restored = openStore({
        dataDir: dirname(copy),
        fileName: basename(copy),
        key: readFileSync(join(dataDir, KEY_FILE), "utf8").trim(),
      });
      try {
        const subs = listAllSubmissions(restored);
        expect(subs.map((s) => s.code)).toEqual([code]);
        expect(JSON.stringify(subs[0]!.answers)).toContain("Phạm Văn Xylofon");
        expect(verifyAudit(restored).ok).toBe(true);
      } finally {
        restored.close();
      }

      // Never over an existing file.
      const again = await runAdmin(dataDir, ["backup", copy]).catch((e: { code?: number; stderr?: string }) => e);
      expect((again as { code?: number }).code).toBe(1);
      expect((again as { stderr?: string }).stderr).toContain("đã có; chọn tên khác");
    } finally {
      await chat.close();
    }
  }, 60_000);
});
