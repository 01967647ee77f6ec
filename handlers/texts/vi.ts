// Every string the bot says, in Vietnamese, in one file so a reviewer can read them all.
// Each feature has its own section; edit only your section.

export const vi = {
  // ── common ──────────────────────────────────────────────────────────────
  common: {
    start: (name?: string) =>
      [
        `Chào đồng chí${name ? ` ${name}` : ""}. Đây là trợ lý thực hiện Quy định 131-QĐ/TW về kiểm soát quyền lực, phòng, chống tham nhũng, tiêu cực trong công tác kiểm tra, giám sát, thi hành kỷ luật đảng và hoạt động thanh tra.`,
        "",
        "Đồng chí có thể:",
        "• Hỏi trực tiếp, ví dụ: «thành viên đoàn có được nhận quà không?»",
        "• /khaibao_xungdot — khai báo xung đột lợi ích (quan hệ gia đình, cổ phần, lợi ích liên quan)",
        "• /khaibao_qua — khai báo quà tặng, lợi ích được mời, biếu",
        "• /cua_toi — xem các bản khai của mình",
        "• /help — hướng dẫn",
      ].join("\n"),
    help: [
      "Hướng dẫn sử dụng:",
      "• Gõ câu hỏi (có dấu hoặc không dấu, viết tắt như UBKT, ĐV, KTGS đều được). Trả lời trích từ Kế hoạch thực hiện Quy định 131-QĐ/TW, kèm số mục.",
      "• /hoi <câu hỏi> — hỏi về quy định (dùng trong nhóm)",
      "• /khaibao_xungdot — khai báo xung đột lợi ích",
      "• /khaibao_qua — khai báo quà tặng, lợi ích được mời, biếu",
      "• /cua_toi — các bản khai của đồng chí và trạng thái",
      "• /huy — thoát khỏi bước khai báo đang làm",
      "",
      "Bản khai chỉ Ủy ban Kiểm tra xem được; nội dung được mã hóa khi lưu.",
    ].join("\n"),
    askUsage: "Đồng chí gõ câu hỏi sau lệnh, ví dụ: /hoi thành viên đoàn có được nhận quà không?",
    nothingToCancel: "Hiện không có việc gì đang làm dở để hủy.",
    nonText: "Xin đồng chí gõ nội dung bằng chữ; bot chưa đọc được hình ảnh, nhãn dán hay tệp.",
    unknownCommand: "Bot chưa hiểu lệnh này. Gõ /help để xem các lệnh.",
    empty: "Xin đồng chí gõ nội dung cần hỏi.",
    tooLong: (max: number) => `Nội dung quá dài (tối đa ${max} ký tự). Xin đồng chí gõ ngắn gọn hơn.`,
    internalError: "Xin lỗi đồng chí, bot gặp lỗi khi xử lý. Đồng chí thử lại sau ít phút.",
    privateOnly: "Việc khai báo chỉ làm trong tin nhắn riêng với bot, để bảo mật. Đồng chí nhắn riêng cho bot nhé.",
    groupHint: "Trong nhóm, đồng chí gọi bot bằng /hoi <câu hỏi> hoặc nhắc tên bot.",
  },
  /** Command menu (Telegram setMyCommands) and /help: name → short description. */
  menu: [
    { command: "start", description: "Bắt đầu, giới thiệu bot" },
    { command: "help", description: "Hướng dẫn sử dụng" },
    { command: "hoi", description: "Hỏi về Quy định 131-QĐ/TW" },
    { command: "khaibao_xungdot", description: "Khai báo xung đột lợi ích" },
    { command: "khaibao_qua", description: "Khai báo quà tặng, lợi ích được mời" },
    { command: "cua_toi", description: "Các bản khai của tôi" },
    { command: "huy", description: "Hủy việc đang làm" },
  ],

  // ── dialog engine ───────────────────────────────────────────────────────

  // ── declarations ────────────────────────────────────────────────────────

  // ── review, digests, roles ──────────────────────────────────────────────
} as const;
