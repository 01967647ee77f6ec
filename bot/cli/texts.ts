// Everything the command-line tools say to the operator, in Vietnamese like the bot itself
// (../shared/docs/voice.md). Field names of the CSV header (person, area, since) stay as they
// are written in the file.

const ROLE = "Ủy ban Kiểm tra";

/** The CLIs' operator-facing texts. */
export const cliTexts = {
  common: {
    unknownCommand: (name: string) => `Không có lệnh «${name}».`,
    unknownOption: (detail: string) => `Tùy chọn không hợp lệ: ${detail}`,
    cannotRead: (file: string) => `Không đọc được tệp ${file}.`,
  },
  admin: {
    usageHeader: "Cách dùng: npm run -s admin -- <lệnh> [tùy chọn]   (chi tiết: <lệnh> --help)",
    noSubmissions: "(không có bản khai)",
    submissionsSummary: "Các bản khai đã lưu, đã giải mã (--json: mảng JSON).",
    backupSummary: "Sao chép cơ sở dữ liệu đang mở sang FILE, nhất quán (sao lưu trực tuyến của SQLite).",
    backupUsage: "Cách dùng: backup FILE.db   (FILE chưa có; tệp khóa không nằm trong bản sao, cần sao lưu riêng: xem README)",
    backupExists: (file: string) => `Tệp ${file} đã có; chọn tên khác để không ghi đè.`,
    backupNoFolder: (folder: string) => `Thư mục ${folder} không tồn tại.`,
    backupDone: (file: string, submissions: number, keyFile: string | undefined) =>
      `Đã sao lưu cơ sở dữ liệu vào ${file} (${submissions} bản khai, đã kiểm tra mở lại được).` +
      (keyFile
        ? ` Nhớ sao lưu riêng tệp khóa ${keyFile}: thiếu nó thì không đọc được bản khai.`
        : " Khóa mã hóa lấy từ DATA_KEY: nhớ giữ nó riêng."),
    backupFailed: (reason: string) => `Sao lưu không thành công: ${reason}`,
  },
  roles: {
    usage: (verb: "grant" | "revoke") =>
      `Cách dùng: ${verb} <kênh:mã người dùng>   (ví dụ ${verb} telegram:123456789; ${verb === "grant" ? "cấp" : "thu hồi"} quyền ${ROLE})`,
    grantSummary: `Cấp quyền ${ROLE} (ghi nhật ký).`,
    revokeSummary: `Thu hồi quyền ${ROLE} (ghi nhật ký).`,
    granted: (person: string) => `Đã cấp quyền ${ROLE} cho ${person}.`,
    alreadyHas: (person: string) => `${person} đã có quyền ${ROLE}.`,
    revoked: (person: string) => `Đã thu hồi quyền ${ROLE} của ${person}.`,
    hadNone: (person: string) => `${person} không có quyền ${ROLE} được cấp.`,
  },
  assignments: {
    summary: "Phân công (person,area,since) cho cảnh báo luân chuyển: import thay toàn bộ danh sách; list xem danh sách.",
    usage: [
      "Cách dùng: assignments import FILE.csv   thay TOÀN BỘ danh sách phân công bằng nội dung tệp",
      "           assignments list              xem danh sách đang lưu",
      "Tệp CSV (UTF-8, Excel lưu được): tiêu đề person,area,since; phân cách bằng dấu phẩy hoặc chấm phẩy;",
      "ngày dạng dd/mm/yyyy hoặc YYYY-MM-DD; person là tên hoặc mã kênh:mã (ví dụ telegram:123456789).",
    ].join("\n"),
    header: "tiêu đề phải là person,area,since",
    columns: (n: number) => `cần 3 cột (person,area,since), có ${n}`,
    missing: (field: string) => `thiếu ${field}`,
    dateFormat: "ngày phải theo dạng dd/mm/yyyy hoặc YYYY-MM-DD",
    dateUnreal: "ngày không có thật",
    future: "ở tương lai",
    badDate: (since: string, why: string) => `since «${since}»: ${why}`,
    badDateFuture: (since: string) => `since «${since}» ở tương lai`,
    duplicate: (first: number, person: string, area: string) => `trùng với dòng ${first} (${person}, ${area})`,
    badPerson: (person: string) =>
      `person «${person}» không phải mã người dùng hợp lệ: dùng kênh:mã như telegram:123456789, zalo:a1b2c3 (hoặc ghi họ tên)`,
    unclosedQuote: "dấu ngoặc kép mở mà không đóng",
    unreadable: (code: string) => `không đọc được dòng này (${code})`,
    line: (n: number, message: string) => `dòng ${n}: ${message}`,
    rejected: (n: number) => `Tệp có ${n} lỗi; không nhập dòng nào, danh sách cũ giữ nguyên.`,
    replacing: (before: number, after: number) =>
      `Lưu ý: lệnh này thay toàn bộ danh sách phân công (${before} dòng hiện có) bằng ${after} dòng trong tệp.`,
    imported: (n: number) => `Đã nhập ${n} phân công; danh sách cũ đã được thay (có ghi nhật ký).`,
    empty: "(chưa có phân công nào; nhập bằng: assignments import FILE.csv)",
    listHeader: (n: number) => `${n} phân công:`,
    listLine: (person: string, area: string, since: string, years: number) => `${since}  ${person} — ${area} (${years} năm)`,
  },
  audit: {
    summary: "Kiểm tra chuỗi nhật ký, dữ liệu đã lưu và dấu đã ghi lại.",
    usage: "Cách dùng: audit verify [--head N:HASH]… (N:HASH là dấu nhật ký in trong báo cáo, ví dụ 1234:9f3a1c2b)",
    ok: (count: number, witnessed: string[], head: string) =>
      `OK: ${count} mục nhật ký, chuỗi và dữ liệu khớp${witnessed.length ? `, khớp dấu ${witnessed.join(", ")}` : ""}. Dấu hiện tại: ${head}`,
    broken: (where: string, subject: string | undefined, reason: string) => `LỖI: ${where}${subject ? ` (${subject})` : ""}: ${reason}`,
    entry: (seq: number) => `mục #${seq}`,
    noEntry: "không có mục",
  },
  export: {
    summary: "Xuất bản khai ra CSV: mỗi bản khai một dòng, mỗi câu trả lời một cột, quyết định gần nhất (UTF-8 có BOM).",
    usage: [
      "Cách dùng: export --from YYYY-MM-DD --to YYYY-MM-DD [--out FILE.csv] [--leadership]",
      "  Mỗi bản khai, phản ánh một dòng; không có --out thì in ra màn hình.",
      "  --leadership  xuất cả phản ánh chỉ dành cho lãnh đạo Ủy ban (mặc định không xuất).",
    ].join("\n"),
    notADay: (day: string) => `Ngày ${day} không có thật; kiểm tra lại --from và --to (dạng YYYY-MM-DD).`,
    reversed: (from: string, to: string) => `--from (${from}) sau --to (${to}); đổi chỗ hai ngày.`,
    noFolder: (folder: string) => `Thư mục ${folder} không tồn tại; tạo thư mục trước hoặc chọn nơi khác cho --out.`,
    done: (n: number, file: string) => `Đã xuất ${n} bản khai vào ${file}.`,
    leadershipLeftOut: (n: number) =>
      `Không xuất ${n} phản ánh chỉ dành cho lãnh đạo Ủy ban; thêm --leadership để xuất cả những phản ánh này (tệp khi đó chỉ dành cho lãnh đạo).`,
  },
  chat: {
    usage: [
      'Cách dùng: npm run -s chat -- [--user console:MÃ] [--name "Họ tên"] [--jsonl]',
      "  Trò chuyện với bot trong terminal, cùng dữ liệu (DATA_DIR) với npm start.",
      "  --user   người đang gõ (mặc định console:me)",
      "  --name   tên hiển thị",
      '  --jsonl  mỗi dòng vào một JSON {"text": "…"} hoặc {"choice": "…"}, mỗi dòng ra {"replies": […]}',
    ].join("\n"),
    badLine: 'cần {"text": "…"} hoặc {"choice": "…"}',
  },
} as const;
