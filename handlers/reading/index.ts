import type { Reply } from "../../core/types.js";
import type { Ctx } from "../context.js";
import type { Feature } from "../feature.js";
import { vi } from "../texts/vi.js";

// Reading the regulation directly: /muc <số hiệu> shows a section in full (the button a suggestion
// offers), /muc_luc the table of contents.

/** One message's worth; a section longer than this is sent in several, split between lines. */
const MAX_PART = 3500;

function splitLines(text: string): string[] {
  const parts: string[] = [];
  let cur = "";
  for (const line of text.split("\n")) {
    if (cur && cur.length + line.length + 1 > MAX_PART) {
      parts.push(cur);
      cur = line;
    } else cur = cur ? `${cur}\n${line}` : line;
  }
  if (cur) parts.push(cur);
  return parts;
}

/** `/muc II.4.3.1`, `/muc 4.3.1`, `/muc Trưởng đoàn`: that section in full; otherwise how to ask. */
export function showSection(ctx: Ctx, args: string): Reply[] {
  const id = ctx.kb.getSection(args.trim())?.id ?? ctx.kb.sectionRef(args);
  const full = id ? ctx.kb.sectionFull(id) : undefined;
  if (!full) return [{ text: vi.reading.unknown(args.trim()) }];
  return splitLines(full).map((text) => ({ text }));
}

function tableOfContents(ctx: Ctx): Reply[] {
  const lines = ctx.kb.tableOfContents().map((e) => `${"  ".repeat(e.depth)}${vi.reading.tocLine(e.id, e.title)}`);
  return splitLines([vi.reading.tocHeader, ...lines, "", vi.reading.tocFooter].join("\n")).map((text) => ({ text }));
}

/** The reply to a question whose best sections are only suggested: the lead, and one button per section. */
export function suggestionReply(text: string, suggestions: readonly { id: string; label: string }[]): Reply {
  return { text, choices: suggestions.map((s) => ({ id: `/muc ${s.id}`, label: s.label })) };
}

export const readingFeature: Feature = {
  name: "reading",
  commands: [
    { name: "muc", help: vi.reading.mucLine, run: showSection },
    { name: "muc_luc", help: vi.reading.tocLineHelp, menu: vi.reading.tocMenu, run: tableOfContents },
  ],
  dialogs: [],
};
