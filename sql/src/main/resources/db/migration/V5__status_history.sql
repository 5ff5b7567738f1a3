-- Status per (facility, product) and its history (issue 5): from, to, when, the findings that changed, and the
-- cause (which change or which date).
CREATE TABLE facility_status (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  facility_id    BIGINT       NOT NULL,
  product_id     BIGINT       NOT NULL,
  status         VARCHAR(20)  NOT NULL,
  failing        VARCHAR(1000) NOT NULL,
  since          DATETIME(6)  NOT NULL,
  evaluated_at   DATETIME(6)  NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_facility_status (facility_id, product_id),
  CONSTRAINT fk_status_facility FOREIGN KEY (facility_id) REFERENCES facility (id),
  CONSTRAINT fk_status_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE status_change (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  facility_id    BIGINT       NOT NULL,
  product_id     BIGINT       NOT NULL,
  from_status    VARCHAR(20)  NULL,
  to_status      VARCHAR(20)  NOT NULL,
  changed_at     DATETIME(6)  NOT NULL,
  cause          VARCHAR(500) NOT NULL,
  findings_changed VARCHAR(1000) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_status_change (facility_id, product_id, changed_at),
  CONSTRAINT fk_change_facility FOREIGN KEY (facility_id) REFERENCES facility (id),
  CONSTRAINT fk_change_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
