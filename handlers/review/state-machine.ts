import type { DecisionKind } from "../../storage/decisions.js";

// The review state machine: which decision moves a submission from which status to which. Every
// status change of a submission goes through this table; anything not in it is refused.

export type ReviewStatus = "submitted" | "info_requested" | "info_provided" | "accepted" | "recusal_required" | "escalated" | "closed";

/** Waiting for a reviewer: listed by /cho_duyet and counted as pending in digests. */
export const PENDING_STATUSES: readonly ReviewStatus[] = ["submitted", "info_provided"];

const FROM_REVIEW: Partial<Record<DecisionKind, ReviewStatus>> = {
  accept: "accepted",
  recuse: "recusal_required",
  request_info: "info_requested",
  escalate: "escalated",
  close: "closed",
};

export const TRANSITIONS: Readonly<Record<ReviewStatus, Partial<Record<DecisionKind, ReviewStatus>>>> = {
  submitted: FROM_REVIEW,
  info_provided: FROM_REVIEW,
  // While the declarant has not answered, the committee may still escalate or close.
  info_requested: { escalate: "escalated", close: "closed" },
  accepted: { close: "closed" },
  recusal_required: { close: "closed" },
  escalated: { close: "closed" },
  closed: {},
};

/** The declarant's reply to an information request sends the submission back to review. */
export const REPLY_TRANSITION = { from: "info_requested", to: "info_provided" } as const;

/** Decisions valid only for some kinds of declaration. */
const ONLY_FOR_KIND: Partial<Record<DecisionKind, string>> = { recuse: "conflict" };

export const DECISION_ORDER: readonly DecisionKind[] = ["accept", "recuse", "request_info", "escalate", "close"];

export type TransitionResult = { ok: true; to: ReviewStatus } | { ok: false; reason: "not_allowed" | "wrong_kind" };

/** Where `decision` takes a submission of `kind` in `status`, or why it may not. */
export function transition(status: string, kind: string, decision: DecisionKind): TransitionResult {
  const to = (TRANSITIONS as Record<string, Partial<Record<DecisionKind, ReviewStatus>>>)[status]?.[decision];
  if (!to) return { ok: false, reason: "not_allowed" };
  const only = ONLY_FOR_KIND[decision];
  if (only && only !== kind) return { ok: false, reason: "wrong_kind" };
  return { ok: true, to };
}

/** The decisions a reviewer may take now, in the order buttons show them. */
export function allowedDecisions(status: string, kind: string): DecisionKind[] {
  return DECISION_ORDER.filter((d) => transition(status, kind, d).ok);
}

/** The words a reviewer types in /quyet_dinh (folded, so "chấp nhận" and "chap_nhan" both work). */
export const DECISION_WORDS: Readonly<Record<string, DecisionKind>> = {
  chap_nhan: "accept",
  khong_tham_gia: "recuse",
  bo_sung: "request_info",
  chuyen: "escalate",
  chuyen_xu_ly: "escalate",
  dong: "close",
};
