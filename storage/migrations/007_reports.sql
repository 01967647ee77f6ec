-- Reports of violations (issue 12) are submissions of kind 'report' (code PA-YYYY-NNNNNN).
--
-- SQLite cannot widen a CHECK constraint in place, so `submissions` is rebuilt with the same
-- columns in the same order (its rows, and so the audit chain's record hashes, are unchanged). Its
-- children (decisions, info_requests) are copied aside and dropped first, so that no foreign key is
-- ever violated (migrations run with foreign keys on), then restored with their original
-- definitions and ids. A column another migration adds to these three tables must be added here too.
CREATE TABLE submissions_007 (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('conflict', 'gift', 'report')),
  status TEXT NOT NULL,
  declarant TEXT NOT NULL,
  declarant_name TEXT,
  channel TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  answers_enc TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
INSERT INTO submissions_007 SELECT id, code, kind, status, declarant, declarant_name, channel, chat_id, answers_enc, created_at, updated_at FROM submissions;

CREATE TABLE decisions_007 AS SELECT * FROM decisions;
CREATE TABLE info_requests_007 AS SELECT * FROM info_requests;
DROP TABLE info_requests;
DROP TABLE decisions;
DROP TABLE submissions;
ALTER TABLE submissions_007 RENAME TO submissions;
CREATE INDEX submissions_declarant ON submissions (declarant, created_at);
CREATE INDEX submissions_status ON submissions (status, created_at);

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
INSERT INTO decisions SELECT id, submission_id, decision, from_status, to_status, decided_by, reason_enc, decided_at FROM decisions_007;
DROP TABLE decisions_007;
CREATE INDEX decisions_submission ON decisions (submission_id, id);
CREATE INDEX decisions_at ON decisions (decided_at);

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
INSERT INTO info_requests
  SELECT id, submission_id, decision_id, asked_by, question_enc, asked_at, reply_enc, replied_by, replied_at FROM info_requests_007;
DROP TABLE info_requests_007;
CREATE INDEX info_requests_submission ON info_requests (submission_id, id);

-- What the queries of a report need in clear: who may see it (audience) and how its sender is
-- known (identity). The audited, encrypted payload of the submission (answers_enc) holds the same
-- two facts, with the confidential reporter's identity and the anonymous reporter's passphrase
-- hash; `audit verify` checks that this row agrees with it (storage/reports.ts), so a changed
-- audience is found. A report with no row here is treated as leadership-only (fail closed).
--   identity   'public' (declarant etc. hold the reporter) | 'confidential' | 'anonymous' (for
--              these two, declarant, channel and chat_id are '' and declarant_name is NULL)
--   audience   'committee' | 'leadership' (only admins: a report about the committee's own staff)
--   purged_at  when the retention job deleted the contents of the closed report
CREATE TABLE reports (
  submission_id INTEGER PRIMARY KEY REFERENCES submissions (id),
  identity TEXT NOT NULL CHECK (identity IN ('public', 'confidential', 'anonymous')),
  audience TEXT NOT NULL CHECK (audience IN ('committee', 'leadership')),
  purged_at TEXT
);

-- Wrong follow-up passphrases, per typed code (whether or not such a report exists), so that
-- guessing is limited to a few tries an hour. No person, no chat: only the code and the time.
CREATE TABLE report_attempts (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX report_attempts_code ON report_attempts (code, at);
