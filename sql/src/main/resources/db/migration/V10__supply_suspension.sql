-- Issue 11 (REQUIREMENTS.md §8): the manufacturer can suspend supply to a facility (出荷停止) at any time, whatever
-- the first-delivery release (LUN-DST-2) says, and lift the suspension; both are recorded with reason and author.
-- A suspension names the facility, the manufacturer, and one product or (product_id NULL) all its products; it is
-- in force from suspended_at until lifted_at or the end of until_date (Japan), whichever comes first.
CREATE TABLE supply_suspension (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  facility_id      BIGINT       NOT NULL,
  manufacturer_id  BIGINT       NOT NULL,
  product_id       BIGINT       NULL,
  reason           VARCHAR(500) NOT NULL,
  suspended_at     DATETIME(6)  NOT NULL,
  suspended_by     VARCHAR(100) NOT NULL,
  until_date       DATE         NULL,
  lifted_at        DATETIME(6)  NULL,
  lifted_by        VARCHAR(100) NULL,
  version          BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_suspension_facility (facility_id),
  CONSTRAINT fk_suspension_facility FOREIGN KEY (facility_id) REFERENCES facility (id),
  CONSTRAINT fk_suspension_manufacturer FOREIGN KEY (manufacturer_id) REFERENCES organisation (id),
  CONSTRAINT fk_suspension_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Issue 11 ("dates that cannot be true"): each product's approval date (承認日); a briefing or safety communication
-- dated before it is refused. Lunsumio and Imdelltra: 2024-12-27; Abecma: 2022-01-20.
ALTER TABLE product ADD COLUMN approved_on DATE NULL;
UPDATE product SET approved_on = DATE '2024-12-27' WHERE product_key IN ('LUNSUMIO', 'IMDELLTRA');
UPDATE product SET approved_on = DATE '2022-01-20' WHERE product_key = 'ABECMA';

-- Issue 11: a briefing recorded more than 14 days after it took place is accepted but marked as a late entry (in the
-- decision's evidence and, through this column, in the audit trail).
ALTER TABLE briefing ADD COLUMN late_entry TINYINT(1) NOT NULL DEFAULT 0;
