import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { reviewAdminCommands } from "../../bot/cli/admin-review.js";
import { parseAssignmentsCsv, parseCsv } from "../../bot/cli/assignments-csv.js";
import { vi } from "../../handlers/texts/vi.js";
import { listAssignments } from "../../storage/assignments.js";
import { listAudit } from "../../storage/audit.js";
import { harness } from "./helpers.js";

const cmd = (name: string) => reviewAdminCommands.find((c) => c.name === name)!;

function env(h: ReturnType<typeof harness>) {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, env: { store: () => h.store, out: (l: string) => out.push(l), err: (l: string) => err.push(l), actor: "cli:test", now: () => h.now.value } };
}

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
    writeFileSync(file, '\uFEFFperson,area,since\r\n"Hoàng, E","Lĩnh vực ""đất đai""",2020-01-01\r\nNguyễn Văn A,Huyện X,2022-01-01\r\n\r\n');
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
    expect(parseAssignmentsCsv("name,area,since\nA,B,2020-01-01\n", "2026-01-01")).toEqual({ ok: false, errors: ["dòng 1: tiêu đề phải là person,area,since"] });
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
  it("writes submissions and decisions in the date range as CSV with a BOM and proper quoting", () => {
    const h = harness();
    const a = h.declare("alice", "gift", { note: 'Hộp trà "Thái Nguyên", 300.000 đồng' }, new Date("2026-02-10T03:00:00Z"));
    const b = h.declare("bob", "conflict", { note: "=HYPERLINK()" }, new Date("2026-02-28T18:00:00Z")); // 01/03 in Vietnam
    h.declare("carol", "gift", {}, new Date("2026-01-05T03:00:00Z"));
    h.say("admin", `/quyet_dinh ${a.code} bo_sung Ai tặng, nhân dịp gì?`);
    h.say("alice", `/bo_sung ${a.code} Đối tác, dịp Tết`);
    h.say("admin", `/quyet_dinh ${a.code} chap_nhan Đã trả lại, giá trị nhỏ`);
    const out = join(h.dir, "export.csv");
    const e = env(h);
    expect(cmd("export").run(["--from", "2026-02-01", "--to", "2026-03-01", "--out", out], e.env)).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split("\r\n");
    expect(lines[0]).toContain('"Mã","Loại","Trạng thái"');
    const body = lines.slice(1).filter(Boolean);
    expect(body).toHaveLength(3); // a: two decisions, b: none; carol is out of range
    expect(body[0]).toContain(`"${a.code}"`);
    expect(body[0]).toContain('"note: Hộp trà ""Thái Nguyên"", 300.000 đồng"');
    expect(body[0]).toContain(`"${vi.review.decisions.request_info}","Ai tặng, nhân dịp gì?"`);
    expect(body[1]).toContain(`"${vi.review.decisions.accept}","Đã trả lại, giá trị nhỏ","console:admin"`);
    expect(body[2]).toContain(`"${b.code}"`);
    expect(body[2]).toContain(`"01/03/2026"`);
    // The operator is told how many declarations went out, and a reversed range is refused with a reason.
    expect(e.err).toEqual([`Đã xuất 2 bản khai vào ${out}.`]);
    expect(cmd("export").run(["--from", "2026-03-02", "--to", "2026-03-01"], e.env)).toBe(2);
    expect(e.err).toHaveLength(2);
    h.close();
  });
});
