// A number of years (or days, or money) answers a question only where it is stated about what is
// asked. Questions written for this file, not taken from any question file the search is measured on.
import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../knowledge/index.js";

const kb = loadKnowledgeBase();

describe("a number stated about something else", () => {
  it("does not answer a count asked about another matter (the rotation rule's '2 năm đến 5 năm')", () => {
    for (const q of [
      "Cán bộ kiểm tra nhận hối lộ thì bị phạt tù mấy năm?",
      "Thời hiệu xử lý kỷ luật đối với đảng viên là bao nhiêu năm?",
      "Người tố cáo sai phải bồi thường trong mấy năm?",
    ]) {
      const e = kb.explain(q);
      expect(e.signals.missingQuantity, q).toBe(true);
      expect(e.mode, q).toBe("refuse");
    }
  });

  it("still answers the count the rule states, asked in other words", () => {
    for (const q of [
      "Cán bộ theo dõi một lĩnh vực mấy năm thì phải điều động?",
      "thanh tra viên phụ trách một địa bàn bao lâu thì phải chuyển đổi vị trí công tác",
      "Ngồi một chỗ quá mấy năm thì bị luân chuyển ạ?",
    ]) {
      const e = kb.explain(q);
      expect(e.signals.missingQuantity, q).toBe(false);
      expect(["II.2.2", "II.3"], q).toContain(e.ranked[0]?.id);
    }
  });
});
