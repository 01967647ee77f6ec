import { formatDay } from "../../core/display.js";
import type { Reply } from "../../core/types.js";
import { listUnanswered, purgeUnansweredBefore } from "../../storage/unanswered.js";
import type { Ctx } from "../context.js";
import type { Feature } from "../feature.js";
import { ctxIsCommittee } from "../review/roles.js";
import { vi } from "../texts/vi.js";
import { groupQuestions } from "./group.js";
import { DEFAULT_KB_LOG_DAYS, unansweredCutoff } from "./record.js";

// /cau_hoi_chua_ro: what people asked that the knowledge base refused or could only suggest for,
// grouped, with counts, newest first. Committee only, in a private chat.

/** Groups shown in one reply; the CLI lists them all. */
const SHOWN = 20;

function unansweredList(ctx: Ctx): Reply[] {
  const t = vi.unanswered;
  if (!ctxIsCommittee(ctx)) return [{ text: vi.review.refused }];
  if (!ctx.isPrivate) return [{ text: vi.review.privateOnly }];
  const days = ctx.config.kbLogDays ?? DEFAULT_KB_LOG_DAYS;
  purgeUnansweredBefore(ctx.store, unansweredCutoff(ctx));
  const groups = groupQuestions(listUnanswered(ctx.store));
  if (groups.length === 0) return [{ text: t.none(days) }];
  const lines = [
    t.header(groups.length, days),
    ...groups.slice(0, SHOWN).map((g) => t.line(g.count, g.question, t.modes[g.mode], formatDay(g.lastAt))),
  ];
  if (groups.length > SHOWN) lines.push(t.more(groups.length - SHOWN));
  lines.push(t.footer);
  return [{ text: lines.join("\n") }];
}

export const unansweredFeature: Feature = {
  name: "unanswered",
  commands: [{ name: "cau_hoi_chua_ro", audience: "committee", help: vi.unanswered.helpLine, run: (ctx) => unansweredList(ctx) }],
  dialogs: [],
};
