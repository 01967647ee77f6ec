// Every sentence the knowledge base says to a user, in one place so a reviewer can read them all.
// Plain text only: the channels escape and format it.

const endSentence = (text: string): string => (/[.…]$/.test(text) ? text : `${text}.`);

export const vi = {
  quoteLead: "Văn bản quy định:",
  // "Trích phần mở đầu", "Trích Mục II.4.3.1": a part's name is lower-cased inside the sentence.
  source: (citation: string, documentLabel: string): string => `📖 Trích ${citation.replace(/^Phần /, "phần ")}, ${documentLabel}.`,
  related: (citations: readonly string[]): string => endSentence(`Xem thêm: ${citations.join("; ")}`),
  disclaimer: "Đây là phần trích văn bản để đồng chí tham khảo; việc giải thích chính thức thuộc Ủy ban Kiểm tra.",
  citation: (id: string, title: string): string => `Mục ${id} – ${title}`,
  shortCitation: (id: string): string => (id === "preamble" ? "phần mở đầu" : id === "recipients" ? "phần Nơi nhận" : `Mục ${id}`),
  /** Unnumbered sections are named by their heading: "Phần Nơi nhận". */
  partCitation: (title: string): string => `Phần ${title.replace(/:$/, "")}`,
  preambleCitation: "Phần mở đầu",
  refusal: (documentLabels: readonly string[]): string =>
    [
      `Nội dung này không có trong văn bản đang tra cứu (${documentLabels.join("; ")}), nên chưa có căn cứ để trả lời.`,
      "Đồng chí có thể hỏi, ví dụ: trách nhiệm của thành viên, trưởng đoàn kiểm tra; quà tặng, lợi ích từ đối tượng kiểm tra; quan hệ gia đình với đối tượng kiểm tra; điều động, chuyển đổi vị trí công tác; xử lý vi phạm, miễn, giảm trách nhiệm.",
      "Gõ /help để xem hướng dẫn.",
    ].join("\n"),
  defaultDocumentLabel: "văn bản",
  /** A question asking for a number or time limit that the text does not give. */
  noQuantity: "Văn bản đang tra cứu không nêu con số, mức tiền hay thời hạn này.",
  /** A question asking for a fact the text does not print: the plan's own number or date, a name, a replaced text, an article's content, what another law says. */
  noFact:
    "Văn bản đang tra cứu không nêu thông tin này (số, ngày ký của kế hoạch, tên người giữ chức vụ, văn bản được thay thế, nội dung từng điều của Quy định 131 hay điều một luật, nghị định khác quy định).",
  /** A form to fill in or the steps of a procedure: the plan sets out duties, it has neither. */
  noForm: "Văn bản đang tra cứu không có biểu mẫu, quy trình hay các bước thủ tục; kế hoạch chỉ nêu trách nhiệm và việc phải làm.",
  /** A request to write, translate or recommend something: not what the bot does. */
  noTask: "Tôi chỉ tra cứu và trích nội dung văn bản; tôi không soạn, dịch hay viết hộ văn bản, cũng không gợi ý việc ngoài văn bản.",
  /** What the State Audit must do: the plan gives it no task. */
  noAuditBody:
    "Kế hoạch không giao nhiệm vụ riêng cho Kiểm toán Nhà nước; Quy định 131 chỉ được nêu là áp dụng cả trong hoạt động kiểm toán (phần mở đầu).",
  /** "thế nào là X?" where the text uses X without defining it: say so, and where it is used. */
  notDefined: (term: string, usedIn: readonly string[]): string =>
    `Văn bản không định nghĩa “${term}”; cụm từ này chỉ được dùng ở ${usedIn.join(", ")}, khi nêu các trường hợp áp dụng (trích dưới đây).`,
  suggestionLead: "Có thể đồng chí muốn hỏi:",
  /** Plain-text channels: how to open one of the suggested sections. */
  suggestionHint: (exampleId: string): string => `Gõ số hiệu mục, ví dụ “${exampleId}”, để xem toàn văn mục đó; hoặc hỏi lại cụ thể hơn.`,
  numberedOption: (n: number, citation: string): string => `${n}. ${citation}`,
  /** Heading of a section shown in full. */
  sectionHeading: (citation: string, documentLabel: string): string => `📖 ${citation} (${documentLabel})`,
  /** A part with no text of its own ("II") lists what it contains. */
  partContents: "Gồm các mục:",
} as const;
