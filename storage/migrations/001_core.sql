-- People seen by the bot, keyed "channel:userId"; private_chat_id is where to reach them.
CREATE TABLE people (
  id TEXT PRIMARY KEY,
  channel TEXT NOT NULL,
  user_id TEXT NOT NULL,
  display_name TEXT,
  private_chat_id TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Every platform update processed, so a redelivery changes nothing.
CREATE TABLE processed_updates (
  update_key TEXT PRIMARY KEY,
  processed_at TEXT NOT NULL
);

-- One active dialog per person; state is encrypted (drafts hold declaration answers).
CREATE TABLE dialogs (
  person_id TEXT PRIMARY KEY,
  dialog_id TEXT NOT NULL,
  state_enc TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Receipt code counters per prefix and year (XD-2026, QT-2026).
CREATE TABLE counters (
  name TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);

CREATE TABLE submissions (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('conflict', 'gift')),
  status TEXT NOT NULL,
  declarant TEXT NOT NULL,
  declarant_name TEXT,
  channel TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  answers_enc TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX submissions_declarant ON submissions (declarant, created_at);
CREATE INDEX submissions_status ON submissions (status, created_at);
