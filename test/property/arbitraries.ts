import fc from "fast-check";

// What people and broken clients send: any Unicode, nothing at all, controls, bidi marks, emoji,
// half emoji (lone surrogates) and very long messages. Shared by the property tests.

const SPECIALS = [
  "\u200B",
  "\u200C",
  "\u200D",
  "\u2060",
  "\uFEFF",
  "\u00AD", // zero-width, soft hyphen
  "\u202A",
  "\u202B",
  "\u202C",
  "\u202D",
  "\u202E",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\u200E",
  "\u200F", // bidi
  "\u0000",
  "\u0007",
  "\u001B",
  "\u007F",
  "\u0085",
  "\r",
  "\n",
  "\t",
  "\u2028", // controls, line ends
  "\uD800",
  "\uDBFF",
  "\uDC00",
  "\uDFFF", // lone surrogates
  "😀",
  "👨\u200D👩\u200D👧",
  "🇻🇳",
  "\u3164",
  "\u2800",
  "\uFE0F",
  "\u0301",
  "\u0323", // emoji, fillers, bare marks
  "đ",
  "Đ",
  "ư",
  "ơ",
  "ă",
  "â",
  "ê",
  "ô",
  "Ỹ",
  "İ",
  "ß",
  "ﬁ",
  "Ω",
  "中",
  "ع",
  " ",
  " ",
  "/",
  "-",
  ".",
  ",",
  "?",
  "«",
  "»",
  "<b>",
  "'",
  '"',
  "\\",
];
/** Fragments that mean something to the bot, so random messages also reach its deeper paths. */
const MEANINGFUL = [
  "1",
  "2",
  "0",
  "9",
  "10",
  "500",
  "2.500.000",
  "0.001",
  "1,5",
  "k",
  "tr",
  "triệu",
  "tỷ",
  "nghìn",
  "rưỡi",
  "từ",
  "tư",
  "tầm",
  "không",
  "mươi",
  "trăm",
  "linh",
  "hai",
  "ba",
  "đến",
  "hôm qua",
  "hôm nay",
  "05/03/2026",
  "2025-13-40",
  "quay lại",
  "hủy",
  "bỏ qua",
  "xác nhận",
  "sửa 2",
  "không rõ",
  "có",
  "thế nào là quan hệ gia đình?",
  "/start",
  "/help",
  "/hoi",
  "/huy",
  "/quaylai",
  "/cua_toi",
  "/khaibao_qua",
  "/khaibao_xungdot",
  "/bo_sung",
  "/xem",
];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SPECIALS) },
  { weight: 3, arbitrary: fc.constantFrom(...MEANINGFUL) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 3 }) },
);

/** A short hostile or ordinary message, up to a few dozen characters. */
export const shortText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(piece, { maxLength: 8 }).map((p) => p.join(p.length % 2 ? " " : "")) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "\u200B\u202E", "\n\n", "\uD800") },
);

/** A very long message (up to 100.000 characters), of one repeated piece or of random pieces. */
export const longText: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom("x", "9", "1 ", "đ", "😀", "\u200B", "\uD800", "a\u0301", "hai triệu ", "-", "âm ", "/", "1.", "(", "«"),
      fc.integer({ min: 1_000, max: 100_000 }),
    )
    .map(([p, n]) => p.repeat(Math.ceil(n / p.length)).slice(0, n)),
  fc
    .tuple(fc.constantFrom("/hoi ", "/bo_sung ", "/xem ", ""), fc.constantFrom(4_001, 5_000, 100_000))
    .map(([cmd, n]) => cmd + "q".repeat(n)),
);

/** Any message: mostly short, sometimes very long. */
export const anyText: fc.Arbitrary<string> = fc.oneof({ weight: 9, arbitrary: shortText }, { weight: 1, arbitrary: longText });
