import { wordKey } from "../../core/text.js";

// A question that tells the asker's own situation ("tôi được doanh nghiệp biếu phong bì…", "vợ tôi
// làm kế toán ở đơn vị đoàn sắp kiểm tra…") calls for a declaration as well as an answer. What the
// question already says is carried into the declaration as choice ids, shown for confirmation; only
// unmistakable words count, and anything unclear is simply asked by the dialog as usual.

/** The declaration a situation calls for, with the choice ids the question already settles. */
export interface Situation {
  command: "khaibao_qua" | "khaibao_xungdot";
  /** Choice ids of the dialog's steps ("money", "organization", "spouse"), each unambiguous there. */
  prefill: string[];
}

const ME = "(toi|minh|tui|em)";
const OFFER = "(bieu|tang|dua|gui|moi|cho|chuyen|dut|nhet|boi duong|lai xi|li xi|lixi)";
const GIFT = "(qua|phong bi|tien|li xi|lixi|lai xi|phong|an|nhau|du lich|chuyen khoan|hien vat|hop|ruou|tra|ve may bay|voucher)";

const GIFT_SITUATIONS = [
  new RegExp(` ${OFFER} (cho )?${ME} `),
  new RegExp(` ${ME} (duoc|bi|vua duoc|vua bi|moi duoc|dang duoc|co duoc|da duoc|da nhan|nhan duoc|nhan|vua nhan) (\\S+ ){0,4}${OFFER}`),
  new RegExp(` ${ME} (da )?(nhan|cam|lo nhan|nhan duoc) (\\S+ ){0,3}${GIFT} `),
];
const GIFT_KIND: readonly [RegExp, string][] = [
  [/ (phong bi|tien|li xi|lixi|lai xi|chuyen khoan|tien mat) /, "money"],
  [/ (du lich|di choi|nghi duong|ve may bay) /, "travel"],
  [/ (moi an|an uong|an toi|an trua|an com|nhau|tiec|moi com) /, "meals"],
  [/ (hop qua|qua tang|hien vat|ruou|tra|gio qua|qua) /, "goods"],
];
const ORGANIZATION = / (doanh nghiep|cong ty|don vi|to chuc|co quan|ngan hang) /;

// Relatives named with whose they are ("vợ tôi", "bố của mình", "anh ruột em"): the bare kinship
// words are also pronouns, so a possessive or "ruột" is required.
const RELATIVE: readonly [RegExp, string][] = [
  [new RegExp(` (vo|chong) (cua )?${ME} `), "spouse"],
  [new RegExp(` (bo|me|cha|ba|ma) (de |ruot )?(cua )?${ME} `), "parent"],
  [new RegExp(` (con|con trai|con gai) (cua )?${ME} `), "child"],
  [new RegExp(` (anh|chi|em) (ruot|trai|gai) (cua )?${ME} `), "sibling"],
  [new RegExp(` (bo|me|cha) (vo|chong) (cua )?${ME} `), "parent_in_law"],
  [new RegExp(` (anh|chi|em) (vo|chong) (cua )?${ME} `), "sibling_in_law"],
];
const WORK_LINK = / (doan|kiem tra|giam sat|thanh tra|doi tuong|don vi|cong ty|doanh nghiep|dia ban|linh vuc) /;
const SHARES = / (co phan|von gop|co phieu|gop von) /;
const ON_TEAM = new RegExp(
  ` ${ME} (duoc |bi )?(cu|phan cong|dieu dong|giao|trieu tap|cu vao|cu di|tham gia|lam|vao|o trong|nam trong) (\\S+ ){0,2}(doan|thanh vien doan|truong doan) `,
);
const TEAM_LEADER = / truong doan /;
const LINK_TEAM = / (thanh vien (khac )?(cua |trong )?doan|cung doan|trong doan) /;
const LINK_AREA_HEAD = / (nguoi dung dau|giam doc|chu tich|bi thu|thu truong|truong phong) /;
const LINK_SUBJECT = / (doi tuong|duoc kiem tra|bi kiem tra|duoc giam sat|don vi|cong ty|doanh nghiep|dia ban) /;

/** The declaration the asker's own situation calls for, or undefined when the text tells none. */
export function situationOf(text: string): Situation | undefined {
  const w = ` ${wordKey(text)} `;
  if (!new RegExp(` ${ME} `).test(w)) return undefined;

  const relation = RELATIVE.filter(([re]) => re.test(w)).map(([, id]) => id);
  const shares = SHARES.test(w);
  const onTeam = ON_TEAM.test(w);
  if ((relation.length > 0 && WORK_LINK.test(w)) || shares || (onTeam && relation.length > 0)) {
    const prefill: string[] = [];
    if (onTeam) prefill.push(TEAM_LEADER.test(w) ? "team_leader" : "team_member");
    if (shares && relation.length === 0) prefill.push("shares");
    else if (relation.length > 0) {
      const link = LINK_TEAM.test(w)
        ? "family_team"
        : LINK_AREA_HEAD.test(w)
          ? "family_area_head"
          : LINK_SUBJECT.test(w)
            ? "family_subject"
            : undefined;
      if (link) prefill.push(link);
    }
    // Two relatives named ("bố vợ tôi" also reads as "vợ tôi"): the longer, more specific one.
    const specific = relation.filter((r) => r.endsWith("_in_law"));
    const picked = specific.length === 1 ? specific : relation.length === 1 ? relation : [];
    prefill.push(...picked);
    return { command: "khaibao_xungdot", prefill };
  }

  if (GIFT_SITUATIONS.some((re) => re.test(w)) && new RegExp(` ${GIFT} `).test(w)) {
    const prefill: string[] = [];
    const kinds = GIFT_KIND.filter(([re]) => re.test(w)).map(([, id]) => id);
    // One kind named, or none taken: "phong bì và hộp quà" is asked, not guessed.
    if (kinds.length === 1) prefill.push(kinds[0]!);
    if (ORGANIZATION.test(w)) prefill.push("organization");
    return { command: "khaibao_qua", prefill };
  }
  return undefined;
}
