// Words that steer a dialog rather than answer it, compared after wordKey() (folded, no
// punctuation): "Hủy!" and "huy" meet. Kept apart from the engine so the lists can be read and
// extended in one place.

/** Leave the dialog; the draft is dropped. */
export const CANCEL_WORDS: ReadonlySet<string> = new Set(["huy", "huy bo", "cancel", "thoat", "dung lai"]);
/** Go back one step (or to the summary when editing). */
export const BACK_WORDS: ReadonlySet<string> = new Set([
  "quay lai",
  "quaylai",
  "back",
  "tro lai",
  "lui lai",
  "lui",
  "quay ve",
  "buoc truoc",
]);
/** Skip an optional step. */
export const SKIP_WORDS: ReadonlySet<string> = new Set(["bo qua", "khong", "ko", "k", "khong co", "skip", "khong co gi", "bo"]);
/** Keep the answer given before (after going back to an answered step). */
export const KEEP_WORDS: ReadonlySet<string> = new Set(["giu nguyen", "giu", "nhu cu", "giu nhu cu", "khong doi"]);
