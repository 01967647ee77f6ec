import type { Command } from "../command.js";
import { startDialog, type DialogContext } from "../dialog/engine.js";
import { encodePrefill, PREFILL_KEY } from "../dialog/prefill.js";
import { vi } from "../texts/vi.js";
import { myDeclarations } from "./mine.js";
import { conflictDialog } from "./conflict.js";
import { giftDialog } from "./gift.js";

// /khaibao_xungdot, /khaibao_qua and /cua_toi [mã]: declarations are taken, and shown, only in a
// private chat.

const c = vi.commands;

/**
 * "/khaibao_qua money organization": choice ids after the command are answers the person already
 * gave (a situation told in a question, offered back as a button); the engine checks each one.
 */
function prefillContext(args: string): DialogContext {
  const ids = args.split(/\s+/).filter(Boolean).slice(0, 8);
  return ids.length ? { [PREFILL_KEY]: encodePrefill(ids) } : {};
}

export const declarationCommands: Command[] = [
  {
    name: "khaibao_xungdot",
    privateOnly: true,
    help: c.khaibao_xungdot.line,
    menu: c.khaibao_xungdot.menu,
    run: (ctx, args) => startDialog(ctx, conflictDialog.id, prefillContext(args)),
  },
  {
    name: "khaibao_qua",
    privateOnly: true,
    help: c.khaibao_qua.line,
    menu: c.khaibao_qua.menu,
    run: (ctx, args) => startDialog(ctx, giftDialog.id, prefillContext(args)),
  },
  { name: "cua_toi", privateOnly: true, help: c.cua_toi.line, menu: c.cua_toi.menu, run: myDeclarations },
];
