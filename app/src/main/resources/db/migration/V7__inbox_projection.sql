-- The officer inbox's read model: one row per user task, kept current in the engine's own transaction by task
-- listeners (vn.vidan.inbox.InboxProjection), with the case's summary copied in, so lists, counts and search are one
-- indexed query with the authorization inside it. Portable SQL: H2 (embedded default) and MariaDB.

CREATE TABLE inbox_task (
  task_id             VARCHAR(64)   NOT NULL PRIMARY KEY,
  process_instance_id VARCHAR(64)   NOT NULL,
  process_key         VARCHAR(128)  NOT NULL,
  task_key            VARCHAR(128)  NOT NULL,
  task_name           VARCHAR(255),
  -- The case: REQUEST, TIP or WAVE (null for a process no feature describes), its code (the business key) and what
  -- lists show of it. Never a tip reporter.
  case_type           VARCHAR(16),
  case_code           VARCHAR(64)   NOT NULL,
  subject             VARCHAR(200),
  procedure_code      VARCHAR(64),
  channel             VARCHAR(32),
  case_status         VARCHAR(32),
  case_unit           VARCHAR(32),
  -- The unit whose people work the task (its candidate groups' unit, else the case's), and its province (the root of
  -- its tree; '' for an unknown unit): a unit's, or a whole province's, tasks are one index range.
  unit_code           VARCHAR(32)   NOT NULL,
  province_code       VARCHAR(32)   NOT NULL,
  assignee            VARCHAR(64),
  assigned_at         DATETIME(6),
  assigned_by         VARCHAR(64),
  created_at          DATETIME(6)   NOT NULL,
  -- The task's due time; 9999-01-01 when it has none, so it sorts last and keyset paging needs no NULL case.
  due_at              DATETIME(6)   NOT NULL,
  statutory_due       DATETIME(6),
  -- O: open, D: done.
  state               CHAR(1)       NOT NULL,
  completed_at        DATETIME(6),
  completed_by        VARCHAR(64),
  -- Codes, names, ID number and address without diacritics, lower case: filters small sets (mine, done).
  search_text         VARCHAR(1000)
);
-- Unclaimed lists and counts: open tasks of a set of units, unassigned ones by due time.
CREATE INDEX ix_inbox_task_open ON inbox_task (state, unit_code, assignee, due_at, task_id);
-- The same for whole provinces (a province's leaders and departments), and by due time claimed or not.
CREATE INDEX ix_inbox_task_province ON inbox_task (state, province_code, assignee, due_at, task_id);
CREATE INDEX ix_inbox_task_province_due ON inbox_task (state, province_code, due_at, task_id, assignee);
-- My tasks.
CREATE INDEX ix_inbox_task_assignee ON inbox_task (assignee, state, due_at, task_id);
-- What I finished lately.
CREATE INDEX ix_inbox_task_done ON inbox_task (completed_by, state, completed_at);
-- A case's open tasks, refreshed together when the case changes.
CREATE INDEX ix_inbox_task_case ON inbox_task (case_code, state);

-- Who may take an open task: 'G:<group id>' or 'U:<user name>' (Camunda candidate groups and users).
CREATE TABLE inbox_candidate (
  task_id   VARCHAR(64)  NOT NULL,
  candidate VARCHAR(100) NOT NULL,
  PRIMARY KEY (task_id, candidate)
);
-- The tasks one's groups may take, when one's units are many (a province department's officers).
CREATE INDEX ix_inbox_candidate_candidate ON inbox_candidate (candidate, task_id);

-- Search: for each open task, every word-start suffix of each searchable field, normalized and cut to 48 characters
-- ("nguyen van an", "van an", "an"; "hoa minh" from an address; an ID number and its last 4 digits), under the
-- task's unit. A search is one prefix range per unit in the viewer's scope.
CREATE TABLE inbox_search_token (
  unit_code VARCHAR(32) NOT NULL,
  token     VARCHAR(48) NOT NULL,
  task_id   VARCHAR(64) NOT NULL,
  PRIMARY KEY (unit_code, token, task_id)
);
CREATE INDEX ix_inbox_search_token_task ON inbox_search_token (task_id);

-- When each person last looked at their own tasks: assignments after that are new (the badge).
CREATE TABLE inbox_seen (
  username VARCHAR(64) NOT NULL PRIMARY KEY,
  seen_at  DATETIME(6) NOT NULL
);

-- Filters a person saved (the inbox's query string), optionally shared with everyone in their unit.
CREATE TABLE inbox_saved_filter (
  id          VARCHAR(36)   NOT NULL PRIMARY KEY,
  owner       VARCHAR(64)   NOT NULL,
  name        VARCHAR(80)   NOT NULL,
  query       VARCHAR(1000) NOT NULL,
  shared_unit VARCHAR(32),
  created_at  DATETIME(6)   NOT NULL
);
CREATE INDEX ix_inbox_saved_filter_owner ON inbox_saved_filter (owner);
CREATE INDEX ix_inbox_saved_filter_unit ON inbox_saved_filter (shared_unit);
