-- The audit log: every state change and every read of personal data through the APIs, append-only (the application
-- only ever inserts; grant the app's database user INSERT and SELECT only on this table in production).
CREATE TABLE audit_event (
  id             VARCHAR(36)   NOT NULL PRIMARY KEY,
  at             DATETIME(6)   NOT NULL,
  actor          VARCHAR(64)   NOT NULL,
  action         VARCHAR(8)    NOT NULL,
  resource       VARCHAR(300)  NOT NULL,
  outcome        INT           NOT NULL,
  remote_address VARCHAR(64)   NOT NULL
);
CREATE INDEX ix_audit_event_at ON audit_event (at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, at);
