-- Where units sit (for the distances the secondment matcher weighs; a unit without inherits its parent's), the
-- time-boxed access a secondment grants to the commune's work, and the secondment waves.

ALTER TABLE org_unit ADD COLUMN latitude DOUBLE;
ALTER TABLE org_unit ADD COLUMN longitude DOUBLE;

-- An officer seconded to a commune works its cases and inbox from the arrival until the term ends (or ends early).
CREATE TABLE org_secondment_grant (
  id         VARCHAR(36) NOT NULL PRIMARY KEY,
  username   VARCHAR(64) NOT NULL,
  unit_code  VARCHAR(32) NOT NULL,
  wave_code  VARCHAR(32) NOT NULL,
  granted_at DATETIME(6) NOT NULL,
  ends_at    DATETIME(6) NOT NULL,
  revoked_at DATETIME(6),
  CONSTRAINT fk_org_secondment_grant_officer FOREIGN KEY (username) REFERENCES org_officer (username),
  CONSTRAINT fk_org_secondment_grant_unit FOREIGN KEY (unit_code) REFERENCES org_unit (code)
);
CREATE INDEX ix_org_secondment_grant_active ON org_secondment_grant (revoked_at, username);

-- Bumped with every change of what app nodes keep in memory (the directory, the calendar), so each node of a cluster
-- notices another node's change within seconds.
CREATE TABLE cache_version (
  name    VARCHAR(32) NOT NULL PRIMARY KEY,
  version BIGINT      NOT NULL
);
INSERT INTO cache_version (name, version) VALUES ('directory', 0);
INSERT INTO cache_version (name, version) VALUES ('calendar', 0);

CREATE TABLE sec_wave (
  code            VARCHAR(32)  NOT NULL PRIMARY KEY,
  name            VARCHAR(200) NOT NULL,
  province_code   VARCHAR(32)  NOT NULL,
  start_date      DATE         NOT NULL,
  end_date        DATE         NOT NULL,
  report_every    VARCHAR(8)   NOT NULL,
  status          VARCHAR(16)  NOT NULL,
  created_by      VARCHAR(64)  NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  approved_by     VARCHAR(64),
  decision_number VARCHAR(48),
  signed_by       VARCHAR(64),
  signed_at       DATETIME(6),
  decision_pdf    LONGBLOB,
  closed_at       DATETIME(6),
  process_instance_id VARCHAR(64),
  CONSTRAINT fk_sec_wave_province FOREIGN KEY (province_code) REFERENCES org_unit (code)
);

CREATE TABLE sec_wave_commune (
  wave_code VARCHAR(32)  NOT NULL,
  unit_code VARCHAR(32)  NOT NULL,
  quota     INT          NOT NULL,
  focus     VARCHAR(300) NOT NULL,
  PRIMARY KEY (wave_code, unit_code),
  CONSTRAINT fk_sec_wave_commune_wave FOREIGN KEY (wave_code) REFERENCES sec_wave (code),
  CONSTRAINT fk_sec_wave_commune_unit FOREIGN KEY (unit_code) REFERENCES org_unit (code)
);

CREATE TABLE sec_wave_source (
  wave_code      VARCHAR(32) NOT NULL,
  unit_code      VARCHAR(32) NOT NULL,
  nomination_due DATETIME(6) NOT NULL,
  PRIMARY KEY (wave_code, unit_code),
  CONSTRAINT fk_sec_wave_source_wave FOREIGN KEY (wave_code) REFERENCES sec_wave (code),
  CONSTRAINT fk_sec_wave_source_unit FOREIGN KEY (unit_code) REFERENCES org_unit (code)
);

CREATE TABLE sec_nomination (
  wave_code        VARCHAR(32) NOT NULL,
  username         VARCHAR(64) NOT NULL,
  source_unit_code VARCHAR(32) NOT NULL,
  nominated_by     VARCHAR(64) NOT NULL,
  nominated_at     DATETIME(6) NOT NULL,
  PRIMARY KEY (wave_code, username),
  CONSTRAINT fk_sec_nomination_wave FOREIGN KEY (wave_code) REFERENCES sec_wave (code),
  CONSTRAINT fk_sec_nomination_officer FOREIGN KEY (username) REFERENCES org_officer (username)
);

-- One place of the wave in a commune; its holder changes when a term ends early and a replacement comes.
CREATE TABLE sec_place (
  id           VARCHAR(36) NOT NULL PRIMARY KEY,
  wave_code    VARCHAR(32) NOT NULL,
  commune_code VARCHAR(32) NOT NULL,
  place_no     INT         NOT NULL,
  CONSTRAINT fk_sec_place_wave FOREIGN KEY (wave_code) REFERENCES sec_wave (code)
);

CREATE TABLE sec_assignment (
  id             VARCHAR(36)   NOT NULL PRIMARY KEY,
  wave_code      VARCHAR(32)   NOT NULL,
  username       VARCHAR(64)   NOT NULL,
  commune_code   VARCHAR(32)   NOT NULL,
  score          INT           NOT NULL,
  reasons        VARCHAR(2000) NOT NULL,
  pinned         BOOLEAN       NOT NULL,
  status         VARCHAR(16)   NOT NULL,
  place_id       VARCHAR(36),
  decided_by     VARCHAR(64),
  decided_at     DATETIME(6),
  refusal_reason VARCHAR(1000),
  arrived_at     DATETIME(6),
  ended_at       DATETIME(6),
  end_reason     VARCHAR(1000),
  created_at     DATETIME(6)   NOT NULL,
  CONSTRAINT fk_sec_assignment_wave FOREIGN KEY (wave_code) REFERENCES sec_wave (code),
  CONSTRAINT fk_sec_assignment_officer FOREIGN KEY (username) REFERENCES org_officer (username)
);
CREATE INDEX ix_sec_assignment_wave ON sec_assignment (wave_code, status);
CREATE INDEX ix_sec_assignment_officer ON sec_assignment (username);

-- An activity report of one period, with its counted results; only confirmed reports count in the summary.
CREATE TABLE sec_report (
  id                 VARCHAR(36)   NOT NULL PRIMARY KEY,
  assignment_id      VARCHAR(36)   NOT NULL,
  period_no          INT           NOT NULL,
  period_end         DATETIME(6)   NOT NULL,
  patrols            INT           NOT NULL,
  id_applications    INT           NOT NULL,
  residence_files    INT           NOT NULL,
  records_corrected  INT           NOT NULL,
  deceased_found     INT           NOT NULL,
  disputes_resolved  INT           NOT NULL,
  outreach_sessions  INT           NOT NULL,
  outreach_attendees INT           NOT NULL,
  village_meetings   INT           NOT NULL,
  note               VARCHAR(2000),
  filed_at           DATETIME(6)   NOT NULL,
  confirmed_by       VARCHAR(64),
  confirmed_at       DATETIME(6),
  CONSTRAINT uq_sec_report_period UNIQUE (assignment_id, period_no),
  CONSTRAINT fk_sec_report_assignment FOREIGN KEY (assignment_id) REFERENCES sec_assignment (id)
);

CREATE TABLE sec_evaluation (
  assignment_id  VARCHAR(36)   NOT NULL,
  evaluator_role VARCHAR(32)   NOT NULL,
  evaluator      VARCHAR(64)   NOT NULL,
  rating         VARCHAR(16)   NOT NULL,
  comment        VARCHAR(2000) NOT NULL,
  evaluated_at   DATETIME(6)   NOT NULL,
  PRIMARY KEY (assignment_id, evaluator_role),
  CONSTRAINT fk_sec_evaluation_assignment FOREIGN KEY (assignment_id) REFERENCES sec_assignment (id)
);

CREATE TABLE sec_commendation (
  assignment_id VARCHAR(36) NOT NULL PRIMARY KEY,
  proposed_by   VARCHAR(64) NOT NULL,
  proposed_at   DATETIME(6) NOT NULL,
  decided_by    VARCHAR(64),
  decided_at    DATETIME(6),
  approved      BOOLEAN,
  CONSTRAINT fk_sec_commendation_assignment FOREIGN KEY (assignment_id) REFERENCES sec_assignment (id)
);

-- Reminders and chases of late reports, for the officer's and the commune's inbox of notices.
CREATE TABLE sec_notice (
  id            VARCHAR(36)   NOT NULL PRIMARY KEY,
  assignment_id VARCHAR(36)   NOT NULL,
  recipient     VARCHAR(64)   NOT NULL,
  created_at    DATETIME(6)   NOT NULL,
  message       VARCHAR(1000) NOT NULL
);
