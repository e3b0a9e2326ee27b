-- The org directory: units (a tree of any depth), officers, commune leadership and sign-in accounts.
-- Portable SQL: runs on H2 (embedded default) and MariaDB (utf8mb4 comes from the database default).

CREATE TABLE org_unit (
  code        VARCHAR(32)  NOT NULL PRIMARY KEY,
  name        VARCHAR(200) NOT NULL,
  unit_level  VARCHAR(16)  NOT NULL,
  parent_code VARCHAR(32),
  CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_code) REFERENCES org_unit (code)
);
CREATE INDEX ix_org_unit_parent ON org_unit (parent_code);

-- What a unit does, independent of its level: PERSONNEL, INVESTIGATION, IDENTITY_CARD, ...
CREATE TABLE org_unit_function (
  unit_code     VARCHAR(32) NOT NULL,
  function_code VARCHAR(32) NOT NULL,
  PRIMARY KEY (unit_code, function_code),
  CONSTRAINT fk_org_unit_function_unit FOREIGN KEY (unit_code) REFERENCES org_unit (code)
);

CREATE TABLE org_officer (
  username          VARCHAR(64)  NOT NULL PRIMARY KEY,
  service_number    VARCHAR(16)  NOT NULL,
  full_name         VARCHAR(120) NOT NULL,
  rank_code         VARCHAR(16)  NOT NULL,
  position_code     VARCHAR(24)  NOT NULL,
  unit_code         VARCHAR(32)  NOT NULL,
  home_commune_code VARCHAR(32),
  CONSTRAINT uq_org_officer_service_number UNIQUE (service_number),
  CONSTRAINT fk_org_officer_unit FOREIGN KEY (unit_code) REFERENCES org_unit (code),
  CONSTRAINT fk_org_officer_home FOREIGN KEY (home_commune_code) REFERENCES org_unit (code)
);
CREATE INDEX ix_org_officer_unit ON org_officer (unit_code);

CREATE TABLE org_officer_skill (
  username VARCHAR(64) NOT NULL,
  skill    VARCHAR(32) NOT NULL,
  PRIMARY KEY (username, skill),
  CONSTRAINT fk_org_officer_skill_officer FOREIGN KEY (username) REFERENCES org_officer (username)
);

-- Residential groups (tổ dân phố) and villages (thôn, bon, buôn) an area officer answers for.
CREATE TABLE org_officer_area (
  username  VARCHAR(64)  NOT NULL,
  area_name VARCHAR(120) NOT NULL,
  PRIMARY KEY (username, area_name),
  CONSTRAINT fk_org_officer_area_officer FOREIGN KEY (username) REFERENCES org_officer (username)
);

-- Party secretary and People's Committee chairman: they take part in processes without being officers.
CREATE TABLE org_commune_leader (
  username    VARCHAR(64)  NOT NULL PRIMARY KEY,
  full_name   VARCHAR(120) NOT NULL,
  leader_role VARCHAR(32)  NOT NULL,
  unit_code   VARCHAR(32)  NOT NULL,
  title       VARCHAR(200) NOT NULL,
  CONSTRAINT uq_org_commune_leader_role UNIQUE (unit_code, leader_role),
  CONSTRAINT fk_org_commune_leader_unit FOREIGN KEY (unit_code) REFERENCES org_unit (code)
);

-- Local sign-in until Keycloak takes over. Hashes are BCrypt; a person without a row cannot sign in.
CREATE TABLE account (
  username      VARCHAR(64)  NOT NULL PRIMARY KEY,
  password_hash VARCHAR(100) NOT NULL,
  administrator BOOLEAN      NOT NULL,
  enabled       BOOLEAN      NOT NULL
);
