-- Times are DATETIME(6) in UTC: MariaDB's TIMESTAMP stops in 2038 and keeps no fraction by default.
-- Resident requests (hồ sơ thủ tục hành chính): the procedure catalogue, the dossiers, their status history and
-- documents. The receipt code is the business key, shared with the Camunda process instance.

CREATE TABLE req_procedure (
  code                VARCHAR(32)  NOT NULL PRIMARY KEY,
  name                VARCHAR(300) NOT NULL,
  time_unit           VARCHAR(16)  NOT NULL,
  time_amount         INT          NOT NULL,
  deciding_role       VARCHAR(40),
  fee_vnd             INT          NOT NULL,
  result_by_post      BOOLEAN      NOT NULL,
  active              BOOLEAN      NOT NULL
);

CREATE TABLE req_procedure_document (
  procedure_code VARCHAR(32)  NOT NULL,
  document_code  VARCHAR(32)  NOT NULL,
  name           VARCHAR(300) NOT NULL,
  required       BOOLEAN      NOT NULL,
  PRIMARY KEY (procedure_code, document_code),
  CONSTRAINT fk_req_procedure_document FOREIGN KEY (procedure_code) REFERENCES req_procedure (code)
);

CREATE TABLE req_request (
  receipt_code        VARCHAR(48)  NOT NULL PRIMARY KEY,
  procedure_code      VARCHAR(32)  NOT NULL,
  unit_code           VARCHAR(32)  NOT NULL,
  channel             VARCHAR(16)  NOT NULL,
  service_window      VARCHAR(16),
  status              VARCHAR(24)  NOT NULL,
  applicant_name      VARCHAR(120) NOT NULL,
  applicant_id        VARCHAR(12)  NOT NULL,
  applicant_phone     VARCHAR(20)  NOT NULL,
  applicant_address   VARCHAR(300) NOT NULL,
  representative_name VARCHAR(120),
  representative_id   VARCHAR(12),
  received_at         DATETIME(6)    NOT NULL,
  appointment_at      DATETIME(6)    NOT NULL,
  received_by         VARCHAR(64)  NOT NULL,
  process_instance_id VARCHAR(64),
  -- The statutory clock: its length in working minutes, when it last (re)started, what was used before a pause.
  statutory_minutes   INT          NOT NULL,
  clock_started_at    DATETIME(6),
  minutes_used        INT          NOT NULL,
  missing_documents   VARCHAR(2000),
  apology_issued_at   DATETIME(6),
  apology_old_date    DATETIME(6),
  refusal_reason      VARCHAR(2000),
  hand_over_method    VARCHAR(8),
  tracking_number     VARCHAR(40),
  closed_at           DATETIME(6),
  timeliness          VARCHAR(8),
  rating              INT,
  rating_comment      VARCHAR(1000),
  rated_at            DATETIME(6),
  CONSTRAINT fk_req_request_procedure FOREIGN KEY (procedure_code) REFERENCES req_procedure (code),
  CONSTRAINT fk_req_request_unit FOREIGN KEY (unit_code) REFERENCES org_unit (code)
);
CREATE INDEX ix_req_request_unit_status ON req_request (unit_code, status);
CREATE INDEX ix_req_request_applicant ON req_request (applicant_id);

CREATE TABLE req_status_change (
  id           VARCHAR(36)  NOT NULL PRIMARY KEY,
  receipt_code VARCHAR(48)  NOT NULL,
  seq          INT          NOT NULL,
  status       VARCHAR(24)  NOT NULL,
  changed_at   DATETIME(6)    NOT NULL,
  changed_by   VARCHAR(64)  NOT NULL,
  note         VARCHAR(1000),
  CONSTRAINT fk_req_status_change_request FOREIGN KEY (receipt_code) REFERENCES req_request (receipt_code)
);
CREATE UNIQUE INDEX ux_req_status_change_seq ON req_status_change (receipt_code, seq);

-- Documents handed in, each with the SHA-256 of its content. Content up to 10 MB.
CREATE TABLE req_document (
  id            VARCHAR(36)  NOT NULL PRIMARY KEY,
  receipt_code  VARCHAR(48)  NOT NULL,
  document_code VARCHAR(32)  NOT NULL,
  file_name     VARCHAR(255),
  content_type  VARCHAR(100),
  size_bytes    BIGINT       NOT NULL,
  sha256        VARCHAR(64),
  content       LONGBLOB,
  received_at   DATETIME(6)    NOT NULL,
  CONSTRAINT fk_req_document_request FOREIGN KEY (receipt_code) REFERENCES req_request (receipt_code)
);
CREATE INDEX ix_req_document_request ON req_document (receipt_code);

-- Who was told what: deadline warnings to officers and leaders, result-ready notices to residents.
CREATE TABLE req_notification (
  id           VARCHAR(36)   NOT NULL PRIMARY KEY,
  receipt_code VARCHAR(48)   NOT NULL,
  recipient    VARCHAR(64)   NOT NULL,
  kind         VARCHAR(24)   NOT NULL,
  message      VARCHAR(1000) NOT NULL,
  created_at   DATETIME(6)     NOT NULL,
  CONSTRAINT fk_req_notification_request FOREIGN KEY (receipt_code) REFERENCES req_request (receipt_code)
);
CREATE INDEX ix_req_notification_recipient ON req_notification (recipient, created_at);

-- One counter per unit and day, for readable receipt codes such as HOAMINH-260313-0007.
CREATE TABLE req_receipt_counter (
  unit_code    VARCHAR(32) NOT NULL,
  receipt_day  DATE        NOT NULL,
  last_number  INT         NOT NULL,
  PRIMARY KEY (unit_code, receipt_day)
);

-- The catalogue. Times in working days follow the Residence Law 2020 and the Identity Law 2023; fees follow
-- Circulars 75/2022 and 59/2019 as amended. Lines marked (verify) need checking against current texts.
INSERT INTO req_procedure (code, name, time_unit, time_amount, deciding_role, fee_vnd, result_by_post, active) VALUES
  ('THUONG_TRU', 'Đăng ký thường trú', 'WORKING_DAYS', 7, NULL, 20000, TRUE, TRUE),
  ('TAM_TRU', 'Đăng ký tạm trú', 'WORKING_DAYS', 3, NULL, 15000, TRUE, TRUE),
  ('GIA_HAN_TAM_TRU', 'Gia hạn tạm trú', 'WORKING_DAYS', 3, NULL, 15000, TRUE, TRUE),
  ('XOA_THUONG_TRU', 'Xóa đăng ký thường trú', 'WORKING_DAYS', 3, NULL, 0, TRUE, TRUE),
  ('XAC_NHAN_CU_TRU', 'Xác nhận thông tin về cư trú', 'WORKING_DAYS', 3, NULL, 0, TRUE, TRUE),
  ('LUU_TRU', 'Thông báo lưu trú', 'IMMEDIATE', 0, NULL, 0, FALSE, TRUE),
  ('CAN_CUOC', 'Cấp, cấp đổi, cấp lại thẻ căn cước', 'WORKING_DAYS', 7, 'IDENTITY_CARD_AUTHORITY', 30000, TRUE, TRUE),
  ('DINH_DANH_MUC_2', 'Cấp tài khoản định danh điện tử mức độ 2', 'WORKING_DAYS', 6, 'IDENTITY_CARD_AUTHORITY', 0, FALSE, TRUE);

INSERT INTO req_procedure_document (procedure_code, document_code, name, required) VALUES
  ('THUONG_TRU', 'CT01', 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)', TRUE),
  ('THUONG_TRU', 'CHO_O_HOP_PHAP', 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', TRUE),
  ('THUONG_TRU', 'QUAN_HE_NHAN_THAN', 'Giấy tờ chứng minh quan hệ nhân thân (khi nhập hộ)', FALSE),
  ('TAM_TRU', 'CT01', 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)', TRUE),
  ('TAM_TRU', 'CHO_O_HOP_PHAP', 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', TRUE),
  ('GIA_HAN_TAM_TRU', 'CT01', 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)', TRUE),
  ('XOA_THUONG_TRU', 'CT01', 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)', TRUE),
  ('XOA_THUONG_TRU', 'CAN_CU_XOA', 'Giấy tờ chứng minh thuộc trường hợp xóa đăng ký thường trú', TRUE),
  ('XAC_NHAN_CU_TRU', 'CT07_DE_NGHI', 'Tờ khai đề nghị xác nhận thông tin về cư trú', TRUE),
  ('LUU_TRU', 'THONG_TIN_LUU_TRU', 'Thông tin người lưu trú, thời gian lưu trú', TRUE),
  ('CAN_CUOC', 'CC01', 'Tờ khai căn cước (mẫu CC01, khi thông tin thay đổi)', FALSE),
  ('CAN_CUOC', 'THE_CU', 'Thẻ căn cước, căn cước công dân cũ (khi cấp đổi)', FALSE),
  ('DINH_DANH_MUC_2', 'TK01', 'Phiếu đề nghị cấp tài khoản định danh điện tử (mẫu TK01)', TRUE);
