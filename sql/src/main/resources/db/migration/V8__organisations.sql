-- Organisations (issue 10): every user speaks for exactly one organisation — a manufacturer (製造販売業者), a
-- distributor (卸売販売業者), a facility (医療機関, one per facility record) or the operator running SiteGate —
-- and sees and changes only what is theirs. Products belong to their manufacturer; a manufacturer authorises
-- distributors for its products by distribution agreements (特約店契約); shipments, stored decisions and
-- idempotency keys belong to the distributor that made them; every audit event names the actor's organisation.

CREATE TABLE organisation (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  kind             VARCHAR(20)  NOT NULL,
  name_ja          VARCHAR(200) NOT NULL,
  name_en          VARCHAR(200) NOT NULL,
  status           VARCHAR(10)  NOT NULL DEFAULT 'ACTIVE',
  corporate_number CHAR(13)     NULL,
  facility_id      BIGINT       NULL,
  created_at       DATETIME(6)  NOT NULL,
  version          BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_organisation_facility (facility_id),
  UNIQUE KEY uk_organisation_corporate_number (corporate_number),
  KEY ix_organisation_kind (kind, name_ja),
  CONSTRAINT ck_organisation_kind CHECK (kind IN ('MANUFACTURER', 'DISTRIBUTOR', 'FACILITY', 'OPERATOR')),
  CONSTRAINT ck_organisation_status CHECK (status IN ('ACTIVE', 'INACTIVE')),
  CONSTRAINT ck_organisation_facility CHECK ((kind = 'FACILITY') = (facility_id IS NOT NULL)),
  CONSTRAINT fk_organisation_facility FOREIGN KEY (facility_id) REFERENCES facility (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The party running SiteGate, and the manufacturers of the reference products (V2). Corporate numbers are left
-- empty: SiteGate does not invent real companies' 法人番号; an operator enters them from the NTA register.
INSERT INTO organisation (kind, name_ja, name_en, created_at) VALUES
 ('OPERATOR', 'SiteGate 運営事務局', 'SiteGate Operations', CURRENT_TIMESTAMP(6)),
 ('MANUFACTURER', '中外製薬株式会社', 'Chugai Pharmaceutical Co., Ltd.', CURRENT_TIMESTAMP(6)),
 ('MANUFACTURER', 'ブリストル・マイヤーズ スクイブ株式会社', 'Bristol-Myers Squibb K.K.', CURRENT_TIMESTAMP(6)),
 ('MANUFACTURER', 'アムジェン株式会社', 'Amgen K.K.', CURRENT_TIMESTAMP(6));

-- One organisation per facility record (new facilities get theirs when they are created).
INSERT INTO organisation (kind, name_ja, name_en, facility_id, created_at)
SELECT 'FACILITY', f.name, f.name, f.id, CURRENT_TIMESTAMP(6) FROM facility f;

-- Products belong to their manufacturer (製造販売業者).
ALTER TABLE product ADD COLUMN manufacturer_id BIGINT NULL;
ALTER TABLE product ADD CONSTRAINT fk_product_manufacturer FOREIGN KEY (manufacturer_id) REFERENCES organisation (id);
UPDATE product SET manufacturer_id = (SELECT id FROM organisation WHERE name_ja = '中外製薬株式会社') WHERE product_key = 'LUNSUMIO';
UPDATE product SET manufacturer_id = (SELECT id FROM organisation WHERE name_ja = 'ブリストル・マイヤーズ スクイブ株式会社') WHERE product_key = 'ABECMA';
UPDATE product SET manufacturer_id = (SELECT id FROM organisation WHERE name_ja = 'アムジェン株式会社') WHERE product_key = 'IMDELLTRA';

-- Users belong to exactly one organisation. Existing accounts are migrated by their roles, first match wins:
-- SYSTEM_ADMIN → the operator; FACILITY_ADMIN → their facility's organisation; MR / SAFETY_MANAGER → the
-- manufacturer named by their former free-text organisation (created when missing); DISTRIBUTOR → likewise a
-- distributor. Roles of another kind are removed, and such accounts are disabled until an administrator checks
-- them (a role is allowed only for its organisation's kind).
ALTER TABLE app_user ADD COLUMN organisation_id BIGINT NULL;

UPDATE app_user SET organisation_id = (SELECT id FROM organisation WHERE kind = 'OPERATOR')
 WHERE roles LIKE '%SYSTEM_ADMIN%';
UPDATE app_user SET organisation_id = (SELECT o.id FROM organisation o WHERE o.facility_id = app_user.facility_id)
 WHERE organisation_id IS NULL AND roles LIKE '%FACILITY_ADMIN%' AND facility_id IS NOT NULL;

INSERT INTO organisation (kind, name_ja, name_en, created_at)
SELECT DISTINCT 'MANUFACTURER', COALESCE(u.organisation, '（移行）所属未設定の製造販売業者'),
       COALESCE(u.organisation, '(migrated) manufacturer not set'), CURRENT_TIMESTAMP(6)
  FROM app_user u
 WHERE u.organisation_id IS NULL AND (u.roles LIKE '%MR%' OR u.roles LIKE '%SAFETY_MANAGER%')
   AND NOT EXISTS (SELECT 1 FROM organisation o WHERE o.kind = 'MANUFACTURER'
                    AND o.name_ja = COALESCE(u.organisation, '（移行）所属未設定の製造販売業者'));
UPDATE app_user SET organisation_id = (SELECT MIN(o.id) FROM organisation o WHERE o.kind = 'MANUFACTURER'
   AND o.name_ja = COALESCE(app_user.organisation, '（移行）所属未設定の製造販売業者'))
 WHERE organisation_id IS NULL AND (roles LIKE '%MR%' OR roles LIKE '%SAFETY_MANAGER%');

INSERT INTO organisation (kind, name_ja, name_en, created_at)
SELECT DISTINCT 'DISTRIBUTOR', COALESCE(u.organisation, '（移行）所属未設定の卸売販売業者'),
       COALESCE(u.organisation, '(migrated) distributor not set'), CURRENT_TIMESTAMP(6)
  FROM app_user u
 WHERE u.organisation_id IS NULL AND u.roles LIKE '%DISTRIBUTOR%'
   AND NOT EXISTS (SELECT 1 FROM organisation o WHERE o.kind = 'DISTRIBUTOR'
                    AND o.name_ja = COALESCE(u.organisation, '（移行）所属未設定の卸売販売業者'));
UPDATE app_user SET organisation_id = (SELECT MIN(o.id) FROM organisation o WHERE o.kind = 'DISTRIBUTOR'
   AND o.name_ja = COALESCE(app_user.organisation, '（移行）所属未設定の卸売販売業者'))
 WHERE organisation_id IS NULL AND roles LIKE '%DISTRIBUTOR%';

-- anything left (a FACILITY_ADMIN without a facility): the operator, disabled
UPDATE app_user SET organisation_id = (SELECT id FROM organisation WHERE kind = 'OPERATOR'), enabled = 0
 WHERE organisation_id IS NULL;

UPDATE app_user SET enabled = 0, roles = 'SYSTEM_ADMIN'
 WHERE organisation_id = (SELECT id FROM organisation WHERE kind = 'OPERATOR') AND roles <> 'SYSTEM_ADMIN';
UPDATE app_user SET enabled = 0, roles = 'FACILITY_ADMIN'
 WHERE organisation_id IN (SELECT id FROM organisation WHERE kind = 'FACILITY') AND roles <> 'FACILITY_ADMIN';
UPDATE app_user SET enabled = 0, roles = 'DISTRIBUTOR'
 WHERE organisation_id IN (SELECT id FROM organisation WHERE kind = 'DISTRIBUTOR') AND roles <> 'DISTRIBUTOR';
UPDATE app_user SET enabled = 0,
       roles = CASE WHEN roles LIKE '%MR%' AND roles LIKE '%SAFETY_MANAGER%' THEN 'MR,SAFETY_MANAGER'
                    WHEN roles LIKE '%MR%' THEN 'MR' ELSE 'SAFETY_MANAGER' END
 WHERE organisation_id IN (SELECT id FROM organisation WHERE kind = 'MANUFACTURER')
   AND roles NOT IN ('MR', 'SAFETY_MANAGER', 'MR,SAFETY_MANAGER');

ALTER TABLE app_user MODIFY COLUMN organisation_id BIGINT NOT NULL;
ALTER TABLE app_user ADD CONSTRAINT fk_user_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id);
CREATE INDEX ix_user_organisation ON app_user (organisation_id);

-- MR assignments are made by the MR's manufacturer (its safety manager, or the operator) and audited.
ALTER TABLE mr_assignment ADD COLUMN assigned_at DATETIME(6) NULL;
ALTER TABLE mr_assignment ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
CREATE INDEX ix_assignment_facility ON mr_assignment (facility_id);

-- 特約店契約: a manufacturer authorises a distributor for all its products or some of them, for a period.
CREATE TABLE distribution_agreement (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  manufacturer_id  BIGINT       NOT NULL,
  distributor_id   BIGINT       NOT NULL,
  all_products     TINYINT(1)   NOT NULL,
  valid_from       DATE         NOT NULL,
  valid_to         DATE         NULL,
  created_at       DATETIME(6)  NOT NULL,
  version          BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_agreement_distributor (distributor_id, manufacturer_id),
  KEY ix_agreement_manufacturer (manufacturer_id),
  CONSTRAINT ck_agreement_period CHECK (valid_to IS NULL OR valid_to >= valid_from),
  CONSTRAINT fk_agreement_manufacturer FOREIGN KEY (manufacturer_id) REFERENCES organisation (id),
  CONSTRAINT fk_agreement_distributor FOREIGN KEY (distributor_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE distribution_agreement_product (
  agreement_id     BIGINT       NOT NULL,
  product_id       BIGINT       NOT NULL,
  PRIMARY KEY (agreement_id, product_id),
  CONSTRAINT fk_agreement_product_agreement FOREIGN KEY (agreement_id) REFERENCES distribution_agreement (id),
  CONSTRAINT fk_agreement_product_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Shipments belong to the distributor organisation that recorded them; idempotency keys are unique per
-- distributor, so two distributors may use the same key.
ALTER TABLE shipment ADD COLUMN distributor_id BIGINT NULL;
UPDATE shipment SET distributor_id = (SELECT MIN(o.id) FROM organisation o WHERE o.kind = 'DISTRIBUTOR'
   AND o.name_ja = shipment.distributor);
ALTER TABLE shipment ADD CONSTRAINT fk_shipment_distributor FOREIGN KEY (distributor_id) REFERENCES organisation (id);
ALTER TABLE shipment DROP INDEX uk_shipment_idempotency;
CREATE UNIQUE INDEX uk_shipment_idempotency ON shipment (distributor_id, idempotency_key);
CREATE INDEX ix_shipment_distributor ON shipment (distributor_id, shipped_at);

-- A stored decision belongs to the organisation that asked for it (the distributor of a shipment).
ALTER TABLE eligibility_decision ADD COLUMN organisation_id BIGINT NULL;
UPDATE eligibility_decision SET organisation_id = (SELECT MIN(s.distributor_id) FROM shipment s
   WHERE s.decision_id = eligibility_decision.id);
ALTER TABLE eligibility_decision ADD CONSTRAINT fk_decision_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id);

-- The MR on a briefing is the signed-in MR (mr_name keeps the name as shown when recorded).
ALTER TABLE briefing ADD COLUMN mr_user_id BIGINT NULL;
ALTER TABLE briefing ADD CONSTRAINT fk_briefing_mr FOREIGN KEY (mr_user_id) REFERENCES app_user (id);

-- Every audit event records the actor's organisation (NULL for events before V8 and for the system).
ALTER TABLE audit_event ADD COLUMN organisation_id BIGINT NULL;
