// Vietnamese is typed with and without diacritics; every comparison of user text with known words
// goes through this one folding so "Hủy", "huỷ" and "huy" meet.
/** Lowercase, diacritics removed, đ→d, spaces collapsed: the form every comparison of typed Vietnamese uses. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A comparison key for a short answer: folded, punctuation turned into spaces, so "Vợ/chồng." and
 * "vo chong" compare equal. Returns one string, not a list.
 */
export function wordKey(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
