// storage/audit.ts explains a broken check in English (its callers are code); the operator reads
// Vietnamese. Known reasons are translated here; an unknown one is shown as it is, never hidden.

const REASONS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^entry #(\d+) is missing$/, (m) => `thiếu mục #${m[1]} trong chuỗi`],
  [/^previous hash does not match the chain$/, () => "mã băm của mục trước không khớp chuỗi"],
  [/^entry was altered \(hash mismatch\)$/, () => "mục đã bị sửa (mã băm không khớp)"],
  [/^stored submission has no audit entry$/, () => "bản khai đã lưu không có mục nhật ký"],
  [
    /^stored submission, decisions or information requests differ from the audited state$/,
    () => "bản khai, quyết định hoặc yêu cầu bổ sung đã lưu khác với những gì nhật ký ghi",
  ],
  [/^audited submission is missing$/, () => "bản khai có trong nhật ký nhưng không còn trong dữ liệu"],
  [/^row belongs to no submission$/, () => "dòng dữ liệu không thuộc bản khai nào"],
  [/^stored role was never granted$/, () => "quyền đã lưu nhưng chưa từng được cấp qua nhật ký"],
  [/^stored role differs from the audited grant$/, () => "quyền đã lưu khác với lần cấp trong nhật ký"],
  [/^granted role is missing$/, () => "quyền đã cấp không còn trong dữ liệu (mà không có lần thu hồi)"],
  [/^stored assignments differ from the last audited import$/, () => "danh sách phân công đã lưu khác với lần nhập cuối trong nhật ký"],
  [/^entries after #(\d+) are missing \(the chain was cut\)$/, (m) => `thiếu các mục sau #${m[1]} (chuỗi bị cắt)`],
  [/^the key record was edited or removed$/, () => "bản ghi khóa đã bị sửa hoặc xóa"],
  [/^entry differs from the witnessed head \(chain rewritten\)$/, () => "mục khác với dấu đã ghi lại (chuỗi bị viết lại)"],
  [
    /^the witnessed head (\S+) is not in the chain \(cut short or rolled back\)$/,
    (m) => `dấu đã ghi lại ${m[1]} không có trong chuỗi (bị cắt hoặc quay lui)`,
  ],
  [/^person's chat or name was changed outside the bot$/, () => "cuộc trò chuyện hoặc tên của người này đã bị sửa ngoài bot"],
  [
    /^queued message's recipient, chat, content, parts sent or delivery state was changed outside the bot$/,
    () => "tin nhắn chờ gửi đã bị sửa ngoài bot (người nhận, cuộc trò chuyện, nội dung, số phần đã gửi hoặc trạng thái gửi)",
  ],
  [/^message is missing \(deleted outside the bot\)$/, () => "thiếu một tin nhắn (thông báo hoặc trả lời) đã bị xóa ngoài bot"],
  [/^message id is above its counter$/, () => "mã tin nhắn lớn hơn bộ đếm (dòng được thêm ngoài bot)"],
  [/^receipt number is above its counter$/, () => "mã biên nhận lớn hơn bộ đếm"],
  [/^receipt number is missing \(a declaration was deleted\)$/, () => "thiếu mã biên nhận (một bản khai đã bị xóa)"],
];

/** The reason in Vietnamese when it is a known one; otherwise unchanged. */
export function auditReason(reason: string): string {
  for (const [re, say] of REASONS) {
    const m = re.exec(reason);
    if (m) return say(m);
  }
  return reason;
}
