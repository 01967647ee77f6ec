// Every string the bot says, in Vietnamese, in one file so a reviewer can read them all.
// Each feature has its own section. Not grammY's i18n plugin: it lives in grammY's context, and
// these texts are spoken by platform-free handlers on Zalo and in the terminal too. Another
// language would be a sibling file of the same shape.
//
// Whatever the person typed is quoted back only as a short, one-line excerpt (`q` below), so a
// reply never repeats a long message.

import { formatCount } from "../../core/display.js";
import { excerpt as q } from "../parse/sanitize.js";

// A report (PA-…) is no declaration, nor its sender a declarant: messages about a submission by
// its code name it as what it is.
const isReport = (code: string) => code.startsWith("PA-");
const doc = (code: string) => (isReport(code) ? "phản ánh" : "bản khai");
const Doc = (code: string) => (isReport(code) ? "Phản ánh" : "Bản khai");
const sender = (code: string) => (isReport(code) ? "người phản ánh" : "người khai");
const Sender = (code: string) => (isReport(code) ? "Người phản ánh" : "Người khai");

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
        "• /phan_anh — phản ánh sai phạm, có thể ẩn danh",
        "• /help — hướng dẫn",
      ].join("\n"),
    declareHint: {
      khaibao_xungdot:
        "Để khai báo xung đột lợi ích, đồng chí chọn «Khai báo xung đột lợi ích» hoặc gõ /khaibao_xungdot — bot hướng dẫn từng bước.",
      khaibao_qua:
        "Để khai báo quà tặng, lợi ích được mời, biếu, đồng chí chọn «Khai báo quà tặng» hoặc gõ /khaibao_qua — bot hướng dẫn từng bước.",
      both: "Để khai báo, đồng chí chọn một mục dưới đây, hoặc gõ /khaibao_xungdot (xung đột lợi ích) hay /khaibao_qua (quà tặng, lợi ích được mời, biếu).",
    },
    declareButton: { khaibao_xungdot: "Khai báo xung đột lợi ích", khaibao_qua: "Khai báo quà tặng" },
    smallTalk: {
      greeting:
        "Chào đồng chí. Đồng chí cứ gõ câu hỏi về Quy định 131-QĐ/TW (ví dụ: «thành viên đoàn có được nhận quà không?»), hoặc gõ /help để xem các việc bot làm được.",
      thanks: "Vâng. Khi cần, đồng chí cứ gõ câu hỏi hoặc /help.",
    },
    askUsage: "Đồng chí gõ câu hỏi sau lệnh, ví dụ: /hoi thành viên đoàn có được nhận quà không?",
    nothingToCancel: "Hiện không có việc gì đang làm dở để hủy.",
    nonText: "Xin đồng chí gõ nội dung bằng chữ; bot chưa đọc được hình ảnh, nhãn dán hay tệp.",
    unknownCommand: "Bot chưa hiểu lệnh này. Gõ /help để xem các lệnh.",
    unknownCommandNear: (names: readonly string[]) => `Bot chưa hiểu lệnh này. Có phải đồng chí muốn gõ ${names.join(" hoặc ")}?`,
    empty: "Xin đồng chí gõ nội dung cần hỏi.",
    tooLong: (max: number) => `Nội dung quá dài (tối đa ${formatCount(max)} ký tự). Xin đồng chí gõ ngắn gọn hơn.`,
    rateLimited: "Đồng chí gửi nhanh quá; bot tạm dừng nhận tin của đồng chí trong một phút. Xin gửi lại sau ít phút.",
    internalError: "Xin lỗi đồng chí, bot gặp lỗi khi xử lý. Đồng chí thử lại sau ít phút.",
    privateOnly: "Việc khai báo chỉ làm trong tin nhắn riêng với bot, để bảo mật. Đồng chí nhắn riêng cho bot nhé.",
    groupHint: "Trong nhóm, đồng chí gọi bot bằng /hoi <câu hỏi> hoặc nhắc tên bot.",
    myId: (id: string) => `Mã người dùng của đồng chí: ${id}\nKhi cần được cấp quyền, đồng chí gửi mã này cho quản trị viên.`,
  },
  /** Wording that only a channel's rendering adds (Zalo has no buttons: choices are numbered lines). */
  channels: {
    numberedAnswerHint: (count: number) =>
      count === 1 ? "Trả lời bằng số 1 hoặc gõ nội dung." : `Trả lời bằng số (1–${count}) hoặc gõ nội dung.`,
  },
  /**
   * /help, built from the command table: each command brings its own line (`line`) and, when it is
   * in Telegram's menu, its short description (`menu`); these are the parts around them.
   */
  help: {
    header: "Hướng dẫn sử dụng:",
    ask: "• Gõ câu hỏi (có dấu hoặc không dấu, viết tắt như UBKT, ĐV, KTGS đều được). Trả lời trích từ Kế hoạch thực hiện Quy định 131-QĐ/TW, kèm số mục.",
    privacy: "Bản khai chỉ Ủy ban Kiểm tra xem được; nội dung được mã hóa khi lưu.",
    committeeHeader: "Dành cho Ủy ban Kiểm tra:",
    adminHeader: "Dành cho quản trị viên:",
  },
  /** Each command's /help line and Telegram menu description, by command name. */
  commands: {
    start: { menu: "Bắt đầu, giới thiệu bot" },
    help: { menu: "Hướng dẫn sử dụng" },
    hoi: { line: "• /hoi <câu hỏi> — hỏi về quy định (dùng trong nhóm)", menu: "Hỏi về Quy định 131-QĐ/TW" },
    khaibao_xungdot: { line: "• /khaibao_xungdot — khai báo xung đột lợi ích", menu: "Khai báo xung đột lợi ích" },
    khaibao_qua: { line: "• /khaibao_qua — khai báo quà tặng, lợi ích được mời, biếu", menu: "Khai báo quà tặng, lợi ích được mời" },
    muc_luc: { line: "• /muc_luc — mục lục Kế hoạch, mở từng mục", menu: "Mục lục Kế hoạch thực hiện" },
    muc: { line: "• /muc <số mục> — đọc toàn văn một mục, ví dụ /muc II.4.3.1" },
    cua_toi: {
      line: "• /cua_toi [mã] — các bản khai của đồng chí và trạng thái; với mã: toàn bộ bản khai và các quyết định",
      menu: "Các bản khai của tôi",
    },
    id: { line: "• /id — mã người dùng của đồng chí (để được cấp quyền)", menu: "Mã người dùng của tôi" },
    huy: { line: "• /huy — thoát khỏi bước khai báo đang làm", menu: "Hủy việc đang làm" },
    cho_duyet: { line: "• /cho_duyet [trang] — bản khai chờ xem xét, cũ nhất trước" },
    xem: { line: "• /xem <mã> — xem đầy đủ một bản khai và ghi quyết định" },
    quyet_dinh: { line: "• /quyet_dinh <mã> <chap_nhan|khong_tham_gia|bo_sung|chuyen|dong> <lý do>" },
    bao_cao: { line: "• /bao_cao — báo cáo tổng hợp ngay" },
    cap_quyen: { line: "• /cap_quyen <kênh:id> — cấp quyền Ủy ban" },
    thu_quyen: { line: "• /thu_quyen <kênh:id> — thu quyền Ủy ban" },
    phan_anh: { line: "• /phan_anh — phản ánh sai phạm (có thể ẩn danh)", menu: "Phản ánh sai phạm" },
    theo_doi: { line: "• /theo_doi <mã> — theo dõi phản ánh ẩn danh bằng cụm mật khẩu", menu: "Theo dõi phản ánh ẩn danh" },
    danh_tinh: { line: "• /danh_tinh <mã> — xem danh tính người phản ánh bảo mật (ghi nhật ký)" },
  },

  /** Answers with their next step, and the regulation read directly (handlers/questions). */
  questions: {
    fullSection: "Xem toàn văn mục",
    tocHeader:
      "Mục lục Kế hoạch thực hiện Quy định 131-QĐ/TW. Đồng chí chọn một mục để đọc toàn văn (hoặc gõ số mục, ví dụ: mục II.4.3.1).",
    tocLabel: (id: string, title: string) => (/^[IVX]/.test(id) ? `${id}. ${title}` : title),
    sectionUnknown: (typed: string) => `Không có mục «${q(typed)}» trong văn bản. Gõ /muc_luc để xem các mục.`,
    situation: {
      khaibao_qua:
        "Theo điều đồng chí kể, việc được mời, biếu cần khai báo với Ủy ban Kiểm tra. Đồng chí có thể khai báo ngay; bot điền sẵn những gì đồng chí đã nói để đồng chí kiểm tra.",
      khaibao_xungdot:
        "Theo điều đồng chí kể, có thể có xung đột lợi ích cần khai báo với Ủy ban Kiểm tra. Đồng chí có thể khai báo ngay; bot điền sẵn những gì đồng chí đã nói để đồng chí kiểm tra.",
    },
  },

  // ── dialog engine ───────────────────────────────────────────────────────
  dialog: {
    progress: (i: number, n: number) => `Bước ${i}/${n}`,
    prefilled: (lines: readonly string[]) =>
      [
        "Bot đã điền sẵn theo điều đồng chí vừa kể:",
        ...lines.map((l) => `• ${l}`),
        "Đồng chí kiểm tra lại ở bản tóm tắt trước khi gửi; gõ «quay lại» để sửa.",
      ].join("\n"),
    example: (ex: string) => `Ví dụ: ${ex}`,
    chooseHint: "Đồng chí chọn một mục dưới đây (hoặc gõ số thứ tự hay nội dung của mục).",
    noSuchField: (n: string, count: number) => `Bản tóm tắt không có mục ${n}: chỉ có ${count} mục. Đồng chí gõ số từ 1 đến ${count}.`,
    optionalHint: "Không có thì gõ «bỏ qua».",
    notSkippable: "Bước này cần câu trả lời, không bỏ qua được. Nếu không biết, đồng chí gõ «không rõ» kèm điều đã biết.",
    navHint: "Gõ «quay lại» để về bước trước, /huy để dừng.",
    stopHint: "Gõ /huy để dừng.",
    editNavHint: "Gõ «quay lại» để về bản tóm tắt, /huy để dừng.",
    notAChoice: (typed: string) => `Bot chưa hiểu «${q(typed)}» là mục nào.`,
    ambiguousChoice: (typed: string, labels: readonly string[]) =>
      `«${q(typed)}» khớp với nhiều mục: ${labels.join("; ")}. Đồng chí gõ số thứ tự của mục muốn chọn.`,
    choiceFix: "Đồng chí chọn một mục hoặc gõ số thứ tự, ví dụ: 1.",
    empty: "Câu trả lời đang để trống. Đồng chí gõ nội dung rồi gửi lại.",
    tooLong: (max: string, got: string) =>
      `Câu trả lời dài ${got} ký tự, vượt giới hạn ${max} ký tự của bước này. Đồng chí tóm tắt ngắn hơn rồi gửi lại.`,
    nonText: "Bước này cần câu trả lời bằng chữ. Xin đồng chí gõ chữ; bot chưa đọc được hình ảnh, nhãn dán hay tệp.",
    staleButton: "Nút này đã cũ (của một bước hoặc tin nhắn trước), bot không thực hiện.",
    staleButtonAsk: "Nút này đã cũ (của một bước hoặc tin nhắn trước), bot không thực hiện. Bước hiện tại:",
    firstStep: "Đây đã là bước đầu tiên.",
    cancelled: (title: string) => `Đã hủy ${title}. Nội dung đang nhập chưa được gửi và đã được xóa.`,
    expired: (title: string, days: number) =>
      `${title.charAt(0).toUpperCase()}${title.slice(1)} đồng chí làm dở đã quá ${days} ngày không cập nhật nên đã được xóa. Khi cần, đồng chí bắt đầu lại.`,
    backToStep: "Bot hỏi tiếp bước đang làm:",
    inProgress: (title: string, where: string) => `Đồng chí đang làm dở ${title} (${where}). Đồng chí muốn làm tiếp hay hủy bản đang làm?`,
    atSummary: "đang ở bản tóm tắt",
    cancelStarts: (title: string) => `Nếu hủy, bot bắt đầu ${title} ngay.`,
    continueLabel: "Tiếp tục",
    cancelDraftLabel: "Hủy bản đang làm",
    summaryTitle: "Đồng chí kiểm tra lại nội dung trước khi gửi:",
    summaryHint:
      "Nếu đúng, chọn «Xác nhận gửi». Cần sửa thì chọn «Sửa một mục», hoặc gõ «sửa» và số mục trong ngoặc (ví dụ «sửa 2» để sửa mục [2]) hay tên mục (ví dụ «sửa ghi chú»).",
    fieldNumber: (n: number) => `[${n}]`,
    editByNumber: (n: string) => `Để sửa mục [${n}], đồng chí gõ «sửa ${n}». Số đứng riêng là số thứ tự của các lựa chọn bên dưới.`,
    confirmLabel: "Xác nhận gửi",
    editLabel: "Sửa một mục",
    cancelLabel: "Hủy, không gửi",
    summaryNotUnderstood: (typed: string) => `Bot chưa hiểu «${q(typed)}».`,
    pickField: "Đồng chí muốn sửa mục nào? Chọn mục, hoặc gõ số thứ tự như trong bản tóm tắt.",
    backToSummaryLabel: "Quay lại bản tóm tắt",
    skipped: "(không có)",
    unknown: "Không rõ",
    yes: "Có",
    no: "Không",
    textTooShort: "Câu trả lời quá ngắn.",
    previousAnswer: (value: string) => `Câu trả lời trước: ${value}. Gõ câu trả lời mới, hoặc «giữ nguyên».`,
    answerOrQuestion: (typed: string) =>
      `«${q(typed)}» là câu trả lời của đồng chí cho bước này, hay là câu hỏi về quy định để bot trả lời?`,
    itIsMyAnswerLabel: "Đây là câu trả lời",
    itIsAQuestionLabel: "Đây là câu hỏi",
    nameOrCancel: (typed: string) => `Đồng chí muốn dừng khai báo, hay «${q(typed)}» là câu trả lời (một cái tên) cho bước này?`,
    stopLabel: "Dừng, hủy bản đang làm",
    itIsANameLabel: "Đó là câu trả lời",
  },

  // ── declarations ────────────────────────────────────────────────────────
  declarations: {
    kinds: { conflict: "Xung đột lợi ích", gift: "Quà tặng, lợi ích được mời, biếu", report: "Phản ánh sai phạm" } as Record<
      string,
      string
    >,
    /** How a declarant sees each status of their own submission (statuses grow with review). */
    statuses: {
      submitted: "Đã gửi, chờ xem xét",
      info_requested: "Ủy ban Kiểm tra đề nghị bổ sung thông tin",
      info_provided: "Đã bổ sung, chờ xem xét",
      accepted: "Đã xem xét, chấp nhận",
      recusal_required: "Đã xem xét: đồng chí không tham gia đoàn",
      escalated: "Đã chuyển xử lý",
      closed: "Đã kết thúc xem xét",
    } as Record<string, string>,
    /** Decisions as the declarant reads them (in the notice and in /cua_toi <mã>). */
    decisions: {
      accept: "Chấp nhận (không cần xử lý thêm)",
      recuse: "Yêu cầu không tham gia đoàn",
      request_info: "Yêu cầu bổ sung thông tin",
      escalate: "Chuyển xử lý",
      // The reviewer's "Đóng" tells the declarant nothing.
      close: "Kết thúc xem xét",
    } as Record<string, string>,
    unknownStatus: "Đang xử lý",
    receipt: (code: string) =>
      [
        `✅ Đã nhận bản khai. Mã bản khai: ${code}`,
        "Bản khai được mã hóa khi lưu và chỉ Ủy ban Kiểm tra xem được. Ủy ban sẽ xem xét và báo kết quả cho đồng chí qua cuộc trò chuyện này; nếu cần thêm thông tin, Ủy ban sẽ hỏi lại.",
        `Xem lại bản khai và trạng thái: /cua_toi ${code}`,
      ].join("\n"),
    mineEmpty: "Đồng chí chưa có bản khai nào. Khai báo: /khaibao_xungdot hoặc /khaibao_qua",
    mineHeader: (n: number) => `Các bản khai của đồng chí (${n}):`,
    mineLine: (code: string, kind: string, date: string, status: string) => `• ${code} · ${kind} · ${date} · ${status}`,
    mineMore: (n: number) => `… và ${n} bản khai cũ hơn.`,
    mineOpen: "Xem đầy đủ một bản khai và các quyết định: gõ /cua_toi và mã của bản khai đó.",
    mineNotFound: (code: string) => `Đồng chí không có bản khai mã ${code}. Gõ /cua_toi để xem các mã của mình.`,
    // /cua_toi <mã>: stands alone, so it can be forwarded as a receipt.
    receiptHeader: (code: string, kind: string) => `Bản khai ${code} · ${kind}`,
    receiptMeta: (name: string | undefined, date: string, status: string) =>
      `${name ? `Người khai: ${name} · ` : ""}Gửi ngày ${date}\nTrạng thái: ${status}`,
    receiptAnswers: "Nội dung đã khai:",
    receiptDecisions: "Quyết định của Ủy ban Kiểm tra:",
    receiptNoDecision: "• Chưa có quyết định.",
    receiptDecisionLine: (date: string, decision: string, reason: string) => `• ${date}: ${decision}. Lý do: ${reason}`,
    receiptRequests: "Bổ sung thông tin:",
    receiptRequestLine: (date: string, question: string, reply: string | null) =>
      `• ${date} Ủy ban hỏi: ${question}\n  ${reply === null ? "Chưa trả lời." : `Đã trả lời: ${reply}`}`,
    receiptFooter: "Bản khai được lưu mã hóa; chỉ Ủy ban Kiểm tra xem được.",
    // Refusals of free text and of the parsed values, each with what was understood and how to fix it.
    textEmpty: "Câu trả lời đang để trống. Đồng chí gõ nội dung rồi gửi lại.",
    textNoWords: (typed: string) => `«${q(typed)}» chưa có chữ nào. Đồng chí gõ nội dung bằng chữ.`,
    textTooShort: (typed: string) => `«${q(typed)}» quá ngắn để Ủy ban hiểu được. Đồng chí ghi rõ hơn.`,
    money: {
      negative: "Số tiền không thể là số âm. Đồng chí gõ giá trị ước tính, không có dấu trừ.",
      zero: "Giá trị phải lớn hơn 0 đồng. Nếu không biết giá trị, đồng chí gõ «không rõ».",
      tooSmall: (understood: string) =>
        `Bot hiểu là ${understood}, nhỏ hơn 1.000 đồng. Nếu ý đồng chí là nghìn đồng, gõ thêm «k» hoặc «nghìn» (ví dụ 500k); không biết giá trị thì gõ «không rõ».`,
      tooLarge: (understood: string) => `Bot hiểu là ${understood}, lớn hơn 1.000 tỷ đồng, có lẽ gõ nhầm. Đồng chí kiểm tra lại số chữ số.`,
      /** Two or more readings of what was typed: ask, never pick one. */
      ambiguous: (amounts: readonly string[]) =>
        `Đồng chí muốn ghi ${amounts.length > 1 ? `${amounts.slice(0, -1).join(", ")} hay ${amounts[amounts.length - 1]}` : amounts[0]} đồng? Đồng chí gõ lại đúng số tiền cần ghi.`,
      bound: (typed: string, amount: string) =>
        `«${q(typed)}» là một mức chặn, chưa phải giá trị ước tính. Đồng chí gõ một con số ước tính (ví dụ ${amount}); không biết thì gõ «không rõ».`,
      notDong: (typed: string) =>
        `Giá trị ghi bằng đồng Việt Nam. Đồng chí quy đổi «${q(typed)}» ra đồng (ước tính là đủ) rồi gõ lại, ví dụ 2.500.000; không biết thì gõ «không rõ».`,
      unreadable: (typed: string) =>
        `Bot chưa đọc được «${q(typed)}» là số tiền. Đồng chí gõ số và đơn vị như 2.500.000, 2tr5, 2,5 triệu, 500k, 1 tỷ hoặc bằng chữ (hai triệu rưỡi); không biết thì gõ «không rõ».`,
    },
    date: {
      unreadable: (typed: string) =>
        `Bot chưa đọc được «${q(typed)}» là ngày. Đồng chí gõ theo dạng ngày/tháng/năm, ngày/tháng nếu trong năm nay, hoặc «hôm nay», «hôm qua».`,
      /** The example under a date step, built from the current day so its year is never stale. */
      example: (full: string, short: string) => `${full}, ${short} hoặc hôm qua`,
      beforeGift: (understood: string, giftDay: string) =>
        `Bot hiểu là ngày ${understood}, trước ngày được mời, biếu (${giftDay}). Đồng chí kiểm tra lại ngày.`,
      invalid: (understood: string) => `Ngày ${understood} không có trên lịch. Đồng chí kiểm tra lại ngày và tháng.`,
      ambiguous: (typed: string, candidates: readonly string[]) =>
        `«${q(typed)}» có thể là ${candidates.join(" hoặc ")}. Đồng chí gõ ngày cụ thể (ngày/tháng).`,
      vague: (typed: string) =>
        `«${q(typed)}» chưa đủ để ghi ngày. Đồng chí gõ ngày cụ thể (ngày/tháng, «hôm qua», «thứ sáu tuần trước»); không nhớ chính xác thì ghi ngày gần đúng nhất.`,
      future: (understood: string, today: string) => `Bot hiểu là ngày ${understood}, sau hôm nay (${today}). Đồng chí gõ ngày đã xảy ra.`,
      tooEarly: (understood: string) =>
        `Bot hiểu là ngày ${understood}, trước ngày 27/10/2023 (ngày ban hành Quy định 131-QĐ/TW). Đồng chí kiểm tra lại năm.`,
    },
    conflict: {
      title: "bản khai xung đột lợi ích",
      intro: [
        "📝 Khai báo xung đột lợi ích (quan hệ gia đình, cổ phần, vốn góp, lợi ích khác liên quan đến cuộc kiểm tra, giám sát).",
        "Căn cứ: Kế hoạch thực hiện Quy định 131-QĐ/TW, mục II.3, II.4.1, II.4.3.1, II.4.4.",
        "Bản khai chỉ Ủy ban Kiểm tra xem được và được mã hóa khi lưu. Sau khi đồng chí xác nhận, bot gửi mã bản khai; Ủy ban xem xét và báo lại kết quả qua cuộc trò chuyện này.",
        "Có 6–8 bước, mất khoảng 3 phút. Cuối cùng đồng chí xem lại toàn bộ trước khi gửi.",
      ].join("\n"),
      role: { label: "Vai trò", prompt: "Đồng chí tham gia với vai trò nào?" },
      roles: {
        team_member: "Thành viên đoàn",
        team_leader: "Trưởng đoàn",
        committee_leader: "Lãnh đạo cơ quan ủy ban kiểm tra",
        inspectorate_leader: "Lãnh đạo cơ quan thanh tra",
        staff: "Cán bộ tham mưu",
        other: "Khác",
      },
      inspection: {
        label: "Cuộc kiểm tra, giám sát / địa bàn theo dõi",
        prompt: "Cuộc kiểm tra, giám sát hoặc địa bàn, lĩnh vực được phân công theo dõi là gì? Ghi tên hoặc số quyết định.",
        example: "Đoàn kiểm tra theo Quyết định 12-QĐ/UBKT năm 2026",
      },
      subject: {
        label: "Đối tượng kiểm tra",
        prompt: "Đối tượng kiểm tra, giám sát là tổ chức hoặc cá nhân nào?",
        example: "Ban Thường vụ Đảng ủy xã A",
      },
      linkType: { label: "Loại quan hệ, lợi ích", prompt: "Đồng chí có quan hệ hoặc lợi ích nào dưới đây?" },
      linkTypes: {
        family_subject: "Quan hệ gia đình với đối tượng kiểm tra",
        family_team: "Quan hệ gia đình với thành viên khác của đoàn",
        family_area_head: "Quan hệ gia đình với người đứng đầu địa bàn, lĩnh vực được phân công theo dõi",
        shares: "Cổ phần, vốn góp",
        other_interest: "Quyền, lợi ích khác",
      },
      relation: { label: "Quan hệ", prompt: "Người đó là gì của đồng chí?" },
      relations: {
        spouse: "Vợ/chồng",
        parent: "Cha/mẹ",
        child: "Con",
        sibling: "Anh/chị/em ruột",
        parent_in_law: "Cha/mẹ vợ/chồng",
        sibling_in_law: "Anh/chị/em vợ/chồng",
        other: "Khác",
      },
      relatedPerson: {
        label: "Họ tên, chức vụ người có quan hệ",
        prompt: "Họ tên và chức vụ (hoặc công việc) của người đó?",
        example: "Nguyễn Văn B, Phó Chủ tịch UBND xã A",
      },
      interest: {
        label: "Mô tả quyền, lợi ích",
        prompt: "Đồng chí mô tả ngắn quyền, lợi ích liên quan: của ai, ở đâu, bao nhiêu.",
        example: "Vợ tôi góp 10% vốn Công ty TNHH C, là đơn vị thuộc đối tượng kiểm tra",
      },
      askToWithdraw: {
        label: "Đề nghị rút khỏi đoàn",
        prompt: "Đồng chí có đề nghị được rút khỏi đoàn (không tham gia cuộc kiểm tra, giám sát này)?",
      },
      yes: "Có, đề nghị rút khỏi đoàn",
      no: "Không, vẫn tham gia đoàn",
      remarks: {
        label: "Ghi chú",
        prompt: "Đồng chí có ghi chú thêm cho Ủy ban Kiểm tra không?",
        example: "Tôi đã báo cáo miệng với trưởng đoàn ngày 02/3",
      },
    },
    gift: {
      title: "bản khai quà tặng, lợi ích được mời, biếu",
      intro: [
        "🎁 Khai báo quà tặng, lợi ích được mời, biếu (không nhận quà, lợi ích dưới mọi hình thức).",
        "Căn cứ: Kế hoạch thực hiện Quy định 131-QĐ/TW, mục II.4.3.1, II.4.4.",
        "Bản khai ghi lại ai mời, biếu cái gì và đồng chí đã xử lý thế nào. Chỉ Ủy ban Kiểm tra xem được, nội dung được mã hóa khi lưu. Sau khi đồng chí xác nhận, bot gửi mã bản khai; Ủy ban xem xét và báo lại kết quả qua cuộc trò chuyện này.",
        "Có 10–12 bước, mất khoảng 3 phút. Cuối cùng đồng chí xem lại toàn bộ trước khi gửi.",
      ].join("\n"),
      giverType: { label: "Người mời, biếu là", prompt: "Người mời, biếu là cá nhân hay tổ chức?" },
      giverTypes: { individual: "Cá nhân", organization: "Tổ chức" },
      giver: {
        label: "Tên người, tổ chức",
        prompt: { individual: "Họ tên người đã mời, biếu?", organization: "Tên tổ chức đã mời, biếu?" },
        example: { individual: "Trần Văn D", organization: "Công ty Cổ phần E" },
      },
      giverPosition: {
        label: "Chức vụ, đơn vị hoặc người đại diện",
        prompt: {
          individual: "Chức vụ, đơn vị công tác của người đó?",
          organization: "Người đại diện của tổ chức (họ tên, chức vụ) và địa chỉ, nếu biết?",
        },
        example: { individual: "Phó Giám đốc Công ty Cổ phần E", organization: "Ông Trần Văn D, Giám đốc; số 12 đường Lê Lợi, phường A" },
      },
      giverLink: { label: "Liên quan đến công việc", prompt: "Người, tổ chức đó liên quan thế nào đến công việc của đồng chí?" },
      giverLinks: {
        inspected_subject: "Là đối tượng kiểm tra, giám sát",
        assigned_area: "Thuộc địa bàn, lĩnh vực được phân công theo dõi",
        other: "Khác",
      },
      giftKind: { label: "Loại quà, lợi ích", prompt: "Thứ được mời, biếu thuộc loại nào?" },
      giftKinds: {
        money: "Vật chất: tiền",
        goods: "Vật chất: hiện vật",
        travel: "Phi vật chất: du lịch",
        meals: "Phi vật chất: ăn uống",
        service: "Phi vật chất: dịch vụ",
        opportunity: "Phi vật chất: cơ hội (việc làm, học tập, thăng tiến…)",
        other: "Khác",
      },
      description: {
        label: "Mô tả",
        prompt: "Đồng chí mô tả ngắn thứ được mời, biếu và hoàn cảnh.",
        /** The example fits the kind chosen at the step before. */
        example: {
          money: "Một phong bì tiền đưa sau buổi làm việc tại trụ sở xã",
          goods: "Một giỏ quà Tết (rượu, bánh) gửi đến nhà riêng",
          travel: "Chuyến du lịch Đà Nẵng 3 ngày cho hai vợ chồng, công ty chi trả",
          meals: "Bữa tiệc tại nhà hàng sau buổi làm việc",
          service: "Phiếu nghỉ dưỡng, chăm sóc sức khỏe tại khu nghỉ dưỡng",
          opportunity: "Hứa nhận con tôi vào làm việc tại công ty",
          other: "Lời mời dự lễ khai trương kèm quà lưu niệm",
        },
      },
      valueVnd: {
        label: "Giá trị ước tính",
        prompt: "Giá trị ước tính bằng đồng là bao nhiêu? Không biết thì gõ «không rõ».",
        example: "2.500.000 hoặc 2tr5 hoặc hai triệu rưỡi",
      },
      date: { label: "Ngày mời, biếu", prompt: "Việc mời, biếu diễn ra ngày nào?", example: "05/03/2026, 5/3 hoặc hôm qua" },
      action: { label: "Đồng chí đã xử lý", reviewLabel: "Người khai đã xử lý", prompt: "Đồng chí đã xử lý thế nào?" },
      handledOn: {
        label: "Ngày trả lại, nộp",
        prompt: { returned: "Đồng chí trả lại ngày nào?", handed_over: "Đồng chí nộp ngày nào?" },
      },
      handledTo: {
        label: "Trả lại, nộp cho",
        prompt: {
          returned: "Đồng chí trả lại cho ai, bằng cách nào?",
          handed_over: "Đồng chí nộp cho cơ quan, đơn vị nào (người nhận, nếu có)?",
        },
        example: {
          returned: "Trả tận tay ông Trần Văn D tại trụ sở công ty, có biên bản",
          handed_over: "Văn phòng Ủy ban Kiểm tra Tỉnh ủy, đồng chí G nhận",
        },
      },
      actions: {
        refused: "Từ chối",
        returned: "Đã nhận và đã trả lại",
        handed_over: "Đã nộp cho cơ quan, đơn vị",
        pending: "Chưa xử lý",
      },
      remarks: {
        label: "Ghi chú",
        prompt: "Đồng chí có ghi chú thêm cho Ủy ban Kiểm tra không?",
        example: "Có người làm chứng là đồng chí F",
      },
    },
  },

  // ── review, digests, roles ──────────────────────────────────────────────
  review: {
    /** The one refusal for every committee or admin command, whatever the argument: reveals nothing. */
    /** The one-step dialogs that ask a reviewer for a reason and a declarant for a reply. */
    reasonDialogTitle: "quyết định xem xét",
    reasonLabel: "Lý do",
    replyDialogTitle: "nội dung bổ sung",
    replyLabel: "Nội dung bổ sung",
    adminOnly: "Lệnh này chỉ dành cho quản trị viên (người cấp, thu quyền Ủy ban).",
    refused: "Lệnh này chỉ dành cho Ủy ban Kiểm tra. Nếu đồng chí cần khai báo, gõ /help để xem các lệnh.",
    privateOnly: "Lệnh của Ủy ban Kiểm tra chỉ dùng trong tin nhắn riêng với bot, để bảo mật bản khai.",
    kinds: { conflict: "Xung đột lợi ích", gift: "Quà tặng", report: "Phản ánh" } as Record<string, string>,
    statuses: {
      submitted: "Chờ xem xét",
      info_requested: "Chờ bổ sung thông tin",
      info_provided: "Đã bổ sung, chờ xem xét",
      accepted: "Đã chấp nhận",
      recusal_required: "Yêu cầu không tham gia đoàn",
      escalated: "Đã chuyển xử lý",
      closed: "Đã đóng",
    } as Record<string, string>,
    decisions: {
      accept: "Chấp nhận (không cần xử lý thêm)",
      recuse: "Yêu cầu không tham gia đoàn",
      request_info: "Yêu cầu bổ sung thông tin",
      escalate: "Chuyển xử lý",
      close: "Đóng",
    } as Record<string, string>,
    // /cho_duyet
    queueEmpty: "Không có bản khai hay phản ánh nào đang chờ xem xét.",
    queueHeader: (total: number, page: number, pages: number) =>
      `Bản khai, phản ánh chờ xem xét: ${total} (trang ${page}/${pages}, cũ nhất trước)`,
    queueLine: (code: string, kind: string, date: string, days: number, who: string) =>
      `• ${code} · ${kind} · ${date} · ${days === 0 ? "hôm nay" : `${days} ngày`} · ${who}`,
    /** Submissions out of the queue but not finished: waiting for the declarant, or passed on. */
    queueWaitingHeader: (n: number) => `Chờ người khai bổ sung thông tin: ${n}`,
    queueEscalatedHeader: (n: number) => `Đã chuyển xử lý, chưa đóng: ${n}`,
    queueGroupMore: (n: number) => `  … và ${n} bản khai khác`,
    queueMore: (next: number) => `Trang sau: /cho_duyet ${next}`,
    queueFooter: "Xem một bản khai: /xem <mã>",
    queuePageEmpty: (pages: number) => `Không có trang này. Danh sách có ${pages} trang.`,
    queuePageNotNumber: (typed: string) => `«${q(typed)}» không phải số trang. Gõ /cho_duyet để xem trang đầu, /cho_duyet 2 cho trang 2.`,
    // /xem
    viewUsage: "Gõ mã bản khai sau lệnh, ví dụ: /xem XD-2026-000001",
    notFound: (code: string) => `Không tìm thấy bản khai ${q(code)}. Đồng chí kiểm tra lại mã (ví dụ XD-2026-000001).`,
    viewHeader: (code: string, kind: string, status: string) => `Bản khai ${code} · ${kind}\nTrạng thái: ${status}`,
    viewDeclarant: (who: string, date: string, days: number) =>
      `Người khai: ${who} · ngày ${date} (${days === 0 ? "hôm nay" : `${days} ngày trước`})`,
    viewAnswers: "Nội dung khai:",
    viewDecisions: "Các quyết định:",
    viewDecisionLine: (date: string, by: string, decision: string, reason: string) => `• ${date} · ${by}: ${decision}. Lý do: ${reason}`,
    viewInfo: "Yêu cầu bổ sung:",
    viewInfoLine: (date: string, question: string, reply: string | null) =>
      `• ${date} Hỏi: ${question}\n  ${reply === null ? "Chưa trả lời." : `Trả lời: ${reply}`}`,
    viewChoose: "Chọn quyết định (sau đó gõ lý do), hoặc gõ: /quyet_dinh <mã> <chap_nhan|khong_tham_gia|bo_sung|chuyen|dong> <lý do>",
    viewFinal: "Bản khai đã đóng, không còn quyết định nào.",
    viewNoDecisionOwn: "Đây là bản khai của chính đồng chí: đồng chí không quyết định trên bản khai này.",
    viewWaiting: "Đang chờ người khai bổ sung thông tin; đồng chí vẫn có thể chuyển xử lý hoặc đóng.",
    // deciding
    decideUsage:
      "Cách dùng: /quyet_dinh <mã> <chap_nhan|khong_tham_gia|bo_sung|chuyen|dong> <lý do>\nVí dụ: /quyet_dinh QT-2026-000001 chap_nhan Quà lưu niệm giá trị nhỏ, đã báo cáo đúng hạn.",
    decideUnknown: (word: string) =>
      `Bot chưa hiểu quyết định «${q(word)}». Chọn một trong: chap_nhan, khong_tham_gia, bo_sung, chuyen, dong.`,
    reasonMissing: "Đồng chí cần ghi lý do sau quyết định (ví dụ: «đã đối chiếu, giá trị nhỏ»).",
    ownSubmission: "Đồng chí không thể quyết định trên bản khai của chính mình. Việc này do thành viên khác của Ủy ban xem xét.",
    invalidTransition: (code: string, status: string, decision: string, allowed: string) =>
      `Không thể «${decision}» bản khai ${code} đang ở trạng thái «${status}». ${allowed}`,
    allowedList: (labels: string[]) =>
      labels.length ? `Quyết định có thể: ${labels.join("; ")}.` : "Bản khai đã đóng, không còn quyết định nào.",
    recuseConflictOnly: "Yêu cầu không tham gia đoàn chỉ áp dụng cho bản khai xung đột lợi ích.",
    askReason: (code: string, decision: string) =>
      `${Doc(code)} ${code} · ${decision}.\nĐồng chí gõ lý do (${sender(code)} sẽ nhận được nội dung này).`,
    askQuestion: (code: string) =>
      `${Doc(code)} ${code} · Yêu cầu bổ sung thông tin.\nĐồng chí gõ câu hỏi gửi ${sender(code)}, ví dụ: «Đồng chí cho biết giá trị ước tính của món quà».`,
    // The new status is named only when it says more than the decision ("Yêu cầu không tham gia đoàn" twice says nothing).
    decided: (code: string, decision: string, status: string) =>
      `Đã ghi quyết định cho ${code}: ${decision}.${status === decision ? "" : ` Trạng thái mới: ${status}.`} ${Sender(code)} sẽ được báo.`,
    stale: (code: string) => `${Doc(code)} ${code} vừa được người khác xử lý. Đồng chí xem lại: /xem ${code}`,
    // notices to the declarant (outbox)
    noticeDecision: (code: string, decision: string, reason: string, whatNext: string) =>
      `Ủy ban Kiểm tra đã xem xét ${doc(code)} ${code}.\nQuyết định: ${decision}.\nLý do: ${reason}\n${whatNext ? `${whatNext}\n` : ""}Xem lại bản khai và các quyết định: /cua_toi ${code}`,
    noticeAccept: "Bản khai được ghi nhận; đồng chí không cần làm gì thêm.",
    noticeRecuse: "Đề nghị đồng chí không tham gia đoàn kiểm tra, giám sát liên quan đến nội dung đã khai.",
    noticeEscalate: "Bản khai được chuyển xử lý theo quy định; Ủy ban sẽ liên hệ khi cần.",
    noticeClose: "Ủy ban Kiểm tra đã kết thúc việc xem xét bản khai này; đồng chí không cần làm gì thêm. Bản khai vẫn được lưu.",
    noticeInfoRequest: (code: string, question: string) =>
      `Ủy ban Kiểm tra đề nghị đồng chí bổ sung thông tin cho ${doc(code)} ${code}:\n«${question}»\nChọn «Trả lời» rồi gõ nội dung, hoặc gõ: /bo_sung ${code} <nội dung>`,
    replyButton: "Trả lời",
    // the declarant's reply
    replyUsage:
      "Cách dùng: /bo_sung <mã> <nội dung trả lời>, ví dụ: /bo_sung QT-2026-000001 Món quà là hộp trà, trị giá khoảng 300.000 đồng.",
    replyNoRequest: (code: string) => `Không có yêu cầu bổ sung nào đang chờ đồng chí trả lời cho mã ${q(code)}.`,
    replyAsk: (code: string, question: string) => `${Doc(code)} ${code}. Câu hỏi của Ủy ban:\n«${question}»\nĐồng chí gõ nội dung trả lời.`,
    replyEmpty: "Nội dung trả lời đang trống. Đồng chí gõ nội dung trả lời.",
    replyDone: (code: string) =>
      `Đã gửi nội dung bổ sung cho ${doc(code)} ${code}. Ủy ban Kiểm tra sẽ tiếp tục xem xét; đồng chí sẽ nhận được thông báo.`,
    noticeReply: (code: string, reply: string) =>
      `${Sender(code)} đã bổ sung thông tin cho ${doc(code)} ${code}:\n«${reply}»\nXem: /xem ${code}`,
    // roles
    grantUsage: "Cách dùng: /cap_quyen <kênh:mã người dùng>, ví dụ: /cap_quyen telegram:123456789",
    revokeUsage: "Cách dùng: /thu_quyen <kênh:mã người dùng>, ví dụ: /thu_quyen telegram:123456789",
    /** A malformed person id, refused with what is wrong and a right example. */
    personId: {
      missing: "Thiếu mã người dùng. Mã có dạng kênh:mã, ví dụ telegram:123456789; người đó gõ /id để biết mã của mình.",
      noChannel: (typed: string) =>
        `«${q(typed)}» không phải mã người dùng: thiếu kênh. Mã có dạng kênh:mã, ví dụ telegram:123456789 hoặc zalo:8a1f2c3d; người đó gõ /id để biết mã của mình.`,
      username: (typed: string) =>
        `«${q(typed)}» là tên tài khoản, không phải mã người dùng. Mã Telegram là một dãy số, ví dụ telegram:123456789; người đó gõ /id để biết mã của mình.`,
      malformed: (typed: string) =>
        `«${q(typed)}» không đúng dạng mã người dùng. Ví dụ đúng: telegram:123456789 (chỉ gồm số), zalo:8a1f2c3d; người đó gõ /id để biết mã của mình.`,
    },
    granted: (who: string) => `Đã cấp quyền Ủy ban Kiểm tra cho ${q(who)}.`,
    alreadyGranted: (who: string) => `${q(who)} đã có quyền Ủy ban Kiểm tra.`,
    revoked: (who: string) => `Đã thu hồi quyền Ủy ban Kiểm tra của ${q(who)}.`,
    notGranted: (who: string) =>
      `${q(who)} không có quyền Ủy ban Kiểm tra được cấp (quản trị viên trong cấu hình không thu hồi được bằng lệnh).`,
    noticeGranted: "Đồng chí đã được cấp quyền Ủy ban Kiểm tra. Các lệnh: /cho_duyet, /xem <mã>, /quyet_dinh, /bao_cao.",
    noticeRevoked: "Quyền Ủy ban Kiểm tra của đồng chí đã được thu hồi.",
  },
  // ── reports of violations (/phan_anh, /theo_doi) ──────────────────────
  reports: {
    title: "bản phản ánh sai phạm",
    intro: [
      "📣 Phản ánh sai phạm: tham nhũng, tiêu cực, hoặc bao che, tiếp tay cho tham nhũng, tiêu cực trong công tác kiểm tra, giám sát, thi hành kỷ luật đảng và hoạt động thanh tra (Kế hoạch thực hiện Quy định 131-QĐ/TW, mục II.5.3). Kế hoạch yêu cầu bảo vệ, khen thưởng kịp thời người phát hiện, phản ánh (mục II.2.2, II.3, II.5.1).",
      "Trong cuộc trò chuyện này bot không ghi nhận tài khoản của đồng chí vào danh sách người dùng. Bản đang làm chỉ lưu tạm, được mã hóa, và bị xóa ngay khi gửi, khi hủy, hoặc sau 24 giờ không cập nhật.",
      "Ở bước 6, đồng chí chọn công khai, bảo mật danh tính hay ẩn danh; bot giải thích từng cách trước khi đồng chí chọn. Có 7 bước, cuối cùng đồng chí xem lại toàn bộ trước khi gửi.",
    ].join("\n"),
    what: {
      label: "Sự việc",
      prompt: "Đồng chí mô tả sự việc: đã xảy ra chuyện gì? (tối đa 4.000 ký tự)",
      example: "Trưởng đoàn kiểm tra nhận phong bì của đối tượng kiểm tra sau buổi làm việc",
    },
    who: {
      label: "Người liên quan",
      prompt: "Ai liên quan? Ghi vai trò, chức vụ; họ tên nếu đồng chí muốn.",
      example: "Một thành viên đoàn kiểm tra của Ủy ban Kiểm tra huyện",
    },
    when: {
      label: "Thời gian",
      prompt: "Việc xảy ra khi nào? Ghi ngày hoặc khoảng thời gian, ước chừng cũng được.",
      example: "Khoảng đầu tháng 3/2026",
    },
    where: { label: "Địa điểm, đơn vị", prompt: "Việc xảy ra ở đâu (đơn vị, địa bàn)?", example: "Trụ sở Đảng ủy xã A" },
    evidence: {
      label: "Bằng chứng đang giữ",
      prompt: "Đồng chí đang giữ bằng chứng gì? Chỉ mô tả (bot chưa nhận tệp, ảnh); Ủy ban sẽ hỏi khi cần.",
      example: "Tin nhắn hẹn gặp, có người chứng kiến",
    },
    identity: {
      label: "Danh tính",
      prompt: [
        "Đồng chí muốn Ủy ban biết mình là ai ở mức nào?",
        "• Công khai với Ủy ban: các thành viên Ủy ban Kiểm tra thấy tên và tài khoản của đồng chí, có thể hỏi thêm và báo kết quả qua tin nhắn này.",
        "• Bảo mật danh tính: tên và tài khoản được mã hóa, chỉ lãnh đạo Ủy ban (quản trị viên) xem được khi cần, mỗi lần xem đều ghi vào nhật ký. Người xử lý không thấy. Kết quả vẫn báo qua tin nhắn này.",
        "• Ẩn danh: hệ thống không lưu tài khoản, tên hay mã cuộc trò chuyện của đồng chí. Đồng chí nhận một mã và một cụm mật khẩu để tự theo dõi bằng /theo_doi; mất cụm mật khẩu thì không ai khôi phục được, và Ủy ban không liên hệ được với đồng chí.",
        "Lưu ý: nền tảng nhắn tin (Telegram, Zalo) vẫn biết tài khoản nào đã nhắn cho bot. Ẩn danh nghĩa là hệ thống này không giữ liên kết nào tới tài khoản của đồng chí, không có nghĩa là nền tảng quên việc đó.",
      ].join("\n"),
    },
    identities: {
      public: "Công khai với Ủy ban",
      confidential: "Bảo mật danh tính",
      anonymous: "Ẩn danh",
    },
    audience: {
      label: "Người được xem",
      prompt:
        "Nếu sự việc liên quan đến cán bộ của chính Ủy ban Kiểm tra, đồng chí có thể chọn để chỉ lãnh đạo Ủy ban (quản trị viên) xem; các thành viên khác không thấy phản ánh này trong danh sách hay báo cáo. Đồng chí chọn:",
    },
    audiences: {
      committee: "Ủy ban Kiểm tra xem xét",
      leadership: "Chỉ lãnh đạo Ủy ban (liên quan cán bộ của Ủy ban)",
    },
    // receipts
    receiptIdentified: (code: string, identity: "public" | "confidential") =>
      [
        `✅ Đã nhận phản ánh. Mã: ${code}`,
        identity === "public"
          ? "Các thành viên Ủy ban Kiểm tra xử lý phản ánh thấy tên đồng chí."
          : "Danh tính của đồng chí được mã hóa; chỉ lãnh đạo Ủy ban xem được, và mỗi lần xem đều được ghi nhật ký.",
        "Ủy ban sẽ báo kết quả và hỏi thêm (nếu cần) qua tin nhắn này.",
      ].join("\n"),
    receiptAnonymous: (code: string, passphrase: string) =>
      [
        "✅ Đã nhận phản ánh ẩn danh.",
        `Mã: ${code}`,
        `Cụm mật khẩu: ${passphrase}`,
        "Đồng chí chép mã và cụm mật khẩu ra giấy ngay bây giờ, rồi xóa tin nhắn này. Bot chỉ gửi một lần; hệ thống không lưu cụm mật khẩu nên không ai khôi phục được.",
        `Theo dõi kết quả và trả lời câu hỏi của Ủy ban: nhắn riêng cho bot (từ tài khoản nào cũng được) /theo_doi ${code}, rồi gõ cụm mật khẩu.`,
      ].join("\n"),
    // follow-up (/theo_doi)
    followUsage: "Gõ mã phản ánh sau lệnh, ví dụ: /theo_doi PA-2026-000001. Bot sẽ hỏi cụm mật khẩu.",
    followTitle: "tra cứu phản ánh",
    passphrase: {
      label: "Cụm mật khẩu",
      prompt: (code: string) => `Phản ánh ${code}: đồng chí gõ cụm mật khẩu đã nhận khi gửi (có dấu cách hay không đều được).`,
    },
    followWrong: "Mã hoặc cụm mật khẩu không đúng. Đồng chí kiểm tra lại rồi gõ /theo_doi <mã> để thử lại.",
    followLimited: (minutes: number) => `Đã thử sai quá nhiều lần với mã này. Đồng chí thử lại sau khoảng ${minutes} phút.`,
    followHeader: (code: string, date: string, status: string) => `Phản ánh ${code} · gửi ngày ${date}\nTrạng thái: ${status}`,
    followDecision: (date: string, decision: string, reason: string) =>
      `• ${date}: ${decision}. ${reason ? `Ủy ban ghi: ${reason}` : ""}`.trim(),
    followDecisionsHeader: "Kết quả xử lý:",
    followQa: (date: string, question: string, reply: string | null) =>
      `• ${date} Ủy ban hỏi: ${question}\n  ${reply === null ? "Chưa trả lời." : `Đồng chí đã trả lời: ${reply}`}`,
    followQaHeader: "Câu hỏi của Ủy ban:",
    followPurged: (date: string) => `Nội dung phản ánh đã được xóa theo thời hạn lưu trữ (ngày ${date}); chỉ còn mã, ngày và trạng thái.`,
    answerTitle: "câu trả lời cho Ủy ban",
    answer: {
      label: "Trả lời",
      prompt: (code: string, question: string) =>
        `Ủy ban hỏi về phản ánh ${code}:\n«${question}»\nĐồng chí gõ nội dung trả lời (tối đa 2.000 ký tự), hoặc /huy để trả lời sau.`,
    },
    answered: (code: string) => `Đã gửi câu trả lời cho Ủy ban về phản ánh ${code}. Xem tiếp: /theo_doi ${code}`,
    answerClosed: (code: string) => `Câu hỏi về phản ánh ${code} không còn chờ trả lời. Xem lại: /theo_doi ${code}`,
    // what the reporter sees as a status
    statuses: {
      submitted: "Đã gửi, chờ Ủy ban xem xét",
      info_requested: "Ủy ban đề nghị bổ sung thông tin",
      info_provided: "Đã bổ sung, chờ Ủy ban xem xét",
      accepted: "Ủy ban đã chấp nhận xử lý",
      escalated: "Đã chuyển cơ quan có thẩm quyền",
      closed: "Đã đóng",
    } as Record<string, string>,
    // committee side
    decisions: {
      accept: "Chấp nhận xử lý",
      request_info: "Yêu cầu bổ sung thông tin",
      escalate: "Chuyển cơ quan có thẩm quyền",
      close: "Đóng",
    } as Record<string, string>,
    committeeStatuses: {
      accepted: "Đang xử lý",
      escalated: "Đã chuyển cơ quan có thẩm quyền",
    } as Record<string, string>,
    whoAnonymous: "ẩn danh",
    whoConfidential: "bảo mật danh tính",
    viewHeader: (code: string, status: string) => `Phản ánh ${code}\nTrạng thái: ${status}`,
    viewContents: "Nội dung phản ánh:",
    viewChoose: "Chọn quyết định (sau đó gõ lý do), hoặc gõ: /quyet_dinh <mã> <chap_nhan|bo_sung|chuyen|dong> <lý do>",
    viewReporterPublic: (who: string, date: string, days: number) =>
      `Người phản ánh: ${who} · ngày ${date} (${days === 0 ? "hôm nay" : `${days} ngày trước`})`,
    viewReporterHidden: (mode: string, date: string, days: number) =>
      `Người phản ánh: ${mode} · ngày ${date} (${days === 0 ? "hôm nay" : `${days} ngày trước`})`,
    viewLeadership: "🔒 Chỉ lãnh đạo Ủy ban xem (phản ánh liên quan cán bộ của Ủy ban).",
    viewPurged: (date: string) => `Nội dung đã xóa theo thời hạn lưu trữ (ngày ${date}).`,
    identityButton: "Xem danh tính (ghi nhật ký)",
    identityUsage: "Gõ mã phản ánh sau lệnh, ví dụ: /danh_tinh PA-2026-000001",
    identityNone: (code: string) => `Phản ánh ${code} không có danh tính bảo mật để xem.`,
    identityShown: (code: string, who: string) => `Danh tính người phản ánh ${code}: ${who}\nLần xem này đã được ghi vào nhật ký.`,
    ownReport: "Đây là phản ánh của chính đồng chí: đồng chí không quyết định trên phản ánh này.",
    decidedAnonymous: (code: string, decision: string, status: string) =>
      `Đã ghi quyết định cho ${code}: ${decision}. Trạng thái mới: ${status}. Người phản ánh ẩn danh sẽ thấy khi tra cứu bằng /theo_doi.`,
    noticeDecision: (code: string, decision: string, reason: string) =>
      `Ủy ban Kiểm tra đã xem xét phản ánh ${code}.\nQuyết định: ${decision}.\nLý do: ${reason}`,
    noticeInfoRequest: (code: string, question: string) =>
      `Ủy ban Kiểm tra đề nghị đồng chí bổ sung thông tin cho phản ánh ${code}:\n«${question}»\nBấm «Trả lời» rồi gõ nội dung, hoặc gõ: /bo_sung ${code} <nội dung>`,
    noticeAnonymousReply: (code: string, reply: string) =>
      `Người phản ánh ẩn danh đã trả lời về phản ánh ${code}:\n«${reply}»\nXem: /xem ${code}`,
    digestLine: (total: number, byStatus: string) => `• Phản ánh: ${total}${byStatus ? ` (${byStatus})` : ""}`,
  },
  digest: {
    title: (date: string) => `📋 Báo cáo ngày ${date}`,
    since: (date: string | undefined) => (date ? `Từ lần báo cáo trước (${date}):` : "Từ khi bắt đầu:"),
    empty: (date: string | undefined) =>
      `📋 Không có gì mới${date ? ` từ lần báo cáo trước (${date})` : ""}: không có bản khai mới, không có bản khai chờ xem xét, không có quyết định, không có cảnh báo luân chuyển.`,
    newLine: (total: number, byKind: string) => `• Bản khai mới: ${total}${byKind ? ` (${byKind})` : ""}`,
    pendingLine: (count: number, oldestDays: number, code: string | undefined) =>
      count
        ? `• Đang chờ xem xét: ${count}, ${oldestDays === 0 ? "tất cả gửi hôm nay" : `lâu nhất ${oldestDays} ngày`} (${code})`
        : "• Đang chờ xem xét: 0",
    overdueHeader: (count: number, days: number) => `⚠ Chờ quá ${days} ngày: ${count}`,
    overdueLine: (code: string, kind: string, days: number) => `  ${code} · ${kind} · ${days} ngày`,
    decisionsHeader: (count: number) => `• Quyết định đã ghi: ${count}`,
    decisionLine: (code: string, decision: string, by: string) => `  ${code} · ${decision} · ${by}`,
    rotationOverdue: (count: number) => `⚠ Luân chuyển quá hạn (từ 5 năm): ${count}`,
    rotationDue: (count: number) => `• Đến hạn xem xét luân chuyển (từ 2 năm): ${count}`,
    rotationLine: (person: string, area: string, since: string, years: number) => `  ${person} · ${area} · từ ${since} (${years} năm)`,
    more: (n: number) => `  … và ${n} mục khác`,
    footer: "Chi tiết: /cho_duyet",
    /** The audit chain's head, witnessed in people's chats (issue 11): `audit verify --head` takes it back. */
    head: (head: string) => `Dấu nhật ký: ${head} (giữ tin này để đối chiếu khi kiểm tra dữ liệu)`,
  },

  // ── unanswered: questions the knowledge base refused or only suggested for (issue 9) ──
  unanswered: {
    helpLine: "• /cau_hoi_chua_ro — câu hỏi bot chưa trả lời được, gộp theo nội dung",
    header: (groups: number, days: number) => `❓ Câu hỏi chưa trả lời được (${groups} nhóm, ${days} ngày gần nhất, mới nhất trước):`,
    line: (count: number, question: string, mode: string, day: string) =>
      `• ${count} lần · “${question.length > 160 ? `${question.slice(0, 159)}…` : question}” · ${mode} · ${day}`,
    modes: { suggest: "đã gợi ý mục", refuse: "đã từ chối" },
    more: (n: number) => `  … và ${n} nhóm khác (xem đủ: npm run -s kb -- unanswered --json)`,
    none: (days: number) => `Không có câu hỏi nào bot chưa trả lời được trong ${days} ngày gần nhất.`,
    footer: "Không lưu người hỏi. Bổ sung câu trả lời: xem knowledge/README.md, mục “How the committee adds its own answers”.",
    digestHeader: (n: number) => `❓ Câu hỏi chưa trả lời được hỏi nhiều nhất tuần qua (${n}):`,
    digestLine: (count: number, question: string) =>
      `  ${count} lần · “${question.length > 120 ? `${question.slice(0, 119)}…` : question}”`,
  },

  // ── integrity: the committee member's view of their own declaration, startup, audit CLI ──
  integrity: {
    ownViewHeader: (code: string, kind: string, status: string, date: string) =>
      `Bản khai ${code} của đồng chí · ${kind}\nNgày khai: ${date}\nTrạng thái: ${status}`,
    ownViewDecision: (date: string, decision: string, reason: string) => `• ${date}: ${decision}. Lý do: ${reason}`,
    ownViewQuestion: (date: string, question: string, reply: string | null) =>
      `• ${date} Ủy ban hỏi: ${question}\n  ${reply === null ? "Đồng chí chưa trả lời." : `Đồng chí trả lời: ${reply}`}`,
    ownViewResults: "Kết quả xem xét đã báo đồng chí:",
    ownViewQuestions: "Yêu cầu bổ sung:",
    viewTampered:
      "⚠ Bản khai này không khớp nhật ký: nội dung hoặc lịch sử dưới đây đã bị sửa ngoài bot. Không quyết định; báo quản trị viên chạy «audit verify».",
    submissionTampered: (code: string) =>
      `Bản khai ${code} không khớp nhật ký (có thể đã bị sửa ngoài bot), nên chưa ghi quyết định và không gửi thông báo. Đề nghị quản trị viên chạy «audit verify».`,
    // Startup: one line, then exit code 2; nothing has been written.
    dataDirNotDirectory: (path: string) =>
      `Cấu hình sai: DATA_DIR: ${path} không phải là thư mục. Đặt DATA_DIR là một thư mục (mặc định ./data).`,
    dataDirUnusable: (path: string) => `Cấu hình sai: DATA_DIR: không tạo hoặc ghi được thư mục ${path}. Kiểm tra đường dẫn và quyền ghi.`,
    dbMissing: (path: string) =>
      `Không tìm thấy cơ sở dữ liệu ${path}. Kiểm tra DATA_DIR (cơ sở dữ liệu do bot tạo ở lần chạy đầu, npm start); không tạo gì mới.`,
    dbUnreadable: (path: string) =>
      `Không mở được cơ sở dữ liệu ${path}: tệp hỏng hoặc không phải SQLite. Cần khôi phục từ bản sao lưu; bot dừng, không ghi gì.`,
    keyFileInvalid: (path: string) =>
      `Khóa mã hóa sai: tệp ${path} không chứa khóa hợp lệ (64 ký tự hex hoặc base64 của 32 byte). Cần khôi phục tệp khóa từ bản sao lưu; bot dừng, không ghi gì.`,
    keyInvalid: "Cấu hình sai: DATA_KEY: cần 64 ký tự hex hoặc base64 của 32 byte.",
    keyMissing: (keyFile: string, dbFile: string) =>
      `Thiếu khóa mã hóa: không có tệp ${keyFile} (DATA_KEY cũng chưa đặt) trong khi ${dbFile} đã được ghi bằng một khóa. Cần khôi phục khóa từ bản sao lưu; bot dừng, không ghi gì.`,
    keyMismatchSetting: (dbFile: string) =>
      `Khóa mã hóa sai: DATA_KEY không phải khóa đã dùng cho ${dbFile}. Cần đặt đúng khóa từ bản sao lưu; bot dừng, không ghi gì.`,
    keyMismatchFile: (keyFile: string, dbFile: string) =>
      `Khóa mã hóa sai: tệp ${keyFile} không phải khóa đã dùng cho ${dbFile}. Cần khôi phục đúng tệp khóa từ bản sao lưu; bot dừng, không ghi gì.`,
    keyringDamaged: (dbFile: string) =>
      `Cơ sở dữ liệu ${dbFile} đã bị sửa ngoài bot: bản ghi kiểm tra khóa bị xóa hoặc thay đổi. Cần khôi phục từ bản sao lưu; bot dừng, không ghi gì.`,
  },
} as const;
