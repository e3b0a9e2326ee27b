-- The working-day calendar: national days off and announced make-up working days, per-unit office sessions
-- (a unit without rows inherits from its parent, then from vidan.calendar.sessions), and service windows.

CREATE TABLE cal_day (
  cal_date DATE         NOT NULL PRIMARY KEY,
  day_kind VARCHAR(16)  NOT NULL,
  name     VARCHAR(200) NOT NULL
);

CREATE TABLE cal_office_session (
  unit_code     VARCHAR(32) NOT NULL,
  day_of_week   VARCHAR(9)  NOT NULL,
  session_start TIME        NOT NULL,
  session_end   TIME        NOT NULL,
  PRIMARY KEY (unit_code, day_of_week, session_start),
  CONSTRAINT fk_cal_office_session_unit FOREIGN KEY (unit_code) REFERENCES org_unit (code)
);

-- After-hours shifts and weekend service days: they tag intake and count in reports; working time only if flagged.
CREATE TABLE cal_service_window (
  unit_code     VARCHAR(32) NOT NULL,
  window_kind   VARCHAR(16) NOT NULL,
  day_of_week   VARCHAR(9)  NOT NULL,
  window_start  TIME        NOT NULL,
  window_end    TIME        NOT NULL,
  working_time  BOOLEAN     NOT NULL,
  PRIMARY KEY (unit_code, day_of_week, window_start),
  CONSTRAINT fk_cal_service_window_unit FOREIGN KEY (unit_code) REFERENCES org_unit (code)
);

-- Public holidays for public offices, 2025-2027. HOLIDAY = office closed on a weekday;
-- WORKING_DAY = a weekend day worked to make up for a swapped day. Later years are announced each year: add them
-- through PUT /api/calendar/days/{date}. 2027 dates follow the usual pattern and must be checked against the
-- government's announcement.
INSERT INTO cal_day (cal_date, day_kind, name) VALUES
  (DATE '2025-01-01', 'HOLIDAY', 'Tết Dương lịch'),
  (DATE '2025-01-27', 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ'),
  (DATE '2025-01-28', 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ'),
  (DATE '2025-01-29', 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ'),
  (DATE '2025-01-30', 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ'),
  (DATE '2025-01-31', 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ'),
  (DATE '2025-04-07', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
  (DATE '2025-04-26', 'WORKING_DAY', 'Làm bù cho ngày nghỉ 02/5/2025'),
  (DATE '2025-04-30', 'HOLIDAY', 'Ngày Giải phóng miền Nam, thống nhất đất nước'),
  (DATE '2025-05-01', 'HOLIDAY', 'Ngày Quốc tế Lao động'),
  (DATE '2025-05-02', 'HOLIDAY', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)'),
  (DATE '2025-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề)'),
  (DATE '2025-09-02', 'HOLIDAY', 'Quốc khánh'),
  (DATE '2026-01-01', 'HOLIDAY', 'Tết Dương lịch'),
  (DATE '2026-02-16', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ'),
  (DATE '2026-02-17', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ'),
  (DATE '2026-02-18', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ'),
  (DATE '2026-02-19', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ'),
  (DATE '2026-02-20', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ'),
  (DATE '2026-04-27', 'HOLIDAY', 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch rơi vào Chủ nhật 26/4)'),
  (DATE '2026-04-30', 'HOLIDAY', 'Ngày Giải phóng miền Nam, thống nhất đất nước'),
  (DATE '2026-05-01', 'HOLIDAY', 'Ngày Quốc tế Lao động'),
  (DATE '2026-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề)'),
  (DATE '2026-09-02', 'HOLIDAY', 'Quốc khánh'),
  (DATE '2027-01-01', 'HOLIDAY', 'Tết Dương lịch'),
  (DATE '2027-02-05', 'HOLIDAY', 'Tết Nguyên đán Đinh Mùi (29 Tết)'),
  (DATE '2027-02-08', 'HOLIDAY', 'Tết Nguyên đán Đinh Mùi'),
  (DATE '2027-02-09', 'HOLIDAY', 'Tết Nguyên đán Đinh Mùi'),
  (DATE '2027-02-10', 'HOLIDAY', 'Nghỉ bù Tết (mùng 1 rơi vào thứ Bảy)'),
  (DATE '2027-02-11', 'HOLIDAY', 'Nghỉ bù Tết (mùng 2 rơi vào Chủ nhật)'),
  (DATE '2027-04-16', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
  (DATE '2027-04-30', 'HOLIDAY', 'Ngày Giải phóng miền Nam, thống nhất đất nước'),
  (DATE '2027-05-03', 'HOLIDAY', 'Nghỉ bù Quốc tế Lao động (1/5 rơi vào thứ Bảy)'),
  (DATE '2027-09-02', 'HOLIDAY', 'Quốc khánh'),
  (DATE '2027-09-03', 'HOLIDAY', 'Quốc khánh (ngày liền kề)');
