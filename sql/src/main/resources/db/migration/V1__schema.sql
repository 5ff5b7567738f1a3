-- SiteGate schema, version 1.
-- Written for MySQL 8 / MariaDB 10.11; also applied to Payara's embedded H2 in MODE=MySQL.
-- Every mutable table carries a `version` column for optimistic locking.

CREATE TABLE product (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  product_key    VARCHAR(40)  NOT NULL,
  name_ja        VARCHAR(200) NOT NULL,
  name_en        VARCHAR(200) NOT NULL,
  generic_name_ja VARCHAR(200) NOT NULL,
  generic_name_en VARCHAR(200) NOT NULL,
  distribution_policy VARCHAR(40) NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_product_key (product_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One row per YJ code (product strength) of a product.
CREATE TABLE product_code (
  yj_code        CHAR(12)     NOT NULL,
  product_id     BIGINT       NOT NULL,
  strength_ja    VARCHAR(100) NOT NULL,
  PRIMARY KEY (yj_code),
  KEY ix_product_code_product (product_id),
  CONSTRAINT fk_product_code_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE requirement_profile (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  product_id     BIGINT       NOT NULL,
  version_no     INT          NOT NULL,
  effective_from DATE         NOT NULL,
  provisional    TINYINT(1)   NOT NULL DEFAULT 0,
  source_ja      VARCHAR(500) NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_profile_version (product_id, version_no),
  CONSTRAINT fk_profile_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One requirement (REQUIREMENTS.md id) of a profile; `criteria` is a JSON array of
-- {"type": RequirementType, ...parameters}; all criteria must be met for the requirement.
CREATE TABLE profile_requirement (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  profile_id     BIGINT       NOT NULL,
  seq            INT          NOT NULL,
  requirement_id VARCHAR(40)  NOT NULL,
  clause_ja      VARCHAR(500) NOT NULL,
  title_ja       VARCHAR(500) NOT NULL,
  title_en       VARCHAR(500) NOT NULL,
  criteria       TEXT         NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_profile_requirement (profile_id, requirement_id),
  CONSTRAINT fk_requirement_profile FOREIGN KEY (profile_id) REFERENCES requirement_profile (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Tocilizumab strengths: which YJ codes count towards on-hand stock (IV only, REQUIREMENTS.md §5).
CREATE TABLE tocilizumab_strength (
  yj_code        CHAR(12)     NOT NULL,
  name_ja        VARCHAR(200) NOT NULL,
  mg_per_unit    INT          NOT NULL,
  route          VARCHAR(10)  NOT NULL,
  PRIMARY KEY (yj_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE facility (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  code           CHAR(10)     NOT NULL,
  name           VARCHAR(300) NOT NULL,
  postal_code    VARCHAR(10)  NULL,
  address        VARCHAR(500) NULL,
  prefecture_code CHAR(2)     NOT NULL,
  beds_text      VARCHAR(300) NULL,
  beds_total     INT          NULL,
  icu_equivalent_declared TINYINT(1) NULL,
  icu_equivalent_confirmed_by VARCHAR(100) NULL,
  transplant_category VARCHAR(20) NULL,
  contact_24h    TINYINT(1)   NULL,
  care_24h       TINYINT(1)   NULL,
  same_day_lab_results TINYINT(1) NULL,
  apheresis_team TINYINT(1)   NULL,
  apheresis_monitoring TINYINT(1) NULL,
  registry_pms   TINYINT(1)   NULL,
  information_manager TINYINT(1) NULL,
  team_care      TINYINT(1)   NULL,
  specialist_support TINYINT(1) NULL,
  created_at     DATETIME(6)  NOT NULL,
  updated_at     DATETIME(6)  NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_facility_code (code),
  KEY ix_facility_prefecture (prefecture_code),
  KEY ix_facility_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A301 特定集中治療室管理料 filings (level 1-6), as read from a bureau list.
CREATE TABLE icu_filing (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  facility_id    BIGINT       NOT NULL,
  icu_level      INT          NOT NULL,
  acceptance_symbol VARCHAR(20) NOT NULL,
  acceptance_number VARCHAR(40) NULL,
  start_date     DATE         NOT NULL,
  end_date       DATE         NULL,
  source_list    VARCHAR(300) NOT NULL,
  source_date    DATE         NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_icu_filing_facility (facility_id),
  CONSTRAINT fk_icu_filing_facility FOREIGN KEY (facility_id) REFERENCES facility (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- 連携施設: what a partnership covers, and for how long.
CREATE TABLE facility_partnership (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  facility_id    BIGINT       NOT NULL,
  partner_id     BIGINT       NOT NULL,
  covers_icu_care TINYINT(1)  NOT NULL DEFAULT 0,
  covers_inpatient_care TINYINT(1) NOT NULL DEFAULT 0,
  covers_specialist_support TINYINT(1) NOT NULL DEFAULT 0,
  covers_same_day_lab_results TINYINT(1) NOT NULL DEFAULT 0,
  valid_from     DATE         NOT NULL,
  valid_to       DATE         NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_partnership_facility (facility_id),
  CONSTRAINT fk_partnership_facility FOREIGN KEY (facility_id) REFERENCES facility (id),
  CONSTRAINT fk_partnership_partner FOREIGN KEY (partner_id) REFERENCES facility (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE physician (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  name           VARCHAR(200) NOT NULL,
  licence_registered_on DATE  NULL,
  hematology_training_years INT NULL,
  chemotherapy_experience_years INT NULL,
  transplant_training_years INT NULL,
  allogeneic_transplants INT  NULL,
  attests_mr_meetings TINYINT(1) NOT NULL DEFAULT 0,
  attests_safety_cooperation TINYINT(1) NOT NULL DEFAULT 0,
  version        BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE employment (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  physician_id   BIGINT       NOT NULL,
  facility_id    BIGINT       NOT NULL,
  full_time      TINYINT(1)   NOT NULL,
  treatment_lead TINYINT(1)   NOT NULL DEFAULT 0,
  valid_from     DATE         NOT NULL,
  valid_to       DATE         NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_employment_facility (facility_id),
  KEY ix_employment_physician (physician_id),
  CONSTRAINT fk_employment_physician FOREIGN KEY (physician_id) REFERENCES physician (id),
  CONSTRAINT fk_employment_facility FOREIGN KEY (facility_id) REFERENCES facility (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE product_training (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  physician_id   BIGINT       NOT NULL,
  product_id     BIGINT       NOT NULL,
  completed_on   DATE         NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_training (physician_id, product_id),
  CONSTRAINT fk_training_physician FOREIGN KEY (physician_id) REFERENCES physician (id),
  CONSTRAINT fk_training_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- 事前説明. Materials and requests are comma-separated enum names.
CREATE TABLE briefing (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  facility_id    BIGINT       NOT NULL,
  product_id     BIGINT       NOT NULL,
  mr_name        VARCHAR(200) NOT NULL,
  briefed_on     DATE         NOT NULL,
  mode           VARCHAR(20)  NOT NULL,
  visit_restriction VARCHAR(500) NULL,
  physicians     INT          NOT NULL DEFAULT 0,
  pharmacists    INT          NOT NULL DEFAULT 0,
  nurses         INT          NOT NULL DEFAULT 0,
  others         INT          NOT NULL DEFAULT 0,
  materials      VARCHAR(500) NOT NULL,
  requests       VARCHAR(500) NOT NULL,
  complete       TINYINT(1)   NOT NULL,
  recorded_at    DATETIME(6)  NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_briefing_facility_product (facility_id, product_id),
  CONSTRAINT fk_briefing_facility FOREIGN KEY (facility_id) REFERENCES facility (id),
  CONSTRAINT fk_briefing_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE tocilizumab_lot (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  facility_id    BIGINT       NOT NULL,
  yj_code        CHAR(12)     NOT NULL,
  lot_number     VARCHAR(40)  NOT NULL,
  expiry_date    DATE         NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_lot (facility_id, yj_code, lot_number),
  CONSTRAINT fk_lot_facility FOREIGN KEY (facility_id) REFERENCES facility (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Ledger: vials is positive for RECEIVED, negative for USED, EXPIRED, RETURNED.
CREATE TABLE stock_movement (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  lot_id         BIGINT       NOT NULL,
  movement_type  VARCHAR(20)  NOT NULL,
  vials          INT          NOT NULL,
  occurred_at    DATETIME(6)  NOT NULL,
  note           VARCHAR(500) NULL,
  PRIMARY KEY (id),
  KEY ix_movement_lot (lot_id),
  CONSTRAINT ck_movement_sign CHECK ((movement_type = 'RECEIVED' AND vials > 0) OR (movement_type <> 'RECEIVED' AND vials < 0)),
  CONSTRAINT fk_movement_lot FOREIGN KEY (lot_id) REFERENCES tocilizumab_lot (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Decisions as made; findings are the JSON the distributor saw.
CREATE TABLE eligibility_decision (
  id             CHAR(36)     NOT NULL,
  facility_id    BIGINT       NOT NULL,
  product_id     BIGINT       NOT NULL,
  yj_code        CHAR(12)     NOT NULL,
  evaluated_for  DATETIME(6)  NOT NULL,
  decided_at     DATETIME(6)  NOT NULL,
  outcome        VARCHAR(20)  NOT NULL,
  profile_id     BIGINT       NOT NULL,
  profile_version INT         NOT NULL,
  purpose        VARCHAR(20)  NOT NULL,
  payload        LONGTEXT     NOT NULL,
  PRIMARY KEY (id),
  KEY ix_decision_facility (facility_id, product_id),
  CONSTRAINT fk_decision_facility FOREIGN KEY (facility_id) REFERENCES facility (id),
  CONSTRAINT fk_decision_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE shipment (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  idempotency_key VARCHAR(100) NOT NULL,
  facility_id    BIGINT       NOT NULL,
  product_id     BIGINT       NOT NULL,
  yj_code        CHAR(12)     NOT NULL,
  quantity       INT          NOT NULL,
  order_reference VARCHAR(100) NULL,
  distributor    VARCHAR(200) NULL,
  decision_id    CHAR(36)     NOT NULL,
  shipped_at     DATETIME(6)  NOT NULL,
  released_first_delivery TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_shipment_idempotency (idempotency_key),
  KEY ix_shipment_facility (facility_id),
  CONSTRAINT fk_shipment_facility FOREIGN KEY (facility_id) REFERENCES facility (id),
  CONSTRAINT fk_shipment_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT fk_shipment_decision FOREIGN KEY (decision_id) REFERENCES eligibility_decision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- 初回納入制限の解除 (LUN-DST-2): one row per (facility, product) once released.
CREATE TABLE delivery_release (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  facility_id    BIGINT       NOT NULL,
  product_id     BIGINT       NOT NULL,
  shipment_id    BIGINT       NOT NULL,
  released_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_release (facility_id, product_id),
  CONSTRAINT fk_release_facility FOREIGN KEY (facility_id) REFERENCES facility (id),
  CONSTRAINT fk_release_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT fk_release_shipment FOREIGN KEY (shipment_id) REFERENCES shipment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Imported bureau lists, for idempotency and to know the newest list per prefecture.
CREATE TABLE filing_import (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  prefecture_code CHAR(2)     NOT NULL,
  list_date      DATE         NOT NULL,
  file_name      VARCHAR(300) NOT NULL,
  sha256         CHAR(64)     NOT NULL,
  rows_read      INT          NOT NULL,
  facilities_created INT      NOT NULL,
  facilities_updated INT      NOT NULL,
  filings_added  INT          NOT NULL,
  filings_ended  INT          NOT NULL,
  imported_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_import_prefecture (prefecture_code, list_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
