-- A second officer at Hòa Minh's one-stop desk, so a dossier received by one can be checked by a colleague.
INSERT INTO org_officer (username, service_number, full_name, rank_code, position_code, unit_code, home_commune_code) VALUES
  ('mai.ltn', '281-944', 'Lê Thị Ngọc Mai', 'THUONG_UY', 'OFFICER', 'HOAMINH', 'HOAAN');

INSERT INTO org_officer_skill (username, skill) VALUES
  ('mai.ltn', 'ONE_STOP_DESK'),
  ('mai.ltn', 'RESIDENCE_REGISTRATION'),
  ('mai.ltn', 'ID_CARD');
