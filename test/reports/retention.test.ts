import { spawnSync } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { reviewAdminCommands } from "../../bot/cli/admin-review.js";
import { ConfigError, loadConfig } from "../../bot/config.js";
import { startScheduler } from "../../bot/scheduler.js";
import { runReportRetention } from "../../handlers/reports/retention.js";
import { listAudit, verifyAudit } from "../../storage/audit.js";
import { listDecisions, listInfoRequests } from "../../storage/decisions.js";
import { checkReportRows } from "../../storage/reports.js";
import { getSubmissionByCode } from "../../storage/submissions.js";
import { captureLogger } from "../support/capture-log.js";
import { ADMIN, bed, receiptOf, type Bed } from "./helpers.js";

// Closed reports' contents are deleted after the retention period by a scheduled job; code, dates,
// status and the audit chain stay, and the chain still verifies.

const WHAT = "Cán bộ Ủy ban gợi ý bỏ qua sai phạm để đổi lấy chuyến du lịch";
const DAY = 24 * 60 * 60 * 1000;

let b: Bed;
afterEach(() => b.close());

function auditVerifyCli(): { code: number; out: string } {
  const out: string[] = [];
  const cmd = reviewAdminCommands.find((c) => c.name === "audit")!;
  const code = cmd.run(["verify"], { store: () => b.store, out: (l) => out.push(l), err: (l) => out.push(l) });
  return { code, out: out.join("\n") };
}

function closedAnonymousReport(): { code: string; passphrase: string } {
  const r = receiptOf(b.report({ userId: "anon" }, { what: WHAT, identity: "ẩn danh" }));
  b.text(ADMIN, `/quyet_dinh ${r.code} bo_sung Chuyến du lịch vào thời gian nào?`);
  b.text({ userId: "any" }, `/theo_doi ${r.code}`);
  b.text({ userId: "any" }, r.passphrase);
  b.text({ userId: "any" }, "Tháng 4/2026, đi Phú Quốc");
  b.text(ADMIN, `/quyet_dinh ${r.code} dong Đã chuyển kết quả xác minh cho cơ quan có thẩm quyền`);
  return r;
}

describe("report retention", () => {
  it("deletes a closed report's contents after REPORT_RETENTION_DAYS, keeps code, dates and status, and the audit still verifies", () => {
    b = bed();
    const { code, passphrase } = closedAnonymousReport();
    const before = getSubmissionByCode(b.store, code)!;
    const cipherBefore = (b.store.db.prepare("SELECT answers_enc FROM submissions WHERE code = ?").get(code) as { answers_enc: string })
      .answers_enc;

    // 364 days after closing: too early.
    b.now.value = new Date(b.now.value.getTime() + 364 * DAY);
    expect(runReportRetention(b.store, b.now.value, 365).purged).toBe(0);
    b.now.value = new Date(b.now.value.getTime() + 2 * DAY);
    expect(runReportRetention(b.store, b.now.value, 365).purged).toBe(1);

    const after = getSubmissionByCode(b.store, code)!;
    expect(after).toMatchObject({ code, kind: "report", status: "closed", answers: {}, createdAt: before.createdAt });
    expect(after.report).toMatchObject({ identity: "anonymous", audience: "committee", purgedAt: b.now.value.toISOString() });
    expect(listDecisions(b.store, after.id).map((d) => [d.decision, d.reason])).toEqual([
      ["request_info", ""],
      ["close", ""],
    ]);
    expect(listInfoRequests(b.store, after.id).map((r) => [r.question, r.reply])).toEqual([["", ""]]);
    // The old encrypted contents are gone from the file and its log, not just unlinked.
    expect(b.files().includes(Buffer.from(cipherBefore))).toBe(false);

    expect(verifyAudit(b.store).ok).toBe(true);
    expect(checkReportRows(b.store).ok).toBe(true);
    expect(auditVerifyCli()).toMatchObject({ code: 0 });
    expect(listAudit(b.store).at(-1)).toMatchObject({ action: "report.purge", actor: "system:retention", subject: `submission:${code}` });

    // The reporter still sees the status; the committee sees that the contents were deleted.
    b.text({ userId: "any" }, `/theo_doi ${code}`);
    const view = b.text({ userId: "any" }, passphrase);
    expect(view).toContain("Trạng thái: Đã đóng");
    expect(view).toContain("đã được xóa theo thời hạn lưu trữ");
    expect(view).not.toContain("Phú Quốc");
    const committee = b.text(ADMIN, `/xem ${code}`);
    expect(committee).toContain("Nội dung đã xóa theo thời hạn lưu trữ");
    expect(committee).not.toContain(WHAT);

    // A second run changes nothing.
    expect(runReportRetention(b.store, b.now.value, 365).purged).toBe(0);
  });

  it("keeps open reports and declarations whatever their age", () => {
    b = bed();
    const open = /PA-\d{4}-\d{6}/.exec(b.report({ userId: "p1" }, { what: WHAT, identity: "1" }))![0];
    b.text(ADMIN, `/quyet_dinh ${open} chap_nhan Đang xác minh`);
    b.now.value = new Date(b.now.value.getTime() + 800 * DAY);
    expect(runReportRetention(b.store, b.now.value, 365).purged).toBe(0);
    expect(getSubmissionByCode(b.store, open)!.answers.what).toBe(WHAT);
  });

  it("drops a report draft left idle for a day", () => {
    b = bed();
    b.text({ userId: "drafter" }, "/phan_anh");
    b.text({ userId: "drafter" }, WHAT);
    const drafts = () => (b.store.db.prepare("SELECT COUNT(*) AS n FROM dialogs").get() as { n: number }).n;
    expect(runReportRetention(b.store, new Date(b.now.value.getTime() + 23 * 3600 * 1000)).drafts).toBe(0);
    expect(drafts()).toBe(1);
    expect(runReportRetention(b.store, new Date(b.now.value.getTime() + 25 * 3600 * 1000)).drafts).toBe(1);
    expect(drafts()).toBe(0);
  });

  it("a changed audience in the clear row is found by `audit verify`", () => {
    b = bed();
    const code = /PA-\d{4}-\d{6}/.exec(b.report({ userId: "w" }, { what: WHAT, identity: "2", audience: "2" }))![0];
    expect(auditVerifyCli().code).toBe(0);
    b.store.db.prepare("UPDATE reports SET audience = 'committee'").run();
    const r = auditVerifyCli();
    expect(r.code).toBe(1);
    expect(r.out).toContain(`submission:${code}`);
    b.store.db.prepare("DELETE FROM reports").run();
    expect(auditVerifyCli().out).toContain("report row is missing");
  });

  it("REPORT_RETENTION_DAYS defaults to 365 and refuses what is not a positive number of days", () => {
    b = bed();
    expect(loadConfig({}).REPORT_RETENTION_DAYS).toBe(365);
    expect(loadConfig({ REPORT_RETENTION_DAYS: "30" }).REPORT_RETENTION_DAYS).toBe(30);
    for (const bad of ["0", "-5", "một năm"]) {
      expect(() => loadConfig({ REPORT_RETENTION_DAYS: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ REPORT_RETENTION_DAYS: bad })).toThrow(/REPORT_RETENTION_DAYS/);
    }
  });

  it("runs on the scheduler with REPORT_RETENTION_DAYS from the config", async () => {
    b = bed();
    closedAnonymousReport();
    const later = new Date(b.now.value.getTime() + 31 * DAY);
    const { log } = captureLogger();
    const ran = new Promise<{ purged: number }>((resolve) => {
      const scheduler = startScheduler({
        store: b.store,
        config: { adminIds: [], reviewDueDays: 5, reportRetentionDays: 30 },
        clock: () => later,
        log,
        cron: "0 0 1 1 *",
        timezone: "Asia/Ho_Chi_Minh",
        retentionCron: "* * * * * *",
        onRetention: (r) => {
          scheduler.stop();
          resolve(r);
        },
      });
    });
    expect((await ran).purged).toBe(1);
  });
});

describe("npm run -s admin -- submissions --json", () => {
  it("lists reports with their identity mode, and no declarant for hidden reporters", () => {
    b = bed();
    const pub = /PA-\d{4}-\d{6}/.exec(b.report({ userId: "pub", name: "Đỗ Văn Công" }, { what: WHAT, identity: "1" }))![0];
    const conf = /PA-\d{4}-\d{6}/.exec(b.report({ userId: "conf", name: "Hồ Thị Kín" }, { what: WHAT, identity: "2" }))![0];
    const anon = receiptOf(b.report({ userId: "anon" }, { what: WHAT, identity: "3", audience: "2" })).code;
    b.store.close();
    const r = spawnSync("npx", ["tsx", "bot/cli/admin.ts", "submissions", "--json"], {
      env: { ...process.env, DATA_DIR: b.dir, DATA_KEY: "" },
      encoding: "utf8",
    });
    expect(r.status, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    const by = (code: string) => rows.find((x) => x.code === code);
    expect(by(pub)).toMatchObject({
      kind: "report",
      identity: "public",
      audience: "committee",
      declarant: "console:pub",
      declarantName: "Đỗ Văn Công",
    });
    expect(by(conf)).toMatchObject({ kind: "report", identity: "confidential", declarant: null, declarantName: null });
    expect(by(anon)).toMatchObject({
      kind: "report",
      identity: "anonymous",
      audience: "leadership",
      declarant: null,
      answers: { what: WHAT },
    });
    expect(r.stdout).not.toContain("Hồ Thị Kín");
    expect(r.stdout).not.toContain("scrypt");
  });
});
