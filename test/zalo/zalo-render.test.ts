import { describe, expect, it } from "vitest";
import { renderZaloMessages, renderZaloText } from "../../bot/channels/zalo-render.js";
import { splitText } from "../../bot/channels/split-text.js";
import { parseUpdate, toIncoming } from "../../bot/channels/zalo-update.js";
import { zaloUpdate } from "./fake-zalo-server.js";

const squash = (s: string) => s.replace(/\s+/g, "");

// Vietnamese sentences of varied length, as a long knowledge-base answer would read.
function longVietnamese(chars: number): string {
  const sentences = [
    "Thành viên đoàn kiểm tra không được nhận quà tặng dưới mọi hình thức của tổ chức, cá nhân là đối tượng kiểm tra.",
    "Trường hợp không từ chối được thì phải báo cáo trưởng đoàn và nộp lại theo quy định.",
    "Ủy ban Kiểm tra có trách nhiệm theo dõi, đôn đốc việc thực hiện.",
    "Đồng chí cần khai báo trung thực, đầy đủ, kịp thời?",
    "Mọi vi phạm đều phải được xem xét, xử lý nghiêm minh!",
  ];
  const out: string[] = [];
  let len = 0;
  for (let i = 0; len < chars; i++) {
    const s = sentences[i % sentences.length]!;
    // A paragraph break now and then, a line break sometimes, a space otherwise.
    const sep = i % 17 === 16 ? "\n\n" : i % 7 === 6 ? "\n" : " ";
    out.push(s + sep);
    len += s.length + sep.length;
  }
  return out.join("").slice(0, chars).trim();
}

describe("Zalo text splitting", () => {
  it("cuts a 4,000-character answer into ordered parts of at most 2000 characters, at boundaries, losing nothing", () => {
    const text = longVietnamese(4000);
    expect(text.length).toBeGreaterThan(3900);
    const parts = splitText(text, 2000);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    for (const p of parts) {
      expect(p.length).toBeGreaterThan(0);
      expect(p.length).toBeLessThanOrEqual(2000);
    }
    expect(squash(parts.join(""))).toBe(squash(text));
    // Every part but the last ends at a sentence end, never inside a word.
    for (const p of parts.slice(0, -1)) expect(p).toMatch(/[.!?]$/);
  });

  it("prefers a paragraph break to a sentence end", () => {
    const para1 = "Câu một. ".repeat(100).trim(); // ~900 characters
    const para2 = "Câu hai. ".repeat(150).trim(); // ~1350 characters
    const parts = splitText(`${para1}\n\n${para2}`, 2000);
    expect(parts).toEqual([para1, para2]);
  });

  it("never cuts inside a word when a text has no sentence ends", () => {
    const words = Array.from({ length: 800 }, (_, i) => `từ${i}`);
    const parts = splitText(words.join(" "), 500);
    expect(parts.length).toBeGreaterThan(1);
    const rejoined = parts.flatMap((p) => p.split(" "));
    expect(rejoined).toEqual(words);
  });

  it("cuts a single word longer than the limit, without splitting an emoji", () => {
    const word = "a".repeat(9) + "😀" + "b".repeat(20);
    const parts = splitText(word, 10);
    expect(parts[0]).toBe("a".repeat(9));
    expect(parts.join("")).toBe(word);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(10);
  });

  it("keeps a short text as one part and drops an empty one", () => {
    expect(splitText("Xin chào đồng chí.", 2000)).toEqual(["Xin chào đồng chí."]);
    expect(splitText("  \n ", 2000)).toEqual([]);
  });
});

describe("Zalo rendering", () => {
  it("renders choices as numbered lines with how to answer", () => {
    const text = renderZaloText({
      text: "Bước 2/6. Người có quan hệ với đồng chí là ai?",
      choices: [
        { id: "spouse", label: "Vợ/chồng" },
        { id: "child", label: "Con" },
        { id: "other", label: "Người khác" },
      ],
    });
    expect(text).toBe(
      [
        "Bước 2/6. Người có quan hệ với đồng chí là ai?",
        "",
        "1. Vợ/chồng",
        "2. Con",
        "3. Người khác",
        "Trả lời bằng số (1–3) hoặc gõ nội dung.",
      ].join("\n"),
    );
  });

  it("turns replies into messages in order, skipping empty ones, within the limit", () => {
    const long = longVietnamese(4500);
    const msgs = renderZaloMessages([{ text: "Một." }, { text: "" }, { text: long }, { text: "Hai." }]);
    expect(msgs[0]).toBe("Một.");
    expect(msgs.at(-1)).toBe("Hai.");
    expect(msgs.length).toBeGreaterThanOrEqual(5);
    for (const m of msgs) expect(m.length).toBeLessThanOrEqual(2000);
  });

  it("sends precomposed Vietnamese (a decomposed ệ counts once, not twice)", () => {
    const [msg] = renderZaloMessages([{ text: "Vi\u0065\u0323\u0302t" }]);
    expect(msg).toBe("Việt");
  });
});

describe("Zalo update → Incoming", () => {
  const now = new Date("2025-01-02T03:04:05Z");
  const incomingOf = (u: unknown, botName?: string) => {
    const p = parseUpdate(u);
    if (!p.ok) throw new Error(p.problems.join("; "));
    return toIncoming(p.update, { botName }, now);
  };

  it("reads a private text message, the sender's name from any of its fields, and a dedupe key", () => {
    const u = zaloUpdate({ userId: "e4ea", text: " /start ", messageId: "16f6" });
    const inc = incomingOf(u)!;
    expect(inc).toMatchObject({
      channel: "zalo",
      chatId: "e4ea",
      userId: "e4ea",
      chatType: "private",
      text: "/start",
      displayName: "Nguyễn Văn A",
    });
    expect(inc.updateKey).toBe("zalo:message.text.received:16f6");
    const m = (u as { message: { from: Record<string, unknown> } }).message;
    m.from = { id: "e4ea", first_name: "Bình" };
    expect(incomingOf(u)!.displayName).toBe("Bình");
    m.from = { id: "e4ea", name: "Chi" };
    expect(incomingOf(u)!.displayName).toBe("Chi");
  });

  it("accepts the update wrapped as {ok, result}", () => {
    const inc = incomingOf({ ok: true, result: zaloUpdate({ text: "xin chào" }) });
    expect(inc?.text).toBe("xin chào");
  });

  it("marks stickers and images as non-text in a private chat", () => {
    expect(incomingOf(zaloUpdate({ kind: "sticker" }))).toMatchObject({ nonText: true, text: undefined });
    expect(incomingOf(zaloUpdate({ kind: "image" }))).toMatchObject({ nonText: true });
  });

  it("in a group answers only commands and messages naming the bot (name removed)", () => {
    const g = (text: string) => zaloUpdate({ chatId: "g1", userId: "u2", chatType: "GROUP", text });
    expect(incomingOf(g("hôm nay ăn gì"), "Trợ lý 131")).toBeUndefined();
    expect(incomingOf(g("/hoi quà tặng"), "Trợ lý 131")).toMatchObject({ chatType: "group", text: "/hoi quà tặng" });
    expect(incomingOf(g("@Tro ly 131, thành viên đoàn có được nhận quà không?"), "Trợ lý 131")?.text).toBe(
      "thành viên đoàn có được nhận quà không?",
    );
    expect(incomingOf(g("hỏi chút"), undefined)).toBeUndefined();
    expect(incomingOf(zaloUpdate({ chatId: "g1", chatType: "GROUP", kind: "sticker" }), "Trợ lý 131")).toBeUndefined();
  });

  it("rejects unknown shapes with paths only, never the contents", () => {
    const p = parseUpdate({ event_name: "message.text.received", message: { text: "bí mật cá nhân" } });
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.problems.join(" ")).not.toContain("bí mật");
  });
});
