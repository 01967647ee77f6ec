import { looksLikeQuestion } from "./dialog/question.js";
import { CANCEL_WORDS } from "./dialog/input-words.js";
import { wordKey } from "../core/text.js";
import type { Reply } from "../core/types.js";
import { vi } from "./texts/vi.js";

// Typed wishes to declare ("tôi muốn khai báo quà tặng", "có người biếu quà") map to the command
// that starts the declaration. A question about the rules ("có được nhận quà không?") is not a
// wish to declare: it goes to the knowledge base, so a declaring verb or a reported event is
// required and any question form rules the intent out.

const DECLARE = "(khai bao|ke khai|khai|bao cao|trinh bao|bao lai|muon bao|can bao|xin bao|nop ban khai)";
const CONFLICT_TOPIC = "(xung dot loi ich|xung dot|quan he gia dinh|co phan|von gop|loi ich lien quan)";
const GIFT_TOPIC =
  "(qua|qua tang|qua bieu|phong bi|tien mat|tien bieu|loi ich duoc moi|duoc bieu|duoc tang|duoc moi|moi an|moi di|du lich|hoi lo)";
// Words that contain "qua" (gift) but mean something else: "kết quả", "hôm qua", "bỏ qua"…
const NOT_GIFT = / (ket|hieu|thong|bo|vuot|di|hom|chua) qua | qua (trinh|han|do|lai)\b/g;
const OFFER_VERB = "(bieu|tang|cho|dua|gui|moi|bieu xen|dut|nhet|chuyen)";

const CONFLICT = [new RegExp(` ${DECLARE} (.* )?${CONFLICT_TOPIC} `), / (toi|em|minh) (co|bi) xung dot loi ich /];
const GIFT = [
  new RegExp(` ${DECLARE} (.* )?${GIFT_TOPIC} `),
  new RegExp(` co (nguoi|ai|doanh nghiep|cong ty|don vi|to chuc|doi tuong)( \\S+){0,4} ${OFFER_VERB} `),
  new RegExp(` (toi|em|minh) (duoc|bi|vua duoc|vua bi|moi duoc|moi bi) (\\S+ ){0,3}${OFFER_VERB} `),
  / (bieu|tang|dua) (qua|phong bi|tien) /,
  / nhan (duoc )?(qua|phong bi) (cua|tu) /,
];

// A wish to report wrongdoing ("tôi muốn tố cáo", "phản ánh sai phạm") starts /phan_anh; checked
// first, since a report may mention a bribe ("hối lộ"), which would otherwise read as a gift.
// Folded words are ambiguous ("bao" is báo, bảo, bão), so only whole verbs count.
const REPORT_VERB = "(to cao|to giac|phan anh|bao cao|trinh bao)";
const WRONGDOING = "(sai pham|vi pham|tham nhung|tieu cuc|bao che|tiep tay|hoi lo|nhung nhieu|lam quyen)";
// "người tố cáo", "đơn tố cáo": the reporter or the letter, talked about rather than a wish to report.
const NOT_REPORT = / (nguoi|don|viec|thu|noi dung|thong tin) (to cao|to giac|phan anh)\b/g;
const REPORT = [
  / (toi|em|minh|chung toi) (muon|can|xin|se|dang muon) (to cao|to giac|phan anh) /,
  / (muon|can|xin) (to cao|to giac) /,
  new RegExp(` ${REPORT_VERB} (.* )?${WRONGDOING} `),
  /^ (to cao|to giac) /,
];

export function detectIntent(text: string): string | undefined {
  const w = ` ${wordKey(text)} `;
  // Only a clear question rules a report out: "hối lộ" folds to "hoi lo", which holds "hỏi".
  const r = w.replace(NOT_REPORT, " _");
  if (!looksLikeQuestion(text, { strict: true }) && REPORT.some((re) => re.test(r))) return "phan_anh";
  if (looksLikeQuestion(text, { strict: false })) return undefined;
  if (CONFLICT.some((re) => re.test(w))) return "khaibao_xungdot";
  const g = w.replace(NOT_GIFT, " _ ");
  if (GIFT.some((re) => re.test(g))) return "khaibao_qua";
  return undefined;
}

/**
 * A question about declaring ("khai báo quà tặng như thế nào?") is answered from the text, and the
 * person is also shown where the declaration starts.
 */
export function declarationHint(text: string): "khaibao_xungdot" | "khaibao_qua" | "both" | undefined {
  const w = ` ${wordKey(text)} `;
  if (!new RegExp(` ${DECLARE} `).test(w)) return undefined;
  const conflict = new RegExp(` ${CONFLICT_TOPIC} `).test(w);
  const gift = new RegExp(` ${GIFT_TOPIC} `).test(w.replace(NOT_GIFT, " _ "));
  if (conflict && !gift) return "khaibao_xungdot";
  if (gift && !conflict) return "khaibao_qua";
  return "both";
}

// Greetings, thanks and "hủy" with nothing to cancel are not questions about the text: answered
// briefly before any search (a search would only refuse them). Only a whole message counts, so
// "xin chào, cho hỏi …" still reaches the knowledge base.
const GREETINGS = new Set([
  "xin chao",
  "chao",
  "chao bot",
  "xin chao bot",
  "chao ban",
  "chao dong chi",
  "chao anh",
  "chao chi",
  "chao em",
  "hello",
  "hi",
  "alo",
  "chao buoi sang",
  "chao buoi chieu",
]);
const THANKS = new Set([
  "cam on",
  "cam on bot",
  "cam on ban",
  "cam on nhieu",
  "cam on dong chi",
  "xin cam on",
  "thanks",
  "thank you",
  "tks",
  "ok",
  "oke",
  "okay",
  "ok cam on",
  "vang",
  "da",
  "duoc roi",
  "da ro",
  "ro roi",
  "dong y",
  "ok roi",
  "duoc",
  "uh",
  "uhm",
  "um",
  "u",
  "oki",
  "okie",
]);
/** Politeness particles that may close any of them ("cảm ơn ạ", "ok nhé"). */
const TAIL = / (a|nhe|nha|nhieu|nhe bot)$/;

export type SmallTalk = "greeting" | "thanks" | "cancel";

/** A greeting, a thanks or a lone "hủy": the whole message, nothing else. */
export function smallTalk(text: string): SmallTalk | undefined {
  const w = wordKey(text);
  if (CANCEL_WORDS.has(w)) return "cancel";
  const bare = w.replace(TAIL, "");
  if (GREETINGS.has(w) || GREETINGS.has(bare)) return "greeting";
  if (THANKS.has(w) || THANKS.has(bare)) return "thanks";
  // A lone 👍 or 🙏: an acknowledgement, not a question the text could answer.
  if (!w && /\p{Extended_Pictographic}/u.test(text)) return "thanks";
  return undefined;
}

/** The declaration(s) a question about declaring leads to, offered as buttons (numbered elsewhere). */
export function declareOffer(hint: "khaibao_xungdot" | "khaibao_qua" | "both"): Reply {
  const names = hint === "both" ? (["khaibao_xungdot", "khaibao_qua"] as const) : [hint];
  return { text: vi.common.declareHint[hint], choices: names.map((n) => ({ id: `/${n}`, label: vi.common.declareButton[n] })) };
}
