import type { Audience, Command, CommandTable } from "./command.js";
import type { Ctx } from "./context.js";
import { cancelActiveDialog, draftReminder } from "./dialog/engine.js";
import type { Feature } from "./feature.js";
import { ctxIsCommittee, isAdmin } from "./review/roles.js";
import { vi } from "./texts/vi.js";

// Orientation, questions and leaving a flow: what anyone, anywhere, can do.

/** The /help lines of the commands for one audience, in table order. */
function linesFor(commands: CommandTable, audience: Audience): string[] {
  return commands
    .all()
    .filter((c) => (c.audience ?? "everyone") === audience && c.help)
    .map((c) => c.help!);
}

/** What a person may do beyond asking and declaring. */
export interface Staff {
  committee: boolean;
  admin: boolean;
}

const staffOf = (ctx: Ctx): Staff => ({ committee: ctxIsCommittee(ctx), admin: isAdmin(ctx.config, ctx.person) });

/** Committee staff also see their own commands (admins the admin ones); nobody else learns they exist. */
function staffHelp(commands: CommandTable, staff: Staff): string[] {
  const parts: string[] = [];
  if (staff.committee) parts.push("", vi.help.committeeHeader, ...linesFor(commands, "committee"));
  if (staff.admin) parts.push("", vi.help.adminHeader, ...linesFor(commands, "admin"));
  return parts;
}

/** /help as a person with these roles may use it, built from the command table. */
export function helpText(commands: CommandTable, staff: Staff = { committee: false, admin: false }): string {
  return [vi.help.header, vi.help.ask, ...linesFor(commands, "everyone"), "", vi.help.privacy, ...staffHelp(commands, staff)].join("\n");
}

const c = vi.commands;

export const basicCommands: Command[] = [
  {
    name: "start",
    duringDialog: true,
    menu: c.start.menu,
    run: (ctx) => {
      const reminder = draftReminder(ctx);
      return [
        { text: [vi.common.start(ctx.incoming.displayName), ...staffHelp(ctx.commands, staffOf(ctx))].join("\n") },
        ...(reminder ? [reminder] : []),
      ];
    },
  },
  { name: "help", duringDialog: true, menu: c.help.menu, run: (ctx) => [{ text: helpText(ctx.commands, staffOf(ctx)) }] },

  {
    name: "huy",
    duringDialog: true,
    help: c.huy.line,
    menu: c.huy.menu,
    run: (ctx) => cancelActiveDialog(ctx) ?? [{ text: vi.common.nothingToCancel }],
  },
  // Anyone can learn their own id ("telegram:123456789") to give an admin.
  { name: "id", duringDialog: true, help: c.id.line, menu: c.id.menu, run: (ctx) => [{ text: vi.common.myId(ctx.person) }] },
];

/** Orientation and questions; no dialogs of their own. */
export const basicFeature: Feature = { name: "basic", commands: basicCommands, dialogs: [] };
