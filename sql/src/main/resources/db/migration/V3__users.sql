-- Users, roles and scoping (issue 4). Passwords are stored only as salted PBKDF2 hashes (Jakarta Security
-- Pbkdf2PasswordHash format). Roles: MR, DISTRIBUTOR, FACILITY_ADMIN, SAFETY_MANAGER, SYSTEM_ADMIN.
CREATE TABLE app_user (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  username       VARCHAR(100) NOT NULL,
  display_name   VARCHAR(200) NOT NULL,
  password_hash  VARCHAR(500) NOT NULL,
  roles          VARCHAR(200) NOT NULL,
  facility_id    BIGINT       NULL,
  organisation   VARCHAR(200) NULL,
  failed_logins  INT          NOT NULL DEFAULT 0,
  locked_until   DATETIME(6)  NULL,
  enabled        TINYINT(1)   NOT NULL DEFAULT 1,
  created_at     DATETIME(6)  NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_user_name (username),
  CONSTRAINT fk_user_facility FOREIGN KEY (facility_id) REFERENCES facility (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Facilities an MR is assigned to (records briefings only there).
CREATE TABLE mr_assignment (
  user_id        BIGINT       NOT NULL,
  facility_id    BIGINT       NOT NULL,
  PRIMARY KEY (user_id, facility_id),
  CONSTRAINT fk_assignment_user FOREIGN KEY (user_id) REFERENCES app_user (id),
  CONSTRAINT fk_assignment_facility FOREIGN KEY (facility_id) REFERENCES facility (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
