import { describe, expect, it } from "vitest";
import { vi } from "../../handlers/texts/vi.js";

// A report is no declaration, nor its sender a declarant (found by a reviewer's run: "Bản khai
// PA-…", "Người khai sẽ được báo" about a report). Declarations keep their words.

describe("messages about a report call it a report", () => {
  it.each([
    [vi.review.replyAsk("PA-2026-000001", "Khi nào?"), "Phản ánh PA-2026-000001"],
    [vi.review.replyDone("PA-2026-000001"), "cho phản ánh PA-2026-000001"],
    [vi.review.noticeReply("PA-2026-000001", "Tháng 3"), "Người phản ánh đã bổ sung thông tin cho phản ánh PA-2026-000001"],
    [vi.review.decided("PA-2026-000001", "Chấp nhận", "Chấp nhận"), "Người phản ánh sẽ được báo"],
    [vi.review.askQuestion("PA-2026-000001"), "gửi người phản ánh"],
    [vi.review.replyAsk("QT-2026-000001", "Khi nào?"), "Bản khai QT-2026-000001"],
    [vi.review.decided("XD-2026-000001", "Chấp nhận", "Chấp nhận"), "Người khai sẽ được báo"],
  ])("%s", (text, says) => {
    expect(text).toContain(says);
    if (says.includes("PA-") || says.includes("phản ánh")) expect(text).not.toMatch(/[Bb]ản khai|[Nn]gười khai/);
  });
});
