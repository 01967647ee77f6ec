// Vietnamese is typed with and without diacritics; every comparison of user text with known words
// goes through this one folding so "Hủy", "huỷ" and "huy" meet.
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
