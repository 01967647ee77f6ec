import type { Command } from "../command.js";
import { setRouteWithoutDialog, startDialog } from "../dialog/engine.js";
import { route } from "../router.js";
import { formatDay } from "../../core/display.js";
import { vi } from "../texts/vi.js";
import { listSubmissionsByDeclarant } from "../../storage/submissions.js";
import { conflictDialog } from "./conflict.js";
import { giftDialog } from "./gift.js";

// /khaibao_xungdot, /khaibao_qua and /cua_toi: declarations are taken, and listed, only in a
// private chat.

const t = vi.declarations;
const MINE_LIMIT = 20;

// A message that finds an expired draft is then handled as usual. Called lazily: this module is
// loaded while the router is still loading.
setRouteWithoutDialog((ctx) => route(ctx));

export const declarationCommands: Command[] = [
  { name: "khaibao_xungdot", privateOnly: true, run: (ctx) => startDialog(ctx, conflictDialog.id) },
  { name: "khaibao_qua", privateOnly: true, run: (ctx) => startDialog(ctx, giftDialog.id) },
  {
    name: "cua_toi",
    privateOnly: true,
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
