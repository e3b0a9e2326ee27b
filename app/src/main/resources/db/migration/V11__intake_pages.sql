-- Intake pages: each desk form carries a one-time token; the first submission that stores a case records it here in
-- the same transaction, so a double click or a resent form finds the case already received instead of opening a
-- second one. Rows older than two days are removed as new ones arrive. No personal data: token, form, officer, code.
CREATE TABLE ws_form_submission (
  token        VARCHAR(64) NOT NULL PRIMARY KEY,
  form         VARCHAR(16) NOT NULL,
  username     VARCHAR(64) NOT NULL,
  case_code    VARCHAR(48),
  submitted_at DATETIME(6) NOT NULL
);
CREATE INDEX ix_ws_form_submission_at ON ws_form_submission (submitted_at);

-- The lists of dossiers and tips: a unit's cases, newest first.
CREATE INDEX ix_req_request_unit_received ON req_request (unit_code, received_at);
CREATE INDEX ix_tip_report_unit_received ON tip_report (unit_code, received_at);
