-- Committee review: roles, decisions, information requests, the outbox, the audit chain,
-- rotation assignments and digest runs.

-- Granted roles (admins come from ADMIN_IDS and are not stored). One row per (person, role).
CREATE TABLE roles (
  person_id TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('committee')),
  granted_by TEXT NOT NULL,
  granted_at TEXT NOT NULL,
  PRIMARY KEY (person_id, role)
);

-- Every decision on a submission, in order; the reason is the reviewer's own words (encrypted:
-- it talks about the declaration).
CREATE TABLE decisions (
  id INTEGER PRIMARY KEY,
  submission_id INTEGER NOT NULL REFERENCES submissions (id),
  decision TEXT NOT NULL CHECK (decision IN ('accept', 'recuse', 'request_info', 'escalate', 'close')),
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  decided_by TEXT NOT NULL,
  reason_enc TEXT NOT NULL,
  decided_at TEXT NOT NULL
);
CREATE INDEX decisions_submission ON decisions (submission_id, id);
CREATE INDEX decisions_at ON decisions (decided_at);

-- A question from the committee to the declarant and, once given, the reply (both encrypted).
CREATE TABLE info_requests (
  id INTEGER PRIMARY KEY,
  submission_id INTEGER NOT NULL REFERENCES submissions (id),
  decision_id INTEGER NOT NULL REFERENCES decisions (id),
  asked_by TEXT NOT NULL,
  question_enc TEXT NOT NULL,
  asked_at TEXT NOT NULL,
  reply_enc TEXT,
  replied_by TEXT,
  replied_at TEXT
);
CREATE INDEX info_requests_submission ON info_requests (submission_id, id);

-- Messages to other people, written in the same transaction as the change that causes them and
-- delivered by bot/outbox-sender.ts (or shown by the terminal chat for channel 'console').
-- payload_enc is the encrypted Reply[]; last_error never holds message contents.
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  person_id TEXT,
  channel TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  payload_enc TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  lease_owner TEXT,
  lease_until TEXT,
  last_error TEXT,
  created_at TEXT NOT NULL,
  sent_at TEXT
);
CREATE INDEX outbox_due ON outbox (status, channel, next_attempt_at, id);
CREATE INDEX outbox_chat ON outbox (channel, chat_id, status, id);

-- Append-only hash chain: hash = SHA-256 over the canonical JSON of the other columns, including
-- prev_hash; content_hash covers the stored record the entry is about (see storage/audit.ts).
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL,
  detail TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_subject ON audit_log (subject, seq);

-- Who works on which area or field since when (rotation after 2 to 5 years); replaced as a whole
-- by each import.
CREATE TABLE assignments (
  id INTEGER PRIMARY KEY,
  person TEXT NOT NULL,
  area TEXT NOT NULL,
  since TEXT NOT NULL,
  UNIQUE (person, area)
);

-- Each scheduled digest run; "since the last digest" is the latest row.
CREATE TABLE digest_runs (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  recipients INTEGER NOT NULL
);
