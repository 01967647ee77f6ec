-- Command buttons last offered to a person outside any dialog, so that on Zalo and in the terminal
-- (no buttons: numbered lines) a typed number or label picks the same command.
CREATE TABLE offered_choices (
  person_id TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  choices_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (person_id, chat_id)
);
