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
  dialog: {
    progress: (i: number, n: number) => `Bước ${i}/${n}`,
    example: (ex: string) => `Ví dụ: ${ex}`,
    chooseHint: "Đồng chí bấm nút hoặc gõ số thứ tự của mục.",
    optionalHint: "Không có thì gõ «bỏ qua».",
    navHint: "Gõ «quay lại» để về bước trước, /huy để dừng.",
    editNavHint: "Gõ «quay lại» để về bản tóm tắt, /huy để dừng.",
    notAChoice: (typed: string) => `Bot chưa hiểu «${typed}» là mục nào.`,
    ambiguousChoice: (typed: string, labels: readonly string[]) =>
      `«${typed}» khớp với nhiều mục: ${labels.join("; ")}. Đồng chí gõ số thứ tự của mục muốn chọn.`,
    choiceFix: "Đồng chí bấm một nút hoặc gõ số thứ tự, ví dụ: 1.",
    empty: "Câu trả lời đang để trống. Đồng chí gõ nội dung rồi gửi lại.",
    tooLong: (max: string, got: string) =>
      `Câu trả lời dài ${got} ký tự, vượt giới hạn ${max} ký tự của bước này. Đồng chí tóm tắt ngắn hơn rồi gửi lại.`,
    nonText: "Bước này cần câu trả lời bằng chữ. Xin đồng chí gõ chữ; bot chưa đọc được hình ảnh, nhãn dán hay tệp.",
    staleButton: "Nút này đã cũ (của một bước hoặc tin nhắn trước), bot không thực hiện.",
    staleButtonAsk: "Nút này đã cũ (của một bước hoặc tin nhắn trước), bot không thực hiện. Bước hiện tại:",
    firstStep: "Đây đã là bước đầu tiên.",
    cancelled: (title: string) => `Đã hủy ${title}. Nội dung đang khai chưa được gửi và đã được xóa.`,
    expired: (title: string, days: number) =>
      `Bản ${title} đồng chí làm dở đã quá ${days} ngày không cập nhật nên đã được xóa. Khi cần, đồng chí bắt đầu lại.`,
    backToStep: "Bot hỏi tiếp bước đang làm:",
    inProgress: (title: string, where: string) =>
      `Đồng chí đang làm dở ${title} (${where}). Đồng chí muốn làm tiếp hay hủy bản đang làm?`,
    atSummary: "đang ở bản tóm tắt",
    continueLabel: "Làm tiếp",
    cancelDraftLabel: "Hủy bản đang làm",
    summaryTitle: "Đồng chí kiểm tra lại nội dung trước khi gửi:",
    summaryHint: "Nếu đúng, chọn «Xác nhận gửi». Cần sửa thì chọn «Sửa một mục» (hoặc gõ «sửa 2» để sửa mục 2).",
    confirmLabel: "Xác nhận gửi",
    editLabel: "Sửa một mục",
    cancelLabel: "Hủy, không gửi",
    summaryNotUnderstood: (typed: string) => `Bot chưa hiểu «${typed}».`,
    pickField: "Đồng chí muốn sửa mục nào? Bấm nút hoặc gõ số thứ tự như trong bản tóm tắt.",
    backToSummaryLabel: "Quay lại bản tóm tắt",
    skipped: "(không có)",
    unknown: "Không rõ",
    yes: "Có",
    no: "Không",
    textTooShort: "Câu trả lời quá ngắn.",
  },

  // ── declarations ────────────────────────────────────────────────────────

  // ── review, digests, roles ──────────────────────────────────────────────
} as const;
