-- Issue 12: each Abecma delivery is one patient's own cells. The facility records, per patient, the checklist of the
-- optimal-use guideline's section 5 (投与対象となる患者), answered by the treating physician; a shipment of a product
-- whose distribution policy is PER_PATIENT names such a checklist of that facility with every criterion met, no
-- exclusion and ECOG PS 0-1, or is refused (ABE-PAT-1). A safety manager marks another product the same way by
-- choosing the policy PER_PATIENT (every delivery gated, and each names its patient's checklist).
UPDATE product SET distribution_policy = 'PER_PATIENT' WHERE product_key = 'ABECMA';

-- No personal data beyond the registry's pseudonymous id (ASCII letters, digits and hyphens, at least one digit,
-- at most 40 characters — checked by the application, so it cannot hold a name). Answers:
--   criteria (must be 1): relapsed_refractory_mm, no_prior_bcma_car_t, prior_therapies (≥ 2 prior therapies
--   including an immunomodulatory drug, a proteasome inhibitor and an anti-CD38 antibody, with progression on or
--   relapse after the last);
--   exclusions (must be 0): cns_myeloma, plasma_cell_disorder (plasma-cell leukaemia, Waldenström, POEMS, amyloidosis
--   with major organ damage), prior_allogeneic_hsct, other_malignancy (treated in the past 3 years or not in complete
--   remission, the guideline's exceptions aside);
--   ecog_ps 0-4 (2-4: not a candidate).
CREATE TABLE patient_checklist (
  id                     BIGINT       NOT NULL AUTO_INCREMENT,
  facility_id            BIGINT       NOT NULL,
  product_id             BIGINT       NOT NULL,
  registry_id            VARCHAR(40)  NOT NULL,
  physician_id           BIGINT       NOT NULL,
  assessed_on            DATE         NOT NULL,
  relapsed_refractory_mm TINYINT(1)   NOT NULL,
  no_prior_bcma_car_t    TINYINT(1)   NOT NULL,
  prior_therapies        TINYINT(1)   NOT NULL,
  cns_myeloma            TINYINT(1)   NOT NULL,
  plasma_cell_disorder   TINYINT(1)   NOT NULL,
  prior_allogeneic_hsct  TINYINT(1)   NOT NULL,
  other_malignancy       TINYINT(1)   NOT NULL,
  ecog_ps                INT          NOT NULL,
  recorded_by            VARCHAR(100) NOT NULL,
  recorded_at            DATETIME(6)  NOT NULL,
  version                BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_patient_checklist_facility (facility_id, product_id),
  CONSTRAINT ck_patient_checklist_ecog CHECK (ecog_ps BETWEEN 0 AND 4),
  CONSTRAINT fk_patient_checklist_facility FOREIGN KEY (facility_id) REFERENCES facility (id),
  CONSTRAINT fk_patient_checklist_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT fk_patient_checklist_physician FOREIGN KEY (physician_id) REFERENCES physician (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The shipment names its patient's checklist; one checklist serves one delivery (several NULLs are allowed by a
-- unique key on MariaDB, MySQL and H2).
ALTER TABLE shipment ADD COLUMN patient_checklist_id BIGINT NULL;
ALTER TABLE shipment ADD CONSTRAINT uk_shipment_patient_checklist UNIQUE (patient_checklist_id);
ALTER TABLE shipment ADD CONSTRAINT fk_shipment_patient_checklist FOREIGN KEY (patient_checklist_id)
  REFERENCES patient_checklist (id);
