-- Questions the knowledge base refused or could only suggest sections for, so the committee sees
-- what people ask that the documents do not answer. Deliberately without who asked: no person id,
-- chat id, name or hash of them, only the text, when, and the outcome. Kept KB_LOG_DAYS days.
CREATE TABLE unanswered_questions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  question TEXT NOT NULL,
  mode TEXT NOT NULL CHECK (mode IN ('suggest', 'refuse')),
  asked_at TEXT NOT NULL
);
CREATE INDEX unanswered_questions_asked_at ON unanswered_questions (asked_at);
