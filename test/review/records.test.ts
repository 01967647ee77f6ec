import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAssignmentsCsv, parseCsv } from "../../bot/cli/assignments-csv.js";
import { vi } from "../../handlers/texts/vi.js";
import { listAssignments } from "../../storage/assignments.js";
import { listAudit } from "../../storage/audit.js";
import { purgeReport } from "../../storage/reports.js";
import { createSubmission } from "../../storage/submissions.js";
import { adminCommand, cliEnv, harness } from "./helpers.js";

const cmd = adminCommand;

const env = cliEnv;

describe("assignments import", () => {
  it("reports every bad row by line number and reason and imports nothing from a bad file", () => {
    const h = harness();
    const file = join(h.dir, "bad.csv");
    writeFileSync(
      file,
      [
        "person,area,since",
        "Nguyễn Văn A,Huyện X,2022-01-01",
        "Trần Thị B,,2021-05-01",
        "Lê Văn C,Huyện Y,tháng 5/2021",
        "Phạm D,Huyện Z,2021-02-30",
        '"Hoàng, E","Lĩnh vực ""đất đai""",2020-01-01,extra',
        "Nguyễn Văn A,Huyện X,2023-01-01",
        "Vũ F,Huyện Q,2099-01-01",
      ].join("\n"),
    );
    const e = env(h);
    expect(cmd("assignments").run(["import", file], e.env)).toBe(1);
    expect(e.err.slice(0, -1)).toEqual([
      "dòng 3: thiếu area",
      "dòng 4: since «tháng 5/2021»: ngày phải theo dạng dd/mm/yyyy hoặc YYYY-MM-DD",
      "dòng 5: since «2021-02-30»: ngày không có thật",
      "dòng 6: cần 3 cột (person,area,since), có 4",
      "dòng 7: trùng với dòng 2 (Nguyễn Văn A, Huyện X)",
      "dòng 8: since «2099-01-01» ở tương lai",
    ]);
    expect(listAssignments(h.store)).toEqual([]);
    expect(listAudit(h.store)).toEqual([]);
    h.close();
  });

  it("a good file (Excel BOM, CRLF, quoted commas) replaces the list, audited", () => {
    const h = harness();
    const file = join(h.dir, "good.csv");
    writeFileSync(
      file,
      '\uFEFFperson,area,since\r\n"Hoàng, E","Lĩnh vực ""đất đai""",2020-01-01\r\nNguyễn Văn A,Huyện X,2022-01-01\r\n\r\n',
    );
    const e = env(h);
    expect(cmd("assignments").run(["import", file], e.env)).toBe(0);
    expect(listAssignments(h.store)).toEqual([
      { person: "Hoàng, E", area: 'Lĩnh vực "đất đai"', since: "2020-01-01" },
      { person: "Nguyễn Văn A", area: "Huyện X", since: "2022-01-01" },
    ]);
    expect(listAudit(h.store).map((a) => [a.action, a.actor])).toEqual([["assignments.import", "cli:test"]]);
    h.close();
  });

  it("a wrong header is refused", () => {
    expect(parseAssignmentsCsv("name,area,since\nA,B,2020-01-01\n", "2026-01-01")).toEqual({
      ok: false,
      errors: ["dòng 1: tiêu đề phải là person,area,since"],
    });
    expect(parseCsv('a,"b\nc",d\ne,f,g').map((r) => r.line)).toEqual([1, 3]);
  });

  it("the CLI exits non-zero on a bad file", () => {
    const h = harness();
    h.close();
    const file = join(h.dir, "bad.csv");
    writeFileSync(file, "person,area,since\nA,,2020-01-01\n");
    const r = spawnSync("npx", ["tsx", "bot/cli/admin.ts", "assignments", "import", file], {
      env: { ...process.env, DATA_DIR: h.dir, DATA_KEY: "" },
      encoding: "utf8",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("dòng 2: thiếu area");
  });
});

describe("export", () => {
  const gift = {
    giverType: "individual",
    giver: 'Nguyễn Văn "Tư"',
    giverPosition: "Giám đốc công ty X",
    giverLink: "inspected_subject",
    giftKind: "goods",
    description: "=HYPERLINK()",
    valueVnd: 2500000,
    date: "2026-02-08",
    action: "returned",
    handledOn: "2026-02-09",
    handledTo: "Văn phòng Ủy ban",
    remarks: null,
  };

  /** The CSV's rows as arrays of fields (every field is quoted; no field here holds a newline). */
  function rowsOf(file: string): { header: string[]; body: string[][] } {
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [head, ...rest] = bytes
      .toString("utf8")
      .slice(1)
      .split("\r\n")
      .filter(Boolean)
      .map((l) =>
        l
          .slice(1, -1)
          .split('","')
          .map((f) => f.replaceAll('""', '"')),
      );
    return { header: head!, body: rest };
  }

  it("writes one row per declaration in the date range, each answer in its own column, the latest decision beside it", () => {
    const h = harness();
    const a = h.declare("alice", "gift", gift, new Date("2026-02-10T03:00:00Z"));
    const conflict = {
      role: "team_member",
      inspection: "Kiểm tra xã A",
      subject: "Đảng ủy xã A",
      linkType: "shares",
      interest: "Cổ phần công ty Y",
      askToWithdraw: true,
    };
    const b = h.declare("bob", "conflict", conflict, new Date("2026-02-28T18:00:00Z")); // 01/03 in Vietnam
    const c = h.declare(
      "dan",
      "gift",
      { ...gift, valueVnd: null, action: "refused", handledOn: undefined, handledTo: undefined, old: "x" },
      new Date("2026-02-11T03:00:00Z"),
    );
    h.declare("carol", "gift", gift, new Date("2026-01-05T03:00:00Z"));
    h.say("admin", `/quyet_dinh ${a.code} bo_sung Ai tặng, nhân dịp gì?`);
    h.say("alice", `/bo_sung ${a.code} Đối tác, dịp Tết`);
    h.say("admin", `/quyet_dinh ${a.code} chap_nhan Đã trả lại, giá trị nhỏ`);
    const out = join(h.dir, "export.csv");
    const e = env(h);
    expect(cmd("export").run(["--from", "2026-02-01", "--to", "2026-03-01", "--out", out], e.env)).toBe(0);
    const { header, body } = rowsOf(out);
    const col = (row: string[], name: string) => {
      const i = header.indexOf(name);
      expect(i, name).toBeGreaterThanOrEqual(0);
      return row[i];
    };
    expect(header.slice(0, 11)).toEqual([
      "Mã",
      "Loại",
      "Trạng thái",
      "Người khai",
      "Tên người khai",
      "Ngày khai",
      "Số quyết định",
      "Quyết định gần nhất",
      "Lý do",
      "Người quyết định",
      "Ngày quyết định",
    ]);
    // One row per declaration, oldest first; carol's is out of range.
    expect(body.map((r) => r[0])).toEqual([a.code, c.code, b.code]);
    expect(body.every((r) => r.length === header.length)).toBe(true);
    const [ra, rc, rb] = body as [string[], string[], string[]];
    // The latest decision and its reason, and how many there were.
    expect(col(ra, "Số quyết định")).toBe("2");
    expect(col(ra, "Quyết định gần nhất")).toBe(vi.review.decisions.accept);
    expect(col(ra, "Lý do")).toBe("Đã trả lại, giá trị nhỏ");
    expect(col(ra, "Người quyết định")).toContain("console:admin");
    expect(col(rb, "Số quyết định")).toBe("0");
    expect(col(rb, "Quyết định gần nhất")).toBe("");
    expect(col(rb, "Ngày khai")).toBe("01/03/2026");
    // Each answer in its own column: the amount as plain digits, choices and dates as the committee reads them.
    expect(col(ra, "Quà tặng: Giá trị ước tính (đồng)")).toBe("2500000");
    expect(col(ra, "Quà tặng: Tên người, tổ chức")).toBe('Nguyễn Văn "Tư"');
    expect(col(ra, "Quà tặng: Người khai đã xử lý")).toBe("Đã nhận và đã trả lại");
    expect(col(ra, "Quà tặng: Ngày trả lại, nộp")).toBe("09/02/2026");
    expect(col(ra, "Quà tặng: Mô tả")).toBe("'=HYPERLINK()"); // never run as a formula
    expect(col(ra, "Quà tặng: Ghi chú")).toBe(vi.dialog.skipped);
    // "không rõ" is said, not shown as a skipped field; steps that did not apply stay blank; old keys are kept.
    expect(col(rc, "Quà tặng: Giá trị ước tính (đồng)")).toBe("Không rõ");
    expect(col(rc, "Quà tặng: Ngày trả lại, nộp")).toBe("");
    expect(col(rc, "Nội dung khác")).toBe("old: x");
    // Another kind's columns are blank; its own are filled.
    expect(col(rb, "Quà tặng: Giá trị ước tính (đồng)")).toBe("");
    expect(col(rb, "Xung đột lợi ích: Mô tả quyền, lợi ích")).toBe("Cổ phần công ty Y");
    expect(header.some((h) => h.includes("Đồng chí"))).toBe(false);
    // The operator is told how many declarations went out, and a reversed range is refused with a reason.
    expect(e.err).toEqual([`Đã xuất 3 bản khai vào ${out}.`]);
    expect(cmd("export").run(["--from", "2026-03-02", "--to", "2026-03-01"], e.env)).toBe(2);
    expect(e.err).toHaveLength(2);
    expect(e.err[1]).toBe("--from (2026-03-02) sau --to (2026-03-01); đổi chỗ hai ngày.");
    // A day not on the calendar is refused, not read as the edge of a range (found by a reviewer's run).
    expect(cmd("export").run(["--from", "2026-02-30", "--to", "2026-12-31"], e.env)).toBe(2);
    expect(e.err[2]).toBe("Ngày 2026-02-30 không có thật; kiểm tra lại --from và --to (dạng YYYY-MM-DD).");
    h.close();
  });

  it("never names a hidden reporter, and leaves leadership-only reports out unless asked", () => {
    const h = harness();
    const at = new Date("2026-02-10T03:00:00Z");
    const contents = { what: "Trưởng đoàn nhận phong bì của đối tượng", who: "Trưởng đoàn" };
    const report = (identity: "public" | "confidential" | "anonymous", audience: "committee" | "leadership", person: string) =>
      h.store.tx(() =>
        createSubmission(h.store, {
          kind: "report",
          answers: contents,
          at,
          ...(identity === "public"
            ? { declarant: person, declarantName: "Người Công Khai", channel: "console", chatId: person }
            : { declarant: "", channel: "", chatId: "" }),
          report:
            identity === "confidential"
              ? { identity, audience, reporter: { person, name: "Người Bí Mật", channel: "console", chatId: "secret-chat" } }
              : { identity, audience },
        }),
      );
    const pub = report("public", "committee", "console:pub");
    const conf = report("confidential", "committee", "console:secret");
    const anon = report("anonymous", "committee", "");
    report("confidential", "leadership", "console:boss-secret");
    const out = join(h.dir, "reports.csv");
    const e = env(h);
    expect(cmd("export").run(["--from", "2026-02-01", "--to", "2026-02-28", "--out", out], e.env)).toBe(0);
    const text = readFileSync(out, "utf8");
    for (const secret of ["console:secret", "Người Bí Mật", "secret-chat", "console:boss-secret"]) expect(text).not.toContain(secret);
    const { header, body } = rowsOf(out);
    const col = (row: string[], name: string) => row[header.indexOf(name)];
    expect(body.map((r) => r[0])).toEqual([pub.code, conf.code, anon.code]);
    expect(body.map((r) => col(r, "Người khai"))).toEqual(["console:pub", vi.reports.whoConfidential, vi.reports.whoAnonymous]);
    expect(body.map((r) => col(r, "Phản ánh: Danh tính"))).toEqual(Object.values(vi.reports.identities));
    expect(col(body[2]!, "Phản ánh: Sự việc")).toBe(contents.what);
    expect(e.err).toEqual([`Đã xuất 3 bản khai vào ${out}.`, expect.stringContaining("--leadership")]);
    // Asked for: the leadership-only report too, still without its reporter.
    const all = join(h.dir, "all.csv");
    expect(cmd("export").run(["--from", "2026-02-01", "--to", "2026-02-28", "--out", all, "--leadership"], e.env)).toBe(0);
    expect(rowsOf(all).body).toHaveLength(4);
    expect(readFileSync(all, "utf8")).not.toContain("console:boss-secret");
    // A purged report says so, with no contents left to export.
    h.store.tx(() => purgeReport(h.store, pub.id, new Date("2027-03-01T03:00:00Z")));
    const purged = join(h.dir, "purged.csv");
    expect(cmd("export").run(["--from", "2026-02-01", "--to", "2026-02-28", "--out", purged], e.env)).toBe(0);
    const after = rowsOf(purged);
    const row = after.body.find((r) => r[0] === pub.code)!;
    expect(row[after.header.indexOf("Phản ánh: Sự việc")]).toBe("");
    expect(row[after.header.indexOf("Nội dung khác")]).toBe(vi.reports.viewPurged("01/03/2027"));
    h.close();
  });
});
