import { z } from "zod";
import type { Answers, DialogDefinition } from "../dialog/types.js";
import { vi } from "../texts/vi.js";
import { submitDeclaration } from "./submit.js";
import { freeText, oneOf, options } from "./schemas.js";

// Conflict of interest (plan II.3, II.4.1, II.4.3.1, II.4.4): who the declarant is in the
// inspection, what links them to it, and whether they ask not to take part.

const t = vi.declarations.conflict;

export const FAMILY_LINKS = ["family_subject", "family_team", "family_area_head"] as const;
const isFamily = (a: Answers) => (FAMILY_LINKS as readonly unknown[]).includes(a.linkType);
const isInterest = (a: Answers) => a.linkType === "shares" || a.linkType === "other_interest";
/** Only someone on the team can ask to leave it. */
const onTheTeam = (a: Answers) => a.role === "team_member" || a.role === "team_leader";

/** A spouse's brothers and sisters as people say them: "anh vợ", "em gái vợ", "anh trai (của) chồng". */
const IN_LAW_SIBLINGS: readonly string[] = ["anh", "chi", "em"].flatMap((who) =>
  ["", " trai", " gai"].flatMap((sex) => ["vo", "chong"].map((of) => `${who}${sex} ${of}`)),
);

export const conflictDialog: DialogDefinition = {
  id: "conflict",
  title: t.title,
  intro: t.intro,
  steps: [
    {
      key: "role",
      ...t.role,
      choices: options(t.roles, {
        team_member: ["thanh vien", "thanh vien doan", "tv doan", "tvd", "thanh vien doan kiem tra", "thanh vien doan giam sat"],
        team_leader: ["truong doan"],
        // Not "ubkt" or "thanh tra" alone: a member of either is no leader of it.
        committee_leader: ["lanh dao ubkt", "lanh dao uy ban kiem tra"],
        inspectorate_leader: ["lanh dao thanh tra", "lanh dao co quan thanh tra"],
        staff: ["tham muu", "can bo"],
      }),
      schema: oneOf(t.roles),
    },
    { key: "inspection", ...t.inspection, schema: freeText() },
    { key: "subject", ...t.subject, schema: freeText() },
    {
      key: "linkType",
      ...t.linkType,
      choices: options(t.linkTypes, {
        family_subject: ["gia dinh doi tuong", "gia dinh voi doi tuong kiem tra"],
        family_team: ["gia dinh thanh vien", "thanh vien doan"],
        family_area_head: ["nguoi dung dau", "dung dau dia ban"],
        shares: ["co phan", "von gop", "co phan von gop"],
        other_interest: ["loi ich khac", "quyen loi khac", "loi ich"],
      }),
      schema: oneOf(t.linkTypes),
    },
    {
      key: "relation",
      ...t.relation,
      when: isFamily,
      choices: options(t.relations, {
        spouse: ["vo", "chong", "vo chong"],
        parent: ["cha", "me", "bo", "cha me", "bo me", "ba", "ma", "tia"],
        child: ["con", "con trai", "con gai"],
        sibling: ["anh", "chi", "em", "anh chi em", "anh ruot", "chi ruot", "em ruot", "anh trai", "em trai", "chi gai", "em gai"],
        parent_in_law: ["bo vo", "me vo", "bo chong", "me chong", "cha vo", "cha chong", "bo me vo", "bo me chong"],
        sibling_in_law: IN_LAW_SIBLINGS,
        // Relations the list does not name: never read as the option whose first word they share
        // ("anh họ" is no sibling, "con rể" no child).
        other: [
          "anh ho",
          "chi ho",
          "em ho",
          "anh re",
          "em re",
          "chi dau",
          "em dau",
          "con re",
          "con dau",
          "chau",
          "ong",
          "ong noi",
          "ba noi",
          "ong ngoai",
          "ba ngoai",
          "chu",
          "bac",
          "co",
          "di",
          "cau",
          "mo",
          "thim",
          "duong",
          "ho hang",
          "quan he khac",
        ],
      }),
      schema: oneOf(t.relations),
    },
    { key: "relatedPerson", ...t.relatedPerson, when: isFamily, schema: freeText() },
    { key: "interest", ...t.interest, when: isInterest, schema: freeText() },
    {
      key: "askToWithdraw",
      ...t.askToWithdraw,
      when: onTheTeam,
      choices: [
        {
          id: "yes",
          label: t.yes,
          value: true,
          aliases: [
            "co",
            "yes",
            "xin khong tham gia",
            "xin rut",
            "rut",
            "de nghi rut",
            "muon rut",
            "khong muon tham gia",
            "khong tham gia",
            "xin rut khoi doan",
          ],
        },
        {
          id: "no",
          label: t.no,
          value: false,
          aliases: ["khong", "ko", "k", "no", "van tham gia", "co tham gia", "tiep tuc tham gia", "khong rut", "khong xin rut"],
        },
      ],
      schema: z.boolean(),
    },
    { key: "remarks", ...t.remarks, optional: true, schema: freeText(1) },
  ],
  onComplete: (ctx, answers) => submitDeclaration(ctx, "conflict", answers),
};
