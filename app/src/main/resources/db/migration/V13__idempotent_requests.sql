-- Idempotent intake: one row per caller and Idempotency-Key. The id is a hash of the caller and the key (the key itself
-- is never stored); the primary key decides which of several identical requests does the work. A request claims its
-- row as PENDING before the work, then stores its answer (sealed with a key derived from the client's key) in the
-- work's own transaction. Rows past expires_at are removed as new ones arrive.
CREATE TABLE web_idempotent_request (
  id           CHAR(64)    NOT NULL PRIMARY KEY,
  fingerprint  CHAR(64)    NOT NULL,
  state        VARCHAR(8)  NOT NULL,
  owner        CHAR(36)    NOT NULL,
  locked_until DATETIME(6),
  response     LONGBLOB,
  created_at   DATETIME(6) NOT NULL,
  expires_at   DATETIME(6) NOT NULL
);
CREATE INDEX ix_web_idempotent_request_expires ON web_idempotent_request (expires_at);
