-- Audit trail (issue 4): append-only, hash-chained. Each event carries the hash of the previous one, so editing or
-- deleting a past event breaks the chain at that point. audit_chain holds the head and serialises appends.
-- Time is kept as microseconds since the epoch (UTC) so the hashed value reads back identically on every database.
CREATE TABLE audit_event (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  occurred_us    BIGINT       NOT NULL,
  username       VARCHAR(100) NOT NULL,
  action         VARCHAR(20)  NOT NULL,
  entity         VARCHAR(60)  NOT NULL,
  entity_id      VARCHAR(60)  NOT NULL,
  facility_code  CHAR(10)     NULL,
  before_json    LONGTEXT     NULL,
  after_json     LONGTEXT     NULL,
  prev_hash      CHAR(64)     NOT NULL,
  hash           CHAR(64)     NOT NULL,
  PRIMARY KEY (id),
  KEY ix_audit_time (occurred_us),
  KEY ix_audit_facility (facility_code),
  KEY ix_audit_user (username),
  KEY ix_audit_entity (entity, entity_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE audit_chain (
  id             INT          NOT NULL,
  last_hash      CHAR(64)     NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO audit_chain (id, last_hash) VALUES (1, '0000000000000000000000000000000000000000000000000000000000000000');
