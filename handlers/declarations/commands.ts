import type { Command } from "../command.js";
import { startDialog } from "../dialog/engine.js";
import { formatDay } from "../../core/display.js";
import { vi } from "../texts/vi.js";
import { listSubmissionsByDeclarant } from "../../storage/submissions.js";
import { conflictDialog } from "./conflict.js";
import { giftDialog } from "./gift.js";

// /khaibao_xungdot, /khaibao_qua and /cua_toi: declarations are taken, and listed, only in a
// private chat.

const t = vi.declarations;
const c = vi.commands;
const MINE_LIMIT = 20;

export const declarationCommands: Command[] = [
  {
    name: "khaibao_xungdot",
    privateOnly: true,
    help: c.khaibao_xungdot.line,
    menu: c.khaibao_xungdot.menu,
    run: (ctx) => startDialog(ctx, conflictDialog.id),
  },
  {
    name: "khaibao_qua",
    privateOnly: true,
    help: c.khaibao_qua.line,
    menu: c.khaibao_qua.menu,
    run: (ctx) => startDialog(ctx, giftDialog.id),
  },
  {
    name: "cua_toi",
    privateOnly: true,
    help: c.cua_toi.line,
    menu: c.cua_toi.menu,
    run: (ctx) => {
      const mine = listSubmissionsByDeclarant(ctx.store, ctx.person);
      if (!mine.length) return [{ text: t.mineEmpty }];
      // Newest first; a long history is cut so the message stays short.
      const lines = mine.slice(0, MINE_LIMIT).map((s) =>
        t.mineLine(s.code, t.kinds[s.kind] ?? s.kind, formatDay(s.createdAt), t.statuses[s.status] ?? t.unknownStatus),
      );
      if (mine.length > MINE_LIMIT) lines.push(t.mineMore(mine.length - MINE_LIMIT));
      return [{ text: [t.mineHeader(mine.length), ...lines].join("\n") }];
    },
  },
];
