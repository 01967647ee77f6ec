import { MEMBER_HELP } from "../support/help.js";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { vi } from "../../handlers/texts/vi.js";
import { verifyAudit } from "../../storage/audit.js";
import { getSubmissionByCode } from "../../storage/submissions.js";
import { harness } from "./helpers.js";

// A whole review played in the terminal chat by two people on one machine: the declarant
// declares a gift, the committee member reviews it, asks a question, gets the answer and decides;
// each notice shows at the start of the other person's next reply.

describe("review in the terminal chat", () => {
  it("declare → review → ask → answer → accept, with notices at the start of the next reply", () => {
    const h = harness();
    const steps = [
      "/khaibao_qua",
      "cá nhân",
      "Nguyễn Văn B",
      "Giám đốc Công ty TNHH X",
      "1",
      "hiện vật",
      "Một hộp trà",
      "300.000",
      "01/03/2026",
      "trả lại",
      // "Đã trả lại" asks when and to whom (issue 10).
      "02/03/2026",
      "Trả tận tay ông B tại trụ sở",
      "bỏ qua",
      "1",
    ];
    let last = "";
    for (const s of steps) last = h.text("alice", s);
    const code = /QT-\d{4}-\d{6}/.exec(last)?.[0];
    expect(code, last).toBeDefined();

    h.say("admin", "/start");
    expect(h.text("admin", "/cho_duyet")).toContain(code!);
    const view = h.say("admin", `/xem ${code}`);
    expect(view[0]!.text).toContain("Nguyễn Văn B");
    expect(view[0]!.text).toContain("300.000");
    const ask = view.at(-1)!.choices!.find((c) => c.label === vi.review.decisions.request_info)!;
    h.say("admin", { choice: ask.id });
    h.say("admin", "Đồng chí đã trả lại vào ngày nào?");
    expect(getSubmissionByCode(h.store, code!)!.status).toBe("info_requested");

    // The declarant's next reply starts with the question and its button.
    const notice = h.say("alice", "/cua_toi");
    expect(notice[0]!.text).toBe(vi.review.noticeInfoRequest(code!, "Đồng chí đã trả lại vào ngày nào?"));
    h.say("alice", { choice: notice[0]!.choices![0]!.id });
    expect(h.text("alice", "Ngày 02/03/2026, có biên bản.")).toBe(vi.review.replyDone(code!));

    const back = h.say("admin", `/quyet_dinh ${code} chap_nhan Đã trả lại, có biên bản.`);
    expect(back[0]!.text).toBe(vi.review.noticeReply(code!, "Ngày 02/03/2026, có biên bản."));
    expect(back[1]!.text).toContain(vi.review.statuses.accepted);

    const decided = h.say("alice", "cảm ơn");
    expect(decided[0]!.text).toContain(
      vi.review.noticeDecision(code!, vi.review.decisions.accept!, "Đã trả lại, có biên bản.", vi.review.noticeAccept),
    );
    // Shown once.
    expect(h.text("alice", "/help")).not.toContain(code!);
    expect(verifyAudit(h.store)).toMatchObject({ ok: true });
    h.close();
  });

  it("`npm run -s chat -- --jsonl` shows the waiting notice at the start of the declarant's next reply", () => {
    const h = harness();
    const s = h.declare("alice", "conflict");
    h.close();
    const env = { ...process.env, DATA_DIR: h.dir, DATA_KEY: "", ADMIN_IDS: "console:admin" };
    const run = (user: string, lines: object[]) =>
      spawnSync("npx", ["tsx", "bot/cli/chat.ts", "--user", `console:${user}`, "--jsonl"], {
        env,
        input: lines.map((l) => JSON.stringify(l)).join("\n") + "\n",
        encoding: "utf8",
      })
        .stdout.trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { replies: { text: string }[] });
    const reviewer = run("admin", [{ text: `/quyet_dinh ${s.code} chuyen Cần xác minh` }]);
    expect(reviewer[0]!.replies[0]!.text).toContain(vi.review.statuses.escalated);
    const declarant = run("alice", [{ text: "/help" }, { text: "/help" }]);
    expect(declarant[0]!.replies[0]!.text).toContain(
      vi.review.noticeDecision(s.code, vi.review.decisions.escalate!, "Cần xác minh", vi.review.noticeEscalate),
    );
    expect(declarant[1]!.replies[0]!.text).toBe(MEMBER_HELP);
  });
});
