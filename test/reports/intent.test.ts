import { describe, expect, it } from "vitest";
import { detectIntent } from "../../handlers/intents.js";

// Typed wishes to report start /phan_anh; questions about reporting go to the knowledge base.

describe("the wish to report", () => {
  it.each([
    "tôi muốn tố cáo",
    "phản ánh sai phạm",
    "Tôi muốn phản ánh việc trưởng đoàn nhận hối lộ",
    "tố cáo cán bộ nhận phong bì",
    "báo cáo sai phạm của đoàn kiểm tra",
    "toi muon to cao",
  ])("%s → /phan_anh", (text) => {
    expect(detectIntent(text)).toBe("phan_anh");
  });

  it.each([
    "tố cáo là gì?",
    "có được tố cáo nặc danh không",
    "người tố cáo được bảo vệ thế nào",
    "bảo vệ người tố cáo vi phạm",
    "báo cáo kết quả kiểm tra",
  ])("%s is not a report", (text) => {
    expect(detectIntent(text)).toBeUndefined();
  });

  it("a declaration stays a declaration", () => {
    expect(detectIntent("tôi muốn khai báo quà tặng")).toBe("khaibao_qua");
    expect(detectIntent("khai báo xung đột lợi ích")).toBe("khaibao_xungdot");
  });
});
