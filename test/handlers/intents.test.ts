import { describe, expect, it } from "vitest";
import { declarationHint, detectIntent } from "../../handlers/intents.js";

// Typed wishes to declare start a declaration; questions about the rules never do.

describe("typed intents", () => {
  it("a wish to declare, or a reported offer, starts the matching declaration", () => {
    expect(detectIntent("tôi muốn khai báo quà tặng")).toBe("khaibao_qua");
    expect(detectIntent("có doanh nghiệp biếu tôi phong bì")).toBe("khaibao_qua");
    expect(detectIntent("toi muon khai bao xung dot loi ich")).toBe("khaibao_xungdot");
  });

  it("a question about the rules is not a wish to declare", () => {
    expect(detectIntent("thành viên đoàn có được nhận quà không?")).toBeUndefined();
    expect(detectIntent("kết quả kiểm tra gửi cho ai")).toBeUndefined();
    expect(detectIntent("hôm qua đoàn làm việc ở đâu")).toBeUndefined();
  });

  it("a question about how to declare points to the right command", () => {
    expect(declarationHint("khai báo quà tặng như thế nào?")).toBe("khaibao_qua");
    expect(declarationHint("kê khai xung đột lợi ích ra sao")).toBe("khaibao_xungdot");
    expect(declarationHint("khai báo ở đâu")).toBe("both");
    expect(declarationHint("thành viên đoàn có được nhận quà không")).toBeUndefined();
  });
});
