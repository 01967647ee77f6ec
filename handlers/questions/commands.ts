import type { Command } from "../command.js";
import type { Ctx } from "../context.js";
import type { Reply } from "../../core/types.js";
import { vi } from "../texts/vi.js";
import { answerQuestion, openSection } from "./ask.js";

// Asking, and reading the regulation directly: /hoi (for groups, where plain text is not for the
// bot), /muc_luc (the table of contents, each entry openable) and /muc <id> (one section in full).

const c = vi.commands;

function tableOfContents(ctx: Ctx): Reply[] {
  const toc = ctx.kb.tableOfContents();
  return [
    {
      text: vi.questions.tocHeader,
      choices: toc.map((e) => ({ id: openSection(e.id), label: `${"  ".repeat(e.depth)}${vi.questions.tocLabel(e.id, e.title)}` })),
    },
  ];
}

function section(ctx: Ctx, args: string): Reply[] {
  const id = args.trim();
  if (!id) return tableOfContents(ctx);
  // The id as buttons send it, or as typed ("mục ii.4.3.1"): the knowledge base reads both.
  const found = ctx.kb.getSection(id) ? id : ctx.kb.sectionRef(id);
  const text = found ? ctx.kb.sectionFull(found) : undefined;
  return [{ text: text ?? vi.questions.sectionUnknown(id) }];
}

export const questionCommands: Command[] = [
  {
    name: "hoi",
    help: c.hoi.line,
    menu: c.hoi.menu,
    run: (ctx, args) => (args ? answerQuestion(ctx, args) : [{ text: vi.common.askUsage }]),
  },
  { name: "muc_luc", help: c.muc_luc.line, menu: c.muc_luc.menu, run: tableOfContents },
  { name: "muc", help: c.muc.line, run: section },
];
