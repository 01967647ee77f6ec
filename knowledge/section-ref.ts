// A message that names a section rather than asking a question: "II.4.3.1", "Mục II.4.3.1",
// "xem mục 4.3.1", "muc ii 4 3 1", or a heading typed with or without diacritics ("Trưởng đoàn",
// "noi nhan"). Searching such a message would quote whichever section shares most of its words.
import { fold } from "../core/text.js";

export interface RefTarget {
  id: string;
  title: string;
}

const ROMAN = /^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)$/;
/** Words around a reference that say "show me": "xem mục", "toàn văn mục", "phần", "mục số". */
const LEAD = /^(?:(?:xem|doc|mo|cho|toi|xin|hay|toan|van|day|du|noi|dung|cua|tai|o)\s+)*(?:(?:muc|phan|khoan|diem|tieu muc)\s+)?(?:so\s+)?/;

/** The part of an id after its document prefix ("hd02:I.1" → "I.1"). */
function local(id: string): string {
  return id.slice(id.indexOf(":") + 1);
}

/** Folded heading without its trailing colon and the "đối với" that opens many of them. */
function headingKey(title: string): string {
  return fold(title)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

// Every message is compared with every heading: their keys are folded once.
const titleKeys = new Map<string, string>();
function titleKey(title: string): string {
  let key = titleKeys.get(title);
  if (key === undefined) titleKeys.set(title, (key = headingKey(title)));
  return key;
}

/**
 * The section `text` names, or undefined when it does not name exactly one. Only the whole
 * message counts: "trưởng đoàn chịu trách nhiệm gì" is a question, "Trưởng đoàn" is a heading.
 */
export function findSectionRef(text: string, sections: readonly RefTarget[]): string | undefined {
  const raw = text.trim().replace(/[?!.…:;,\s]+$/u, "");
  if (!raw || raw.length > 160) return undefined;
  const exact = sections.find((s) => s.id.toLowerCase() === raw.toLowerCase());
  if (exact) return exact.id;

  const folded = headingKey(raw);
  const byHeading = (key: string): string | undefined => {
    if (key.split(" ").length < 2) return undefined;
    const found = sections.filter((s) => {
      const h = titleKey(s.title);
      return h === key || h === `doi voi ${key}` || h.replace(/^doi voi /, "") === key;
    });
    return found.length === 1 ? found[0]?.id : undefined;
  };
  const whole = byHeading(folded);
  if (whole) return whole;

  const lead = LEAD.exec(folded)?.[0] ?? "";
  const rest = folded.slice(lead.length).trim();
  const explicit = /(?:^|\s)(?:muc|phan|khoan|diem)\s/.test(` ${lead}`);
  // Numbering: optional Roman part, then numbers ("ii 4 3 1", "4 3 1", "iii").
  const parts = rest.split(/\s+/).filter(Boolean);
  if (parts.length > 0 && parts.every((p, i) => /^\d{1,2}$/.test(p) || (i === 0 && ROMAN.test(p)))) {
    const roman = parts[0] && ROMAN.test(parts[0]) ? parts[0].toUpperCase() : undefined;
    const numbers = roman ? parts.slice(1) : parts;
    // A lone number is a menu choice or an amount, not a section; a lone "I" is a pronoun.
    if (!explicit && !roman && numbers.length < 2) return undefined;
    if (!explicit && roman === "I" && numbers.length === 0) return undefined;
    const wanted = [roman, ...numbers].filter(Boolean).join(".");
    const matches = sections.filter((s) => {
      const id = local(s.id);
      return roman ? id === wanted : id.endsWith(`.${wanted}`) && /^[IVX]+\./.test(id);
    });
    return matches.length === 1 ? matches[0]?.id : undefined;
  }
  return lead && rest ? byHeading(rest) : undefined;
}
