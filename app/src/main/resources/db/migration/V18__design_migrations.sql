-- Process designers: every migration of running cases to a new process version, who started it and how many moved.
-- Camunda deletes a batch once it is done; this row stays, so the designer's page can say it finished.
CREATE TABLE design_migration (
  batch_id             VARCHAR(64)  NOT NULL PRIMARY KEY,
  process_key          VARCHAR(255) NOT NULL,
  source_definition_id VARCHAR(64)  NOT NULL,
  target_definition_id VARCHAR(64)  NOT NULL,
  instances            INT          NOT NULL,
  skipped              INT          NOT NULL,
  started_by           VARCHAR(64)  NOT NULL,
  started_at           DATETIME(6)  NOT NULL
);
CREATE INDEX design_migration_started ON design_migration (started_at);
