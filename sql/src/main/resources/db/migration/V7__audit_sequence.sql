-- Issue 6: the audit trail at national scale (1,000,000 events). The chain head also counts the events appended
-- (event_count), and every event carries its dense position in the chain (seq = 1, 2, 3, … with no gaps, even
-- where rolled-back transactions left gaps in id), so the whole trail is counted and paged through by position
-- in constant time instead of COUNT(*) and OFFSET scans over every row. Both are written by AuditListener under the
-- chain head's row lock, in the same transaction as the event.
ALTER TABLE audit_chain ADD COLUMN event_count BIGINT NOT NULL DEFAULT 0;
ALTER TABLE audit_event ADD COLUMN seq BIGINT NULL;

-- number the events already stored, in chain (id) order
CREATE TABLE audit_seq_backfill (
  seq            BIGINT       NOT NULL AUTO_INCREMENT,
  event_id       BIGINT       NOT NULL,
  PRIMARY KEY (seq),
  KEY ix_backfill_event (event_id)
) ENGINE=InnoDB;
INSERT INTO audit_seq_backfill (event_id) SELECT id FROM audit_event ORDER BY id;
UPDATE audit_event SET seq = (SELECT b.seq FROM audit_seq_backfill b WHERE b.event_id = audit_event.id);
DROP TABLE audit_seq_backfill;
UPDATE audit_chain SET event_count = (SELECT COUNT(*) FROM audit_event) WHERE id = 1;

CREATE UNIQUE INDEX ux_audit_seq ON audit_event (seq);
