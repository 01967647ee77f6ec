import { fold } from "../../knowledge/fold.js";

/** Folded text with punctuation turned into spaces: "Vợ/chồng." → "vo chong". */
export function words(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
