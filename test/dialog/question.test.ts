import { describe, expect, it } from "vitest";
import { readFreeText } from "../../handlers/dialog/question.js";

// How a message typed at a free-text step (a name, a description) is taken: as the answer, as a
// question for the knowledge base, or asked about once. A wrong "question" loses the person's
// answer; a wrong "answer" saves a question as a name.

describe("readFreeText", () => {
  it.each([
    "Trần Văn D",
    "Công ty TNHH Sao Mai",
    "Nguyễn Văn K",
    "Một phong bì, không rõ bao nhiêu tiền",
    "khoảng 500 k",
    "Tôi đã báo trưởng đoàn nhưng chưa",
    "Ông ấy nói: có cần gì cứ gọi",
    "Tôi không biết khi nào họ gửi",
    "Công ty TNHH Sao Mai, đơn vị thế nào cũng phải kiểm tra",
  ])("«%s» is an answer", (text) => expect(readFreeText(text)).toBe("answer"));

  it.each([
    "sau bao nhiêu năm thì phải luân chuyển",
    "có phải khai không",
    "quà tết có tính không",
    "vợ tôi có cổ phần ở công ty đó thì sao",
    "thành viên đoàn nhận quà được ko",
    "thế nào là quan hệ gia đình",
  ])("«%s» is a question", (text) => expect(readFreeText(text)).toBe("question"));

  it.each([
    "Anh ta hỏi: thành viên đoàn có được nhận quà không?",
    "Hứa nhận con tôi vào làm, hỏi tôi có đồng ý không",
    "Ông ấy bảo: «quà nhỏ thôi, nhận đi có sao đâu?»",
  ])("«%s» could be either: the person is asked", (text) => expect(readFreeText(text)).toBe("either"));
});
