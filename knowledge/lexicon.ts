// The words the search knows beyond the corpus itself. Every expansion is written in the corpus'
// own terms (checked by a test), so a colloquial word can only lead to text the documents contain.
// Entries are general vocabulary of party/inspection work and everyday chat, never per-question.

/**
 * Question words and particles: they say how something is asked, not what. Written with
 * diacritics; typed without them they are dropped only when the corpus does not use the syllable
 * in a term next to its neighbour ("thi hành", "cơ quan").
 */
export const STOPWORDS: readonly string[] = [
  // Classifiers: "cái kế hoạch", "chiếc phong bì".
  "cái",
  "chiếc",
  "là",
  "của",
  "và",
  "thì",
  "có",
  "được",
  "gì",
  "nào",
  "sao",
  "ai",
  "tôi",
  "mình",
  "em",
  "anh",
  "này",
  "nay",
  "đó",
  "đây",
  "kia",
  "với",
  "cho",
  "về",
  "trong",
  "các",
  "những",
  "một",
  "như",
  "nếu",
  "khi",
  "mà",
  "ở",
  "tại",
  "hay",
  "hoặc",
  "vậy",
  "à",
  "nhé",
  "ơi",
  "ạ",
  "hả",
  "ha",
  "rồi",
  "chứ",
  "phải",
  "bị",
  "để",
  "thế",
  "nhỉ",
  "muốn",
  "sẽ",
  "đã",
  "cũng",
  "nữa",
  "giùm",
  "vui",
  "lòng",
  "gồm",
  "nhằm",
  "nhiều",
  "hơn",
  "lên",
  "xuống",
  "đang",
  "hãy",
  "nên",
  "luôn",
  "vẫn",
  "đều",
  "rất",
  "lắm",
  "ạh",
  "u",
  "đi",
  "ạ",
  "nha",
  "nhá",
  "thôi",
  "hôm",
  "giờ",
  "xong",
  "cả",
  "nên",
  "mấy",
  "số",
  // People of a story, named by pronoun ("anh ấy", "ông ta", "bọn họ"): who, not what.
  "ấy",
  "nó",
  "hắn",
  "họ",
  "ông",
  "chị",
  "cậu",
  "chú",
  "bác",
  "cô",
  "bọn",
  "tụi",
  // Everyday function words of chat the text never prints: typed without diacritics they were
  // "corrected" into corpus words ("ben" → "ban", "het" → "ket"). "bên kia", "bên em", "phía đơn vị"
  // say whose side, "thêm", "hết", "chút", "tròn", "gần" how much, "chả", "chẳng" are "không",
  // "kiểu gì", "cách nào" how, "buộc phải" must.
  "bên",
  "phía",
  "thêm",
  "hết",
  "chút",
  "tròn",
  "chả",
  "chẳng",
  "kiểu",
  "cách",
  "buộc",
  "gần",
  "ít",
  "ghê",
  // Politeness: "dạ cho em hỏi". Hearing of it ("nghe", "nghe đâu") is how the asker knows; "nghe
  // nói" stays, as II.5.3's examples of a witness say it.
  "dạ",
  "vâng",
  "nghe",
  // Chat particles: "chung chi á", "cái này nè".
  "á",
  "nè",
];

/**
 * Words that are only filler in a question ("cho tôi biết", "còn gì nữa") but part of a corpus
 * term next to the right neighbour ("không thể biết", "không còn đủ", "chỉ đạo", "xảy ra"):
 * dropped unless the corpus prints them, with these diacritics, beside the typed neighbour.
 */
export const SOFT_STOPWORDS: readonly string[] = [
  "biết",
  "hỏi",
  "giúp",
  "còn",
  "chỉ",
  "ra",
  "cần",
  "quá",
  "thôi",
  "thuộc",
  "lại",
  "sau",
  "vào",
];

/** Multi-syllable question phrases removed before anything else ("bao nhiêu" is not about "báo"). */
export const STOP_PHRASES: readonly string[] = [
  // "tự dưng bị đẩy sang mảng khác": suddenly, how it happened, not what.
  "tu dung",
  "bong dung",
  "dot nhien",
  "bao nhieu",
  "bao gom",
  "cho biet",
  "cho hoi",
  "nhu nao",
  "lam gi",
  "lam the nao",
  "nhu the nao",
  "the nao",
  "ra sao",
  "lam sao",
  "hay khong",
  "co phai",
  "la gi",
  "dong chi",
  "tai sao",
  "vi sao",
  "o dau",
  "khi nao",
  "luc nao",
  "the nay",
  "nhu vay",
  "co duoc khong",
  "chung toi",
  "chung ta",
  "chung em",
  "chung minh",
  "bon toi",
  "co sao",
  "co van de gi",
  "xin hoi",
  "cho em hoi",
  "cho toi hoi",
  // A person of the story named again by pronoun: "bạn ấy", "cậu ấy", "cô ấy", "bà ấy" (Southern "bả")
  // say who, not what.
  "ban ay",
  "cau ay",
  "co ay",
  "em ay",
  "ba ay",
  "tinh sao",
  "du thu",
  // Whether the plan speaks of it ("kế hoạch có nhắc tới không", "có đề cập chuyện này"), and what
  // is expected of someone ("được mong đợi làm gì", "được kỳ vọng mang lại gì"): how it is
  // asked, not what.
  "nhac toi",
  "nhac den",
  "de cap",
  "noi toi",
  "noi den",
  "mong doi",
  "ky vong",
  // "phải đảm nhận những nhiệm vụ gì": what one must take on, said as "làm".
  "dam nhan",
  "dam nhiem",
  "dam trach",
  // Southern "… được hông ta", "… chưa ta": wondering aloud ("kiểm tra chính tả" keeps its "ta").
  "khong ta",
  "chua ta",
  // Southern "hết trơn", "sạch trơn": all of it ("bôi trơn" stays: a bribe).
  "het tron",
  "sach tron",
];

/**
 * Ways of addressing whoever answers, typed at the end of a question or before "ơi" ("… nhận được
 * không ad", "có phải báo cáo ko a/c", "mn ơi cho em hỏi"): who is asked, not what. At the end they
 * are dropped (unless the corpus prints the word with its neighbour: "ủy ban" is not "bạn"), and a
 * "không" right before them still ends the question. "a/c" is written out as "anh chị" first.
 */
export const VOCATIVES: readonly string[] = [
  "ad",
  "admin",
  "mod",
  "mn",
  "mng",
  "mọi người",
  // "… được hông mấy anh", "… không các chị": the people asked, plural.
  "mấy anh",
  "mấy chị",
  "mấy bạn",
  "mấy bác",
  "các anh",
  "các chị",
  "các bạn",
  "anh chị",
  "các anh chị",
  "các bác",
  "bác",
  "anh",
  "chị",
  "em",
  "bạn",
  "b",
  "a",
  "c",
  "ạ",
  "ah",
  "ak",
  "ạh",
  "nhé",
  "nhen",
  "nha",
  "nhá",
  "ơi",
  // "… có ai bảo vệ mình hông trời", "… báo ai eng ơi": an exclamation, and north-central "eng" (anh).
  "trời",
  "eng",
  "vậy",
  "vay",
  "z",
  "thế",
  "nhỉ",
  "hả",
  "hở",
  "với",
  "ạ",
];

/**
 * Abbreviations of party and inspection work (as printed in the corpus' own distribution list and
 * as cadres write them) and of chat. Keys are folded; several expansions mean "pick by context".
 */
export const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  ubkt: ["ủy ban kiểm tra"],
  ubktw: ["ủy ban kiểm tra trung ương"],
  ktgs: ["kiểm tra giám sát"],
  kt: ["kiểm tra"],
  gs: ["giám sát"],
  thkl: ["thi hành kỷ luật"],
  kl: ["kỷ luật", "kết luận"],
  pctn: ["phòng chống tham nhũng"],
  pctntc: ["phòng chống tham nhũng tiêu cực"],
  tntc: ["tham nhũng tiêu cực"],
  tn: ["trách nhiệm", "tham nhũng"],
  tc: ["tiêu cực", "tổ chức"],
  dv: ["đảng viên", "đơn vị"],
  cbdv: ["cán bộ đảng viên"],
  cb: ["cán bộ"],
  cbcc: ["cán bộ công chức"],
  tv: ["thành viên"],
  tvd: ["thành viên đoàn"],
  qh: ["quan hệ"],
  qhgd: ["quan hệ gia đình"],
  gd: ["gia đình"],
  qd: ["quy định", "quyết định"],
  cq: ["cơ quan"],
  cqdv: ["cơ quan đơn vị"],
  ld: ["lãnh đạo"],
  ldcd: ["lãnh đạo chỉ đạo"],
  ndd: ["người đứng đầu"],
  tcd: ["tổ chức đảng"],
  cu: ["cấp ủy"],
  mttq: ["mặt trận tổ quốc"],
  bch: ["ban chấp hành"],
  btv: ["ban thường vụ"],
  uv: ["ủy viên"],
  tw: ["trung ương"],
  kh: ["kế hoạch", "không"],
  vp: ["vi phạm"],
  xlvp: ["xử lý vi phạm"],
  xl: ["xử lý"],
  ttr: ["thanh tra"],
  ko: ["không"],
  k: ["không"],
  kg: ["không"],
  khg: ["không"],
  hok: ["không"],
  dc: ["được"],
  dk: ["được"],
  j: ["gì"],
  ntn: ["như thế nào"],
  ng: ["người"],
  vs: ["với"],
  bn: ["bao nhiêu"],
  cx: ["cũng"],
  r: ["rồi"],
  td: ["trưởng đoàn"],
  dtkt: ["đối tượng kiểm tra"],
  ubmttq: ["ủy ban mặt trận tổ quốc"],
  ctxh: ["chính trị xã hội"],
  xh: ["xã hội"],
  ct: ["công tác", "chính trị"],
  bct: ["bộ chính trị"],
  tnhs: ["trách nhiệm hình sự"],
  hdnd: ["cơ quan dân cử"],
  nv: ["nhiệm vụ"],
  nd: ["nội dung"],
  bc: ["báo cáo"],
  bcs: ["ban cán sự"],
  xd: ["xây dựng"],
  yk: ["ý kiến"],
  vb: ["văn bản"],
  ktra: ["kiểm tra"],
  ttra: ["thanh tra"],
  xly: ["xử lý"],
  cuv: ["cấp ủy viên"],
  ksql: ["kiểm soát quyền lực"],
  // "QT, triển khai": as party documents abbreviate "quán triệt".
  qt: ["quán triệt"],
  tq: ["thẩm quyền"],
  lq: ["liên quan"],
  // "y/c" typed without its slash.
  yc: ["yêu cầu"],
};

/**
 * Chat shorthand for everyday words, as typed in lower case ("lm j", "ng nhà", "đv bt", "mđ"):
 * written out in the text before anything else, so the words they stand for take part in phrases
 * ("ng nhà" → "người nhà", a relative). Keys are as typed, lower case, without tone marks (an "đ"
 * tells "đk" from "dk"); expansions need not be corpus words (they are read like typed words).
 * Every single-reading entry of ABBREVIATIONS is written out the same way.
 */
export const CHAT_SHORTHAND: Readonly<Record<string, string>> = {
  lm: "làm",
  ng: "người",
  ngta: "người ta",
  bt: "bình thường",
  bth: "bình thường",
  mđ: "mục đích",
  md: "mục đích",
  hđ: "hoạt động",
  cp: "cổ phần",
  ae: "anh em",
  mn: "mọi người",
  mng: "mọi người",
  đc: "được",
  sd: "sử dụng",
  ubnd: "ủy ban nhân dân",
  thpt: "trường học",
  thcs: "trường học",
  // Chat spellings: "lun" (luôn), "nx" (nữa), "ms" (mới), "bik" (biết).
  lun: "luôn",
  nx: "nữa",
  ms: "mới",
  bik: "biết",
  // One letter for a pronoun or particle, as chat types them: "e" (em), "z" (vậy) at the end.
  e: "em",
  z: "vậy",
};

/**
 * Regional spellings of everyday function words, as typed in chat (Southern "hông", "hổng", "hem"
 * for "không", "dzậy", "zậy" for "vậy"; Central "rứa" for "vậy"): written out in the standard
 * spelling before anything else, so they end a question and take part in question phrases like the
 * words they stand for. Keys are lower case as typed, with their diacritics; none is a corpus word.
 * "hong" typed plain is "hông": the corpus prints neither "hỏng" nor "hồng".
 */
export const DIALECT: Readonly<Record<string, string>> = {
  hông: "không",
  hổng: "không",
  hong: "không",
  hem: "không",
  dzậy: "vậy",
  dzay: "vậy",
  zậy: "vậy",
  zay: "vậy",
  rứa: "vậy",
  // Southern "gởi" is "gửi".
  gởi: "gửi",
  // Central "răng" (sao), "ni" (này), "mô" (đâu), "nớ" (đó), "hỉ" (nhỉ): "văn bản ni tính răng".
  răng: "sao",
  ni: "này",
  mô: "đâu",
  ri: "vậy",
  nớ: "đó",
  hỉ: "nhỉ",
  khum: "không",
  // Southern "mần" (làm), "dìa" (về), "zô" (vào); "nghen" ends a question like "nhé"
  // (not "hen": typed plain it is also "hẹn").
  mần: "làm",
  dìa: "về",
  zô: "vào",
  // "vô" alone is Southern "vào" ("căn cứ vô", "phân vô đoàn"); the documents print no "vô".
  vô: "vào",
  nghen: "nhé",
  // "ổng", "bả": he, she (ông ấy, bà ấy), told from "ông", "bà" by their tone only.
  ổng: "ông ấy",
  bả: "bà ấy",
};

/**
 * Abbreviations that are also everyday syllables ("tu" = tự, tư; "dd" …): read so only when typed
 * in capitals, as cadres write them ("UBKT TU", "ĐĐ"). Keys are the capitals as typed, folded.
 */
export const UPPERCASE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  TU: "tỉnh ủy",
  HU: "huyện ủy",
  DD: "đảng đoàn",
  DU: "đảng ủy",
  KH: "kế hoạch",
  // "cung cấp TL cho đoàn": documents.
  TL: "tài liệu",
  TTR: "thanh tra",
  BTV: "ban thường vụ",
  // "BT CU", "công khai TB, KL": bí thư, thông báo (typed in lower case "bt" is "bình thường").
  BT: "bí thư",
  TB: "thông báo",
};

/** What a relative is in the corpus' words. */
export const FAMILY = "quan hệ gia đình | người thân";

/**
 * Words for relatives that are also pronouns or everyday words ("anh", "em", "con", "bà", and
 * typed without diacritics "bo" = bố/bộ/bỏ, "chong" = chồng/chống): they name a relative only
 * right before a word that says whose relative or which one ("em tôi", "bo minh", "con của tôi",
 * "anh họ"). Read that way, the pair means FAMILY.
 */
export const KIN_WORDS: readonly string[] = [
  "bố",
  "mẹ",
  "cha",
  "ba",
  "má",
  "vợ",
  "chồng",
  "con",
  "anh",
  "chị",
  "em",
  "ông",
  "bà",
  "cô",
  "chú",
  "bác",
  "dì",
  "cậu",
  "mợ",
  "thím",
  "cháu",
  "dâu",
  "rể",
];
export const KIN_CONTEXT: readonly string[] = ["tôi", "mình", "tui", "tao", "tớ", "của", "nuôi", "đẻ", "họ", "ruột"];
/**
 * Lone colloquial words whose spelling without diacritics means them in everyday chat ("vo toi",
 * "sep bat toi", "lau qua"): in a question typed entirely without diacritics they are read so when
 * the corpus prints no word of that spelling at all (it never says vợ, vô, võ, mẹ, mê, sếp…).
 * Not "ba", "má", "dâu", "rể", "mảng", "ém": "ba" is three, "ma" is "mà", "re" is "rẻ", "mang" is
 * to carry, "em" is a pronoun.
 */
export const PLAIN_WORDS: readonly string[] = ["vợ", "mẹ", "cha", "cháu", "sếp", "lâu"];

/**
 * Personal pronouns. Typed without diacritics their spelling can be a corpus word ("toi" = tội,
 * tới; "minh" = minh bạch): they are the pronoun unless the corpus prints the syllable next to
 * the typed neighbour ("chay toi", "minh bach").
 */
export const PRONOUNS: readonly string[] = ["tôi", "mình", "tui", "tao", "tớ"];

/**
 * Everyday job titles below the head of a unit, companies and administrative units: they say who
 * someone is or where they work, not what is asked ("vợ tôi làm kế toán ở xã…"), so they count neither
 * for nor against a section: dropped like question words, unless the corpus prints them with the
 * neighbour ("chính trị - xã hội", "cấp ủy huyện"). Heads of units are SYNONYMS of "người đứng
 * đầu". Lone syllables typed without diacritics are neutral only in a question typed without any.
 */
export const NEUTRAL: readonly string[] = [
  "kế toán trưởng",
  "kế toán",
  "thủ quỹ",
  "nhân viên",
  "chuyên viên",
  "văn thư",
  "thư ký",
  "tài xế",
  "lái xe",
  "tạp vụ",
  "công nhân",
  "công ty",
  "cty",
  "doanh nghiệp",
  "xí nghiệp",
  "hợp tác xã",
  "tập đoàn",
  "nhà máy",
  "sở",
  // "tỉnh" alone is a place ("Mục đích mà tỉnh đặt ra"); "Tỉnh ủy" is printed as a pair and stays.
  "tỉnh",
  "xã",
  "phường",
  "huyện",
  "quận",
  "thị trấn",
  "thị xã",
  "thôn",
  "ấp",
  "xóm",
  "trường học",
  "bệnh viện",
  "ngân hàng",
  "ban quản lý",
  "ủy ban nhân dân",
  "phòng nghiệp vụ",
  "khối",
  // When something happened says nothing about what is asked ("hôm qua", "tuần sau", "dịp tết").
  "hôm qua",
  "hôm nay",
  "hôm trước",
  "tuần sau",
  "tuần trước",
  "tuần tới",
  "tháng trước",
  "tháng sau",
  "năm nay",
  "năm ngoái",
  "năm trước",
  "dịp tết",
  "ngày tết",
  "ăn tết",
  "đón tết",
  "trước tết",
  "sau tết",
  "lần này",
  "lần trước",
  "lần đầu",
  "chiều nay",
  "sáng nay",
  "tối qua",
  "buổi chiều",
  "buổi",
  "cuối tuần",
  "tuần",
  "lần",
  "tuổi",
  "cuối năm",
  "đầu năm",
  "mới đây",
  "vừa rồi",
  "gần đây",
  "lúc",
  "trong lúc",
  "hồi",
  "đợt này",
  "đợt trước",
  "đợt",
  "buổi sáng",
  "buổi tối",
  "ăn tối",
  "ăn trưa",
  "sắp",
  "vừa",
  "mới",
  "đã lỡ",
  "lỡ",
  "bình thường",
  "trẻ",
];

/**
 * Everyday words → the corpus' terms. Phrases are written with diacritics; a query syllable typed
 * without diacritics matches its folded form (lone syllables need their diacritics). "a | b" are
 * alternative readings: a section that contains either one covers the phrase.
 */
export const SYNONYMS: ReadonlyArray<readonly [readonly string[], string]> = [
  [
    [
      "quà biếu",
      "quà tặng",
      "quà cáp",
      "biếu",
      "tặng quà",
      "lì xì",
      "phong bì",
      "phong bao",
      "tiền mừng",
      // Wedding and festival money ("một chỉ vàng mừng cưới"): gifts all the same.
      "mừng cưới",
      "quà cưới",
      "chỉ vàng",
      "bồi dưỡng",
      "đồ biếu",
      "hiện vật",
      "quà tết",
      "quà lưu niệm",
      "lưu niệm",
      "giỏ quà",
      "chai rượu",
      "rượu",
      "tiền xăng",
      "xăng xe",
      "tiền cà phê",
      "cà phê",
      "hoa hồng",
      "tiền bồi dưỡng",
      "cầm tiền",
      "nhận tiền",
      "ăn tiền",
      "cầm phong bì",
      "gửi biếu",
      "tặng",
      "cho quà",
      "cảm ơn",
      "tiền cảm ơn",
      "quà cảm ơn",
      // Before "tết", a gift for the new year ("tặng quà tết"); "tết" alone may be what is asked
      // ("tết này cơ quan có thưởng không").
      "tặng quà tết",
      "biếu quà tết",
      "cho quà tết",
      // Slipping it into one's hand: "dúi cho cái phong bì".
      "dúi",
      "dúi cho",
      "giúi",
      "nhét",
    ],
    "quà vật chất",
  ],
  [
    ["cấp huyện", "cấp xã", "cấp tỉnh", "cấp cơ sở", "huyện ủy", "thành ủy", "đảng ủy", "đảng ủy cơ sở", "đảng bộ cơ sở"],
    "cấp ủy | tổ chức đảng",
  ],
  [["kế hoạch riêng", "kế hoạch của mình", "tự làm kế hoạch", "lập kế hoạch"], "xây dựng kế hoạch cụ thể"],
  // Being sent on an inspection is being a member of its team.
  [
    [
      "được cử đi",
      "được cử vào đoàn",
      "cử đi",
      "được phân công vào đoàn",
      "tham gia đoàn",
      "đi cùng đoàn",
      "được cử làm thành viên",
      "vô đoàn",
      "vào đoàn",
    ],
    "thành viên đoàn",
  ],
  [
    ["lính", "lính của mình", "người dưới quyền", "dưới quyền", "nhân viên dưới quyền", "đứa dưới", "thằng dưới", "tụi dưới", "bọn dưới"],
    "cấp dưới | cán bộ",
  ],
  [["đòi", "đòi xem", "bắt cung cấp", "yêu sách"], "yêu cầu | đòi hỏi"],
  [
    [
      "chiêu đãi",
      "mời ăn",
      "ăn uống",
      "du lịch",
      "nghỉ dưỡng",
      "đi chơi",
      "ăn nhậu",
      "nhậu",
      "mời cơm",
      "bữa cơm",
      "bữa ăn",
      "mời nhậu",
      "đãi",
      "tiệc",
      "liên hoan",
      "karaoke",
      "nghỉ mát",
      "bao ăn",
      "ăn ở",
      "tiếp khách",
      "mời đi",
      "tham quan",
      "khách sạn",
      "resort",
      "đặc sản",
      "hải sản",
      "tour",
      "vui chơi",
    ],
    "lợi ích phi vật chất",
  ],
  [
    [
      "bố",
      "mẹ",
      "cha",
      "chị gái",
      "anh trai",
      "em trai",
      "em gái",
      "anh ruột",
      "chị ruột",
      "em ruột",
      "vợ",
      "chồng",
      "con cái",
      "con trai",
      "con gái",
      "con ruột",
      "người nhà",
      "họ hàng",
      "bà con",
      "anh em",
      "cháu",
      "ông bà",
      "bố mẹ",
      "cha mẹ",
      "vợ chồng",
      "thông gia",
      "dâu",
      "rể",
      "con dâu",
      "con rể",
      "anh rể",
      "em rể",
      "chị dâu",
      "em dâu",
    ],
    FAMILY,
  ],
  [["bạn thân", "bạn bè", "người quen", "đồng hương", "bạn"], "quan hệ lợi ích liên quan"],
  [["cổ đông", "vốn góp", "góp vốn", "cổ phiếu", "phần vốn", "làm chủ", "sở hữu"], "cổ phần | lợi ích"],
  [
    ["điều đi", "điều đi nơi khác", "chuyển đi nơi khác", "đi chỗ khác", "nơi khác", "chỗ khác", "đổi đi"],
    "điều động | chuyển đổi vị trí công tác",
  ],
  [
    ["chuyển công tác", "luân chuyển", "thuyên chuyển", "chuyển đi", "đổi chỗ", "chuyển chỗ", "đổi vị trí", "chuyển vị trí"],
    "điều động | chuyển đổi vị trí công tác | luân chuyển",
  ],
  [
    ["báo chí", "nhà báo", "phóng viên", "tờ báo", "truyền hình", "mạng xã hội", "đưa tin", "đăng tin", "báo đài"],
    "cơ quan thông tin | truyền thông",
  ],
  [["tố giác", "tố", "khiếu nại", "tố giác", "báo tin", "phản ảnh"], "tố cáo | phản ánh"],
  [
    [
      "sếp",
      "giám đốc",
      "thủ trưởng",
      "trưởng phòng",
      "chủ tịch",
      "bí thư",
      "cấp trên",
      "tổng giám đốc",
      "hiệu trưởng",
      "trưởng ban",
      "chủ nhiệm",
      "chánh văn phòng",
      "trưởng thôn",
    ],
    "người đứng đầu | lãnh đạo",
  ],
  [["phó giám đốc", "phó chủ tịch", "phó bí thư", "phó trưởng phòng", "phó trưởng ban", "phó thủ trưởng"], "lãnh đạo"],
  [["ép", "o ép", "chèn ép", "gây áp lực", "ép buộc", "bắt ép"], "gây sức ép | áp lực | áp đặt"],
  [["che giấu", "che đậy", "bao bọc", "ém", "ỉm"], "bao che"],
  [["giúp sức", "đồng lõa", "tiếp sức"], "tiếp tay"],
  // "hoàn thiện quy định", "làm tốt Quy định 131": the text's "sửa đổi, bổ sung", "thực hiện nghiêm".
  [["hoàn thiện", "hoàn chỉnh"], "sửa đổi | bổ sung"],
  [["làm tốt", "thực hiện tốt", "làm nghiêm", "chấp hành tốt"], "thực hiện nghiêm"],
  [["đóng góp", "góp sức"], "góp phần"],
  // Tainted ("dính chàm", "dính phốt"): a violation. Not "dính vụ": "dính vụ tai nạn giao thông" is any case.
  [["dính chàm", "dính phốt"], "vi phạm"],
  // Skimming and dirty money in chat ("ăn chặn", "ăn bẩn", "xà xẻo"): the plan's "tham nhũng, tiêu cực".
  [["ăn chặn", "ăn bẩn", "ăn bớt", "xà xẻo", "bòn rút", "rút ruột"], "tham nhũng | tiêu cực"],
  // Telling on someone ("méc ai", "mách ai"): reporting it.
  // Not "mách": "người quen mách" is advice.
  [["méc", "mét"], "báo cáo | phản ánh"],
  // A changed seat ("xoay ghế", "đổi ghế"): rotation.
  [["xoay ghế", "đổi ghế", "xoay vòng", "luân phiên"], "điều động | chuyển đổi vị trí công tác"],
  [
    ["đút lót", "ăn hối lộ", "lót tay", "chạy án", "chạy chọt", "đưa tiền", "chi tiền", "cho tiền", "biếu tiền", "đưa hối lộ"],
    "hối lộ | mua chuộc | chạy tội",
  ],
  [["bỏ qua", "làm ngơ", "lờ đi", "nhắm mắt", "bỏ qua cho", "kệ", "mặc kệ", "làm lơ", "ngó lơ", "lơ đi"], "bao che"],
  // Southern "coi" is "xem": "coi (việc …) là giải pháp" is the text's "xem đây là giải pháp".
  [["coi"], "xem"],
  // The light way of dealing with a slip that the text calls "kiểm điểm": "rút kinh nghiệm", "viết
  // bản tự kiểm". Not "nhắc nhở", "phê bình": said of any workplace slip ("đi làm muộn bị phê bình").
  [["rút kinh nghiệm", "bản tự kiểm", "tự kiểm điểm"], "kiểm điểm"],
  // Reporting upwards, in chat: "báo lên trên", "báo lên cấp trên", "trình báo".
  [["báo lên trên", "báo lên cấp trên", "báo lên", "trình báo", "báo với cấp trên"], "báo cáo"],
  [["mảng", "lĩnh vực phụ trách"], "lĩnh vực | địa bàn"],
  [
    ["chuyển", "bị chuyển", "chuyển sang", "đẩy sang", "bị đẩy sang", "đá sang", "đá qua", "đổi sang"],
    "điều động | chuyển đổi vị trí công tác | luân chuyển",
  ],
  [["móc ngoặc", "ăn chia", "bắt tay"], "chung chi"],
  [["nhũng nhiễu", "làm khó", "hạch sách", "gây khó dễ"], "sách nhiễu | vòi vĩnh"],
  [["phạt", "xử phạt", "trừng phạt", "chế tài", "hình thức kỷ luật"], "xử lý kỷ luật"],
  // What happens to someone who did something: the consequences (II.6), not the duty they broke.
  [
    ["bị xử lý", "bị xử", "xử thế nào", "xử sao", "bị gì", "bị kỷ luật", "bị phạt", "bị sao", "xử lý ra sao", "hậu quả gì", "liên đới"],
    "xử lý vi phạm | xử lý kỷ luật",
  ],
  [
    ["cách chức", "mất chức", "tạm đình chỉ", "đình chỉ", "mất ghế", "đuổi việc", "cho nghỉ việc", "mất việc"],
    "đình chỉ | thay thế | bố trí công tác khác",
  ],
  [["trù dập", "trù úm", "trả thù", "trả đũa", "đì", "chơi xấu"], "bảo vệ | khen thưởng | tố cáo"],
  // Shielded ("có ai che chắn cho mình không"): protected.
  [["che chắn", "bênh vực", "đứng ra bảo vệ", "bao bọc cho"], "bảo vệ"],
  [
    ["nói đỡ", "nói giúp", "nói khéo", "xin cho", "nhờ vả", "cửa sau", "đi cửa sau", "gọi điện", "chống lưng", "ô dù", "nâng đỡ"],
    "can thiệp | tác động | lợi dụng ảnh hưởng",
  ],
  [["ra đời", "ký ban hành", "ký", "người ký", "soạn", "soạn thảo", "lập"], "ban hành | xây dựng"],
  [["báo láo", "báo cáo láo", "nói sai", "giấu số liệu"], "báo cáo sai lệch | không trung thực"],
  [
    [
      "đề bạt",
      "thăng chức",
      "lên chức",
      "thăng tiến",
      "thăng chức vụ",
      "cất nhắc",
      "lên lương",
      "thăng hàm",
      "lên hàm",
      "thi đua",
      "danh hiệu",
      "mất quy hoạch",
      "mất cơ hội",
      "cơ hội thăng tiến",
      "con đường thăng tiến",
      // Shelved for good ("đắp chiếu"): no more appointment.
      "đắp chiếu",
    ],
    "bổ nhiệm | quy hoạch",
  ],
  [["khởi tố", "truy tố", "đi tù", "ngồi tù", "tội phạm", "hình sự"], "truy cứu trách nhiệm hình sự"],
  [["công an", "viện kiểm sát", "tòa án"], "cơ quan chức năng"],
  [["bỏ phiếu", "biểu quyết"], "biểu quyết"],
  [["giữ ý kiến", "ý kiến riêng", "bảo lưu"], "bảo lưu ý kiến"],
  [
    [
      "khai gian",
      "báo cáo sai",
      "khai man",
      "khai láo",
      "khai sai",
      "gian dối",
      "nói dối",
      "che giấu thông tin",
      "sửa báo cáo",
      "sửa kết luận",
      "sửa số liệu",
      "làm sai lệch",
      "kết luận sai",
    ],
    "báo cáo sai lệch | không trung thực | không đúng bản chất sự việc",
  ],
  // Giving in to a team's demands ("xã có phải chiều không"): what II.5.1 says the inspected side must not do.
  [["phải chiều", "có chiều", "chiều theo", "chiều lòng", "chiều ý", "chiều họ"], "thực hiện những yêu cầu đòi hỏi"],
  // "giấu bớt giấy tờ với đoàn": what the inspected side must hand over in full.
  [
    ["giấu bớt", "giấu giấy tờ", "giấu hồ sơ", "giấu tài liệu", "giấu sổ sách", "nộp thiếu", "giấu chứng từ"],
    "cung cấp đầy đủ tài liệu | không đầy đủ",
  ],
  [["nương tay", "nhẹ tay", "kết luận nhẹ", "xử nhẹ"], "bao che | không đúng bản chất sự việc"],
  [
    ["rút khỏi đoàn", "ra khỏi đoàn", "không tham gia đoàn", "từ chối tham gia", "không vào đoàn", "né đoàn", "tránh đoàn", "xin rút"],
    "xin không làm thành viên đoàn",
  ],
  [["mục tiêu"], "mục đích"],
  [["tự báo cáo", "tự khai báo", "tự khai", "tự thú", "tự nhận lỗi", "tự báo"], "chủ động báo cáo | tự giác báo cáo"],
  [["chỗ", "chỗ làm", "nơi làm việc", "nơi công tác"], "địa bàn | lĩnh vực"],
  [
    ["bị kiểm tra", "được kiểm tra", "bị thanh tra", "được thanh tra", "bị giám sát", "được giám sát", "nơi kiểm tra", "bên kiểm tra"],
    "đối tượng kiểm tra",
  ],
  [["gửi cho", "gửi đến", "gửi tới", "nhận văn bản", "được gửi"], "nơi nhận"],
  // How often is not how long: "bao lâu một lần" asks for the plan's periodic reviews.
  [["bao lâu một lần", "bao lâu 1 lần", "mấy tháng một lần", "mấy lần một năm", "hằng năm", "hàng năm", "thường kỳ"], "định kỳ"],
  [["bao lâu", "mấy năm", "bao nhiêu năm", "quá lâu", "lâu năm", "lâu"], "từ đủ 2 năm đến 5 năm"],
  // "về hưu rồi, coi như hạ cánh an toàn": retired before it came out.
  [["về hưu", "hưu trí", "nghỉ hưu", "hạ cánh an toàn", "hạ cánh"], "nghỉ hưu"],
  // Moved on before it came out ("chuyển công tác chỗ khác rồi mới lộ"): II.6.1's "kể cả người đã
  // chuyên công tác" (the plan's own spelling), not a rotation.
  [
    [
      "đã chuyển công tác",
      "chuyển công tác rồi",
      "chuyển công tác chỗ khác rồi",
      "chuyển công tác nơi khác rồi",
      "đã chuyển đi",
      "chuyển đi rồi",
    ],
    "chuyên công tác | nghỉ hưu",
  ],
  // Found out later, in chat: "giờ mới lòi ra sai phạm".
  [["lòi ra", "lộ ra", "vỡ lở", "phát giác"], "phát hiện"],
  [["thôi việc", "nghỉ việc", "xin nghỉ"], "thôi giữ chức vụ | từ chức"],
  // Stepping down early to escape blame ("xin từ chức sớm để né trách nhiệm"): II.6.2's "từ chức trước khi …".
  [["từ chức sớm", "nghỉ sớm", "xin thôi sớm"], "từ chức trước khi"],
  [["né trách nhiệm", "né tránh trách nhiệm", "thoát trách nhiệm", "thoát tội"], "trốn tránh trách nhiệm | miễn trách nhiệm"],
  [
    // Being let off, in chat: "có được nhẹ tay không" (not the inspector's "nhẹ tay", going easy on someone).
    ["giảm nhẹ", "miễn trừ", "miễn", "giảm", "được nhẹ tay", "được nương tay", "được xử nhẹ", "châm chước", "được châm chước"],
    "miễn trách nhiệm | giảm trách nhiệm",
  ],
  [["can thiệp", "nhúng tay", "tác động"], "can thiệp | tác động"],
  [["người tố cáo", "người báo tin", "người phát hiện"], "phát hiện | phản ánh | tố cáo"],
  [["khen", "khen thưởng", "tuyên dương"], "khen thưởng"],
  [["đoàn thanh kiểm tra", "đoàn công tác"], "đoàn kiểm tra thanh tra"],
  [["họp", "cuộc họp", "hội nghị"], "thảo luận | biểu quyết | tập trung dân chủ"],
  [["độc đoán", "gia trưởng", "áp đặt"], "áp đặt ý kiến chủ quan | thao túng"],
  // Everyday words for the text's own acts and limits.
  [["tới mức", "tới cỡ", "đến cỡ"], "đến mức"],
  [
    [
      "xử nội bộ",
      "xử lý nội bộ",
      "kỷ luật nội bộ",
      "giải quyết nội bộ",
      "xử lý trong nội bộ",
      "êm chuyện",
      "đóng cửa bảo nhau",
      "ém nhẹm",
      "bưng bít",
    ],
    "giữ lại để xử lý hành chính hoặc nội bộ",
  ],
  [["mất mặt", "mang tiếng", "bôi nhọ", "mất uy tín", "bêu xấu"], "uy tín | danh dự"],
  [["tố bậy", "tố láo", "tố điêu", "tố bừa", "tố oan"], "tố cáo sai"],
  [["lên tiếng", "góp tiếng nói"], "kiến nghị | phản ánh"],
  // "đòi mấy cái không dính gì tới nội dung thanh tra": outside it, not someone's part in it.
  [
    ["không dính gì tới", "không dính gì đến", "chả dính gì tới", "chả dính gì đến", "không dính dáng gì tới", "không dính dáng gì đến"],
    "nằm ngoài",
  ],
  [["dính dáng", "dây dưa"], "vai trò | trách nhiệm"],
  // Accusing falsely, and what it does to someone's name (II.5.1: "người tố cáo sai làm ảnh hưởng đến uy tín").
  [
    [
      "tố cáo láo",
      "tố láo",
      "tố cáo bậy",
      "tố cáo bậy bạ",
      "tố bậy",
      "tố cáo điêu",
      "tố điêu",
      "tố cáo bừa",
      "tố bừa",
      "tố oan",
      "vu khống",
      "vu cáo",
    ],
    "tố cáo sai",
  ],
  [["hạ uy tín", "bôi nhọ", "bôi xấu", "làm mất uy tín", "mất uy tín", "mất danh dự"], "ảnh hưởng đến uy tín"],
  // Answering for what someone else did ("sếp có bị vạ lây không", "có phải gánh không").
  // Being looked into, in chat: "bị sờ gáy", "sờ tới", "bị sờ đến".
  [["sờ gáy", "bị sờ gáy", "sờ tới", "sờ đến", "bị sờ"], "xem xét | xử lý"],
  // Keeping one's own view against the team's ("giữ nguyên ý kiến"): II.4.3.1's "bảo lưu ý kiến".
  [["giữ nguyên ý kiến", "giữ ý kiến", "giữ quan điểm"], "bảo lưu ý kiến"],
  [
    ["vạ lây", "bị vạ lây", "liên lụy", "bị liên lụy", "chịu trận", "gánh trách nhiệm", "gánh hậu quả", "gánh"],
    "chịu trách nhiệm | liên đới",
  ],
  // What a collective "chốt" (settled on) is its decision or conclusion.
  [["chốt", "chốt lại", "chốt hạ"], "quyết định | kết luận"],
  // Taken off the succession list: II.6.1's "không quy hoạch".
  [["gạch tên khỏi quy hoạch", "gạch tên", "loại khỏi quy hoạch", "rút khỏi quy hoạch", "đưa ra khỏi quy hoạch"], "không quy hoạch"],
  // Aimed at ("kế hoạch có nhắm vô mấy vụ vòi vĩnh không"): what the plan is "nhằm".
  [["nhắm vô", "nhắm vào", "nhắm tới", "nhắm đến"], "nhằm"],
  // Staying put in one post ("ngồi lì một chỗ hoài"): who has long been in charge of one area.
  [
    ["ngồi lì", "ngồi lì một chỗ", "ngồi một chỗ", "ngồi mãi một chỗ", "ngồi mãi", "ngồi hoài", "bám một chỗ", "bám trụ"],
    "phụ trách theo dõi một địa bàn",
  ],
  // A view against the majority ("có ý khác", "giữ ý mình") and sharing the blame ("chịu chung").
  [["có ý khác", "ý khác"], "ý kiến khác"],
  [["giữ ý mình", "giữ ý"], "bảo lưu ý kiến"],
  [["chịu chung", "chịu chung trách nhiệm"], "cùng chịu trách nhiệm"],
  // "lấy làm căn cứ": what the plan is based on.
  [["lấy làm căn cứ", "lấy căn cứ"], "căn cứ"],
  // The copy kept on file ("bản lưu"): the distribution list's "Lưu Văn phòng".
  [["bản lưu", "lưu trữ"], "lưu văn phòng"],
  [["dựa trên", "dựa vào", "căn cứ vào", "căn cứ"], "thực hiện"],
  [["nhìn nhận"], "xác định"],
  [["dẹp", "dẹp bỏ", "dẹp tan", "chặn đứng"], "ngăn chặn"],
  // Round 10: chat words for taking, going along with demands, and leading the work. Not "giấy tờ"
  // (→ tài liệu): "hồ sơ kết nạp gồm những giấy tờ gì" would then be known words.
  [["cầm", "cầm về", "cầm lấy", "nhận về"], "nhận"],
  [["chiều theo", "chiều hết", "chiều lòng", "đáp ứng", "đáp ứng hết"], "thực hiện | yêu cầu"],
  [["ngoài lề", "không liên quan", "chả liên quan", "chẳng liên quan"], "nằm ngoài nội dung"],
  [["cầm trịch", "đứng ra", "đầu mối", "làm đầu mối", "cầm cân nảy mực"], "chủ trì"],
  [["thùng bia", "két bia", "bia", "thùng hàng"], "quà vật chất"],
];

/**
 * A first-person clause that describes the asker ("Tôi là chuyên viên…", "mình đang công tác ở…"):
 * a pronoun followed by one of these. Words the corpus does not know in such a clause are the
 * asker's own circumstances, not what is asked.
 */
export const SELF_PRONOUNS: readonly string[] = ["tôi", "mình", "em", "tui", "tớ", "chúng tôi", "cháu", "chị", "anh"];
export const SELF_VERBS: readonly string[] = ["là", "làm", "đang", "công tác", "mới", "vừa", "được", "đã", "hiện"];

/**
 * People the plan assigns duties to, as people name them → the words of the heading of the section
 * that states those duties (folded). The plan is organised by role, so the role a question is about
 * (the asker's own, "Tôi là trưởng đoàn …", or the subject of a sentence, "trưởng đoàn biết … thì có
 * sao không") says which section answers it better than the words of the story do. Phrases are
 * matched on the words as typed (after shorthand), with or without diacritics; the longest wins, so
 * "lãnh đạo ủy ban kiểm tra" is not "ủy ban kiểm tra".
 */
export const ROLES: ReadonlyArray<readonly [readonly string[], string]> = [
  // "sếp" is the boss: of the team, of the inspectorate, of the committee.
  [["trưởng đoàn", "sếp đoàn", "sếp của đoàn", "sếp trong đoàn", "người đứng đầu đoàn"], "truong doan"],
  // "đi kiểm tra mà được dúi phong bì …": whoever goes on the inspection is on its team.
  [
    [
      "thành viên đoàn",
      "thành viên trong đoàn",
      "thành viên của đoàn",
      "người trong đoàn",
      "đi kiểm tra",
      "đi thanh tra",
      "đi giám sát",
      "đi đoàn",
      "đi đoàn kiểm tra",
      "đi đoàn thanh tra",
    ],
    "thanh vien doan",
  ],
  // "cán bộ UBKT", "kiểm tra viên": the committee's staff, who advise it (not the committee itself).
  [
    [
      "tham mưu",
      "cán bộ tham mưu",
      "chuyên viên",
      "giúp việc",
      "cán bộ giúp việc",
      "cán bộ ủy ban kiểm tra",
      "cán bộ cơ quan ủy ban kiểm tra",
      "kiểm tra viên",
    ],
    "tham muu",
  ],
  [
    [
      "lãnh đạo ủy ban kiểm tra",
      "lãnh đạo cơ quan ủy ban kiểm tra",
      "chủ nhiệm ủy ban kiểm tra",
      "phó chủ nhiệm ủy ban kiểm tra",
      "sếp ủy ban kiểm tra",
      "sếp bên ủy ban kiểm tra",
    ],
    "lanh dao co quan uy ban kiem tra",
  ],
  [
    [
      "lãnh đạo thanh tra",
      "lãnh đạo cơ quan thanh tra",
      "chánh thanh tra",
      "phó chánh thanh tra",
      "thủ trưởng cơ quan thanh tra",
      "người đứng đầu cơ quan thanh tra",
      "sếp thanh tra",
      "sếp bên thanh tra",
      "sếp cơ quan thanh tra",
    ],
    "lanh dao co quan thanh tra",
  ],
  [["ủy ban kiểm tra"], "uy ban kiem tra cac cap"],
  // … and the party body inside an inspectorate ("ĐU cơ quan TTr tỉnh"), which leads its work.
  [
    [
      "tổ chức đảng lãnh đạo",
      "tổ chức đảng chỉ đạo",
      "đảng ủy cơ quan thanh tra",
      "đảng ủy thanh tra",
      "đảng bộ cơ quan thanh tra",
      "đảng bộ thanh tra",
      "chi bộ cơ quan thanh tra",
      "chi bộ thanh tra",
    ],
    "to chuc dang lanh dao chi dao hoat dong thanh tra",
  ],
  [["cấp ủy", "đảng ủy", "huyện ủy", "tỉnh ủy", "thành ủy", "thị ủy", "chi ủy", "ban thường vụ", "tập thể cấp ủy"], "doi voi cap uy"],
  [["người đứng đầu", "người đứng đầu cấp ủy", "người đứng đầu tổ chức đảng", "bí thư"], "nguoi dung dau cap uy"],
  [
    [
      "thành viên cấp ủy",
      "cấp ủy viên",
      "ủy viên cấp ủy",
      "huyện ủy viên",
      "tỉnh ủy viên",
      "thành ủy viên",
      "đảng ủy viên",
      "ủy viên ban thường vụ",
      "ủy viên thường vụ",
    ],
    "thanh vien cap uy",
  ],
  [["đối tượng kiểm tra", "đối tượng thanh tra"], "doi tuong kiem tra"],
  [
    [
      "mặt trận tổ quốc",
      "ủy ban mặt trận tổ quốc",
      "ủy ban mặt trận",
      "mặt trận",
      "đoàn thể",
      "tổ chức chính trị xã hội",
      "hội đồng nhân dân",
      "cơ quan dân cử",
      "đại biểu dân cử",
      "đại biểu hội đồng nhân dân",
      // The socio-political organisations the Front brings together.
      "hội nông dân",
      "hội phụ nữ",
      "hội liên hiệp phụ nữ",
      "hội cựu chiến binh",
      "đoàn thanh niên",
      "công đoàn",
    ],
    "mat tran to quoc",
  ],
  [["đảng viên", "cán bộ đảng viên", "cán bộ và đảng viên"], "can bo dang vien"],
  [["phóng viên", "nhà báo", "báo chí", "báo đài", "cơ quan báo chí", "cơ quan truyền thông", "truyền thông"], "thong tin truyen thong"],
];

/**
 * Being put on an inspection team: a staffer who says so asks as a team member (II.4.3.1), whose
 * rules are what applies to them on that inspection.
 */
export const TEAM_DUTY: readonly string[] = [
  "được cử đi",
  "được cử vào đoàn",
  "được phân công vào đoàn",
  "phân công vào đoàn",
  "tham gia đoàn",
  "đi cùng đoàn",
  "cùng đi một đoàn",
  "cùng đi đoàn",
  "cùng một đoàn",
  "được cử làm thành viên",
  // "đoàn tôi về làm việc với …", "có tên trong đoàn", "sắp đi kiểm tra một phường": on the team.
  "đoàn tôi",
  "đoàn của tôi",
  "có tên trong đoàn",
  "sắp đi kiểm tra",
  "sắp đi thanh tra",
  "sắp đi giám sát",
];

/**
 * Roles that are bodies ("ủy ban kiểm tra", "cấp ủy"): the subject of a sentence about what the body
 * does, but someone who says they work there ("Tôi công tác ở ủy ban kiểm tra") is its staff, not it.
 */
export const BODY_ROLES: readonly string[] = [
  "uy ban kiem tra cac cap",
  "doi voi cap uy",
  "to chuc dang lanh dao chi dao hoat dong thanh tra",
];

/**
 * Roles whose own section states what they answer for when their team goes wrong ("Chịu trách
 * nhiệm chính khi để xảy ra …"): asked what happens to them, that section answers. For everyone
 * else, what happens to someone is in the sections under "Xử lý vi phạm".
 */
/** Roles that head or are the party organisation: asked what happens to them, they answer for what happened under them. */
export const LEADING_ROLES: readonly string[] = [
  "nguoi dung dau cap uy",
  "doi voi cap uy",
  "to chuc dang lanh dao chi dao hoat dong thanh tra",
];

export const ACCOUNTABLE_ROLES: readonly string[] = ["truong doan", "lanh dao co quan uy ban kiem tra", "lanh dao co quan thanh tra"];

/**
 * Whoever heads or is the unit ("giám đốc", "hiệu trưởng", "đơn vị", "xã") is the inspected party
 * when the sentence says it is being inspected ("… đang bị thanh tra"): the role "doi tuong kiem tra".
 */
export const INSPECTED_HEADS: readonly string[] = [
  "giám đốc",
  "phó giám đốc",
  "kế toán trưởng",
  "kế toán",
  "bệnh viện",
  "hợp tác xã",
  "hiệu trưởng",
  "chủ tịch",
  "bí thư",
  "thủ trưởng",
  "trưởng phòng",
  "lãnh đạo",
  "người đứng đầu",
  "tập thể lãnh đạo",
  "đơn vị",
  "cơ quan",
  "công ty",
  "doanh nghiệp",
  "trường học",
  "nhà trường",
  "xã",
  "phường",
  "huyện",
  "chi bộ",
  "đảng ủy",
  "cơ sở",
];
export const INSPECTED_HEADING = "doi tuong kiem tra";

/** Words that may open a clause before its subject: "Nếu một lãnh đạo …", "còn ông bí thư …". */
export const SUBJECT_OPENERS: readonly string[] = [
  "nếu",
  "khi",
  "còn",
  "vậy",
  "thế",
  "mà",
  "thì",
  "một",
  "các",
  "những",
  "mấy",
  "ông",
  "bà",
  "anh",
  "chị",
  "cô",
  "chú",
  "cho",
  "hỏi",
  "xin",
  "cho tôi hỏi",
  "cho em hỏi",
  "cho mình hỏi",
  "cho hỏi",
  "xin hỏi",
  "trường hợp",
  "đối với",
  "riêng",
  "mỗi",
  "là",
  "vị",
  "đồng chí",
  // "bên hội phụ nữ …", "ngồi tham mưu mà …", "làm trưởng đoàn mà …": where or as what, before the
  // subject. (Not "đang": openers are matched without diacritics, and "dang" is "đảng".)
  "bên",
  "ngồi",
  "làm",
  // Sentence adverbials before the subject: "Về nguyên tắc ủy ban kiểm tra có được …", "Theo quy
  // định thì cấp ủy …", "Trong trường hợp này trưởng đoàn …".
  "về nguyên tắc",
  "nguyên tắc",
  "theo nguyên tắc",
  "theo quy định",
  "theo kế hoạch",
  "trong trường hợp này",
  "trường hợp này",
  "như vậy",
  "vậy thì",
  "thế thì",
  // When, before who: "Năm nay tôi được giao làm trưởng đoàn …", "Hiện nay cấp ủy …".
  "năm nay",
  "hiện nay",
  "hiện tại",
  "hiện giờ",
  "bây giờ",
  "sắp tới",
  "hôm nay",
  "tháng này",
  "đợt này",
  // The asker saying they wonder, before whom they ask about: "Tôi tò mò là trưởng đoàn …",
  // "Em thắc mắc không biết cấp ủy …", "Không biết thành viên đoàn …".
  "tôi muốn hỏi",
  "tôi muốn biết",
  "tôi thắc mắc",
  "tôi tò mò",
  "em muốn hỏi",
  "em muốn biết",
  "em thắc mắc",
  "em tò mò",
  "mình muốn hỏi",
  "mình muốn biết",
  "mình thắc mắc",
  "mình tò mò",
  "muốn hỏi",
  "thắc mắc",
  "tò mò",
  "không biết",
];
