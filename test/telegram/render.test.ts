import { describe, expect, it } from "vitest";
import { splitText } from "../../bot/channels/split-text.js";
import { escapeHtml, keyboardFor, renderReply, TELEGRAM_TEXT_LIMIT } from "../../bot/channels/telegram-render.js";

describe("Telegram rendering", () => {
  it("escapes every HTML-significant character of plain text", () => {
    expect(escapeHtml("<b>Quà & hoa</b> > 5")).toBe("&lt;b&gt;Quà &amp; hoa&lt;/b&gt; &gt; 5");
    expect(renderReply({ text: "a < b && c" })[0]!.html).toBe("a &lt; b &amp;&amp; c");
  });

  it("keeps a short reply whole, with one button per row on it", () => {
    const parts = renderReply({
      text: "Chọn loại quà:",
      choices: [
        { id: "q1", label: "Tiền" },
        { id: "q2", label: "Hiện vật" },
      ],
    });
    expect(parts).toHaveLength(1);
    expect(parts[0]!.replyMarkup).toEqual({
      inline_keyboard: [[{ text: "Tiền", callback_data: "q1" }], [{ text: "Hiện vật", callback_data: "q2" }]],
    });
  });

  it("splits long text at paragraph boundaries, under the limit, keyboard on the last part only", () => {
    const para = "Đoạn văn bản quy định số một. ".repeat(40).trim(); // ~1200 chars
    const text = Array.from({ length: 8 }, (_, i) => `${i + 1}. ${para}`).join("\n\n");
    const parts = renderReply({ text, choices: [{ id: "ok", label: "Đồng ý" }] });
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.html.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
    // Every part starts at a paragraph ("N. …") and nothing is lost.
    for (const p of parts) expect(p.html).toMatch(/^\d+\. Đoạn/);
    expect(parts.map((p) => p.html).join("\n\n")).toBe(text);
    expect(parts.slice(0, -1).every((p) => p.replyMarkup === undefined)).toBe(true);
    expect(parts.at(-1)!.replyMarkup?.inline_keyboard).toHaveLength(1);
  });

  it("never cuts inside a word when there are no paragraphs or sentences", () => {
    const words = Array.from({ length: 3000 }, (_, i) => `từ${i}`);
    const parts = splitText(words.join(" "), 1000);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(1000);
      expect(p).toMatch(/^từ\d+( từ\d+)*$/);
    }
    expect(parts.join(" ")).toBe(words.join(" "));
  });

  it("prefers a sentence end over a bare space", () => {
    const s = "Câu thứ nhất khá dài để lấp chỗ trống. " + "chữ ".repeat(30);
    const parts = splitText(s, 60);
    expect(parts[0]).toBe("Câu thứ nhất khá dài để lấp chỗ trống.");
  });

  it("measures the limit on the text the person reads, not on the escaped HTML", () => {
    const text = "&".repeat(4000);
    const parts = renderReply({ text });
    expect(parts).toHaveLength(1);
    expect(parts[0]!.html).toBe("&amp;".repeat(4000));
  });

  it("leaves out a button whose id cannot be callback_data, and says so", () => {
    const bad: string[] = [];
    const kb = keyboardFor(
      [
        { id: "x".repeat(65), label: "Quá dài" },
        { id: "ok", label: "Được" },
      ],
      (id) => bad.push(id),
    );
    expect(kb?.inline_keyboard).toEqual([[{ text: "Được", callback_data: "ok" }]]);
    expect(bad).toHaveLength(1);
  });
});
