-- Tip reports (tin báo, tố giác, phản ánh về an ninh trật tự). The tip and its history live here under the
-- reference; the reporter's identity lives only in tip_reporter_vault, encrypted (AES-GCM) with a configured key.

CREATE TABLE tip_report (
  reference           VARCHAR(48)   NOT NULL PRIMARY KEY,
  tracking_code       VARCHAR(16)   NOT NULL,
  -- SHA-256 of the reporter's secret (hex); the secret itself is shown once, at intake, and never stored.
  secret_hash         VARCHAR(64)   NOT NULL,
  unit_code           VARCHAR(32)   NOT NULL,
  channel             VARCHAR(16)   NOT NULL,
  suggested_category  VARCHAR(32)   NOT NULL,
  urgency             VARCHAR(16)   NOT NULL,
  category            VARCHAR(32),
  status              VARCHAR(24)   NOT NULL,
  incident_at         DATETIME(6)   NOT NULL,
  incident_address    VARCHAR(300)  NOT NULL,
  description         VARCHAR(4000) NOT NULL,
  anonymous           BOOLEAN       NOT NULL,
  reporter_reachable  BOOLEAN       NOT NULL,
  received_at         DATETIME(6)   NOT NULL,
  received_by         VARCHAR(64),
  referred_by_unit    VARCHAR(32),
  process_instance_id VARCHAR(64),
  triage_due          DATETIME(6),
  handling_due        DATETIME(6),
  handler             VARCHAR(64),
  duplicate_of        VARCHAR(48),
  violation_record_no VARCHAR(40),
  penalty_decision_no VARCHAR(40),
  penalty_amount      BIGINT,
  mediation_outcome   VARCHAR(16),
  forward_agency      VARCHAR(200),
  receiving_unit_code VARCHAR(32),
  handover_record_no  VARCHAR(48),
  transferred_at      DATETIME(6),
  acknowledged_at     DATETIME(6),
  acknowledged_by     VARCHAR(64),
  investigation_case  VARCHAR(40),
  conclusion          VARCHAR(4000),
  approved_by         VARCHAR(64),
  approved_at         DATETIME(6),
  breaches            INT           NOT NULL,
  closed_at           DATETIME(6),
  CONSTRAINT uq_tip_report_tracking UNIQUE (tracking_code),
  CONSTRAINT fk_tip_report_unit FOREIGN KEY (unit_code) REFERENCES org_unit (code),
  CONSTRAINT fk_tip_report_duplicate FOREIGN KEY (duplicate_of) REFERENCES tip_report (reference)
);
CREATE INDEX ix_tip_report_unit_status ON tip_report (unit_code, status);

-- What happened to a tip, in order: triage, findings, approvals, transfers, breaches. Never names the reporter.
CREATE TABLE tip_event (
  reference VARCHAR(48)   NOT NULL,
  seq       INT           NOT NULL,
  at        DATETIME(6)   NOT NULL,
  actor     VARCHAR(64)   NOT NULL,
  kind      VARCHAR(32)   NOT NULL,
  status    VARCHAR(24)   NOT NULL,
  note      VARCHAR(4000),
  PRIMARY KEY (reference, seq),
  CONSTRAINT fk_tip_event_tip FOREIGN KEY (reference) REFERENCES tip_report (reference)
);

-- Photos, video, documents: stored as received with their SHA-256, who added them and when; never updated.
CREATE TABLE tip_attachment (
  id         VARCHAR(36)  NOT NULL PRIMARY KEY,
  reference  VARCHAR(48)  NOT NULL,
  file_name  VARCHAR(200) NOT NULL,
  media_type VARCHAR(100) NOT NULL,
  size_bytes BIGINT       NOT NULL,
  sha256     VARCHAR(64)  NOT NULL,
  content    LONGBLOB     NOT NULL,
  added_by   VARCHAR(64)  NOT NULL,
  added_at   DATETIME(6)  NOT NULL,
  CONSTRAINT fk_tip_attachment_tip FOREIGN KEY (reference) REFERENCES tip_report (reference)
);
CREATE INDEX ix_tip_attachment_tip ON tip_attachment (reference);

-- The vault: name, ID number, phone and address of the reporter, AES-GCM encrypted under key_id, bound to the
-- tip's reference as associated data. Nothing else in the database holds them.
CREATE TABLE tip_reporter_vault (
  reference  VARCHAR(48)  NOT NULL PRIMARY KEY,
  key_id     VARCHAR(32)  NOT NULL,
  iv         VARBINARY(12) NOT NULL,
  ciphertext VARBINARY(2048) NOT NULL,
  sealed_at  DATETIME(6)  NOT NULL,
  CONSTRAINT fk_tip_reporter_vault_tip FOREIGN KEY (reference) REFERENCES tip_report (reference)
);

-- Each reveal of a reporter's identity: who, when, why, from where.
CREATE TABLE tip_identity_reveal (
  id             VARCHAR(36)  NOT NULL PRIMARY KEY,
  reference      VARCHAR(48)  NOT NULL,
  revealed_by    VARCHAR(64)  NOT NULL,
  revealed_at    DATETIME(6)  NOT NULL,
  reason         VARCHAR(1000) NOT NULL,
  remote_address VARCHAR(64)  NOT NULL,
  CONSTRAINT fk_tip_identity_reveal_tip FOREIGN KEY (reference) REFERENCES tip_report (reference)
);
CREATE INDEX ix_tip_identity_reveal_tip ON tip_identity_reveal (reference);

-- Questions the handling officer asks the reporter, and the reporter's answers (anonymous reporters answer with
-- their tracking code and secret).
CREATE TABLE tip_question (
  id          VARCHAR(36)   NOT NULL PRIMARY KEY,
  reference   VARCHAR(48)   NOT NULL,
  asked_by    VARCHAR(64)   NOT NULL,
  asked_at    DATETIME(6)   NOT NULL,
  question    VARCHAR(2000) NOT NULL,
  answer      VARCHAR(4000),
  answered_at DATETIME(6),
  CONSTRAINT fk_tip_question_tip FOREIGN KEY (reference) REFERENCES tip_report (reference)
);
CREATE INDEX ix_tip_question_tip ON tip_question (reference);

-- Results told to a reachable reporter. The recipient is looked up in the vault when sending; never stored here.
CREATE TABLE tip_notification (
  id         VARCHAR(36)   NOT NULL PRIMARY KEY,
  reference  VARCHAR(48)   NOT NULL,
  created_at DATETIME(6)   NOT NULL,
  message    VARCHAR(1000) NOT NULL,
  CONSTRAINT fk_tip_notification_tip FOREIGN KEY (reference) REFERENCES tip_report (reference)
);

-- Tip numbers, per unit and year: TB-HOAMINH-2026-0089.
CREATE TABLE tip_reference_counter (
  unit_code   VARCHAR(32) NOT NULL,
  year_number INT         NOT NULL,
  last_number INT         NOT NULL,
  PRIMARY KEY (unit_code, year_number)
);

-- Failed public look-ups, keyed by an HMAC of the client address or of the tracking code, for throttling.
CREATE TABLE tip_follow_up_failure (
  client_key VARCHAR(64) NOT NULL,
  failed_at  DATETIME(6) NOT NULL
);
CREATE INDEX ix_tip_follow_up_failure ON tip_follow_up_failure (client_key, failed_at);

-- Audit events may carry a detail, such as the reason given to reveal a reporter's identity.
ALTER TABLE audit_event ADD COLUMN detail VARCHAR(1000);
