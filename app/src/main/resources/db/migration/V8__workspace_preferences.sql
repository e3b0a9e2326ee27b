-- The officer workspace: each person's chosen language (vi when absent).
CREATE TABLE ws_user_preference (
  username   VARCHAR(64) NOT NULL PRIMARY KEY,
  locale     VARCHAR(8)  NOT NULL,
  changed_at DATETIME(6) NOT NULL
);
