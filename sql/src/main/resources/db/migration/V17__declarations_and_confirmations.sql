-- Issue 11 (REQUIREMENTS.md §8): what the facility declares is a declaration with author and time, which a
-- manufacturer's MR or safety manager confirms or rejects, for its own company, with the evidence seen (an uploaded
-- document kept with its SHA-256, and/or a site-visit note) and the day seen. Changing a declared fact supersedes the
-- declaration: the new one is unconfirmed.
--   fact: a capability (CONTACT_24H, …), ICU_EQUIVALENT, TRANSPLANT_CATEGORY, or PHYSICIAN (subject_id = the
--   physician: qualifications, attestations and employment at this facility, declared as one).
CREATE TABLE evidence_document (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  facility_id     BIGINT       NOT NULL,
  organisation_id BIGINT       NOT NULL,
  sha256          CHAR(64)     NOT NULL,
  media_type      VARCHAR(40)  NOT NULL,
  size_bytes      BIGINT       NOT NULL,
  file_name       VARCHAR(200) NOT NULL,
  content         LONGBLOB     NOT NULL,
  uploaded_by     VARCHAR(100) NOT NULL,
  uploaded_at     DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_evidence_facility (facility_id),
  CONSTRAINT fk_evidence_facility FOREIGN KEY (facility_id) REFERENCES facility (id),
  CONSTRAINT fk_evidence_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE fact_declaration (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  facility_id     BIGINT       NOT NULL,
  fact            VARCHAR(40)  NOT NULL,
  subject_id      BIGINT       NULL,
  value_text      VARCHAR(500) NOT NULL,
  declared_by     VARCHAR(100) NOT NULL,
  declared_at     DATETIME(6)  NOT NULL,
  superseded_at   DATETIME(6)  NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_declaration_facility (facility_id, fact, subject_id),
  CONSTRAINT fk_declaration_facility FOREIGN KEY (facility_id) REFERENCES facility (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE fact_confirmation (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  declaration_id  BIGINT        NOT NULL,
  organisation_id BIGINT        NOT NULL,
  decision        VARCHAR(10)   NOT NULL,
  decided_by      VARCHAR(100)  NOT NULL,
  seen_on         DATE          NOT NULL,
  note            VARCHAR(1000) NULL,
  document_id     BIGINT        NULL,
  decided_at      DATETIME(6)   NOT NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_confirmation_declaration (declaration_id),
  CONSTRAINT ck_confirmation_decision CHECK (decision IN ('CONFIRMED', 'REJECTED')),
  CONSTRAINT fk_confirmation_declaration FOREIGN KEY (declaration_id) REFERENCES fact_declaration (id),
  CONSTRAINT fk_confirmation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_confirmation_document FOREIGN KEY (document_id) REFERENCES evidence_document (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- What facilities declared before this migration becomes a declaration of the facility's last change, unconfirmed.
INSERT INTO fact_declaration (facility_id, fact, value_text, declared_by, declared_at)
SELECT id, 'CONTACT_24H', CASE WHEN contact_24h = 1 THEN 'true' ELSE 'false' END, '（V17 移行前の申告）', updated_at FROM facility WHERE contact_24h IS NOT NULL
UNION ALL SELECT id, 'CARE_24H', CASE WHEN care_24h = 1 THEN 'true' ELSE 'false' END, '（V17 移行前の申告）', updated_at FROM facility WHERE care_24h IS NOT NULL
UNION ALL SELECT id, 'SAME_DAY_LAB_RESULTS', CASE WHEN same_day_lab_results = 1 THEN 'true' ELSE 'false' END, '（V17 移行前の申告）', updated_at FROM facility WHERE same_day_lab_results IS NOT NULL
UNION ALL SELECT id, 'APHERESIS_TEAM', CASE WHEN apheresis_team = 1 THEN 'true' ELSE 'false' END, '（V17 移行前の申告）', updated_at FROM facility WHERE apheresis_team IS NOT NULL
UNION ALL SELECT id, 'APHERESIS_MONITORING', CASE WHEN apheresis_monitoring = 1 THEN 'true' ELSE 'false' END, '（V17 移行前の申告）', updated_at FROM facility WHERE apheresis_monitoring IS NOT NULL
UNION ALL SELECT id, 'REGISTRY_PMS', CASE WHEN registry_pms = 1 THEN 'true' ELSE 'false' END, '（V17 移行前の申告）', updated_at FROM facility WHERE registry_pms IS NOT NULL
UNION ALL SELECT id, 'INFORMATION_MANAGER', CASE WHEN information_manager = 1 THEN 'true' ELSE 'false' END, '（V17 移行前の申告）', updated_at FROM facility WHERE information_manager IS NOT NULL
UNION ALL SELECT id, 'TEAM_CARE', CASE WHEN team_care = 1 THEN 'true' ELSE 'false' END, '（V17 移行前の申告）', updated_at FROM facility WHERE team_care IS NOT NULL
UNION ALL SELECT id, 'SPECIALIST_SUPPORT', CASE WHEN specialist_support = 1 THEN 'true' ELSE 'false' END, '（V17 移行前の申告）', updated_at FROM facility WHERE specialist_support IS NOT NULL
UNION ALL SELECT id, 'ICU_EQUIVALENT', CASE WHEN icu_equivalent_declared = 1 THEN 'true' ELSE 'false' END, '（V17 移行前の申告）', updated_at FROM facility WHERE icu_equivalent_declared IS NOT NULL
UNION ALL SELECT id, 'TRANSPLANT_CATEGORY', transplant_category, '（V17 移行前の申告）', updated_at FROM facility WHERE transplant_category IS NOT NULL;

INSERT INTO fact_declaration (facility_id, fact, subject_id, value_text, declared_by, declared_at)
SELECT e.facility_id, 'PHYSICIAN', e.physician_id, '（V17 移行前の登録内容）', '（V17 移行前の申告）', CURRENT_TIMESTAMP(6)
  FROM employment e WHERE e.valid_to IS NULL;

-- ICU-equivalent confirmations recorded since V13 (with their manufacturer) carry over as confirmations.
INSERT INTO fact_confirmation (declaration_id, organisation_id, decision, decided_by, seen_on, note, decided_at)
SELECT d.id, f.icu_equivalent_confirmed_org, 'CONFIRMED', f.icu_equivalent_confirmed_by, f.icu_equivalent_seen_on,
       '（V17 移行: 施設ページで記録された確認）', f.updated_at
  FROM facility f JOIN fact_declaration d ON d.facility_id = f.id AND d.fact = 'ICU_EQUIVALENT'
 WHERE f.icu_equivalent_declared = 1 AND f.icu_equivalent_confirmed_org IS NOT NULL
   AND f.icu_equivalent_seen_on IS NOT NULL
   AND EXISTS (SELECT 1 FROM organisation o WHERE o.id = f.icu_equivalent_confirmed_org);

-- A new profile version of each product, effective 2026-12-02 (the day this rule was released; the versions before
-- it are not rewritten): the requirement types that read declared facts demand the manufacturer's confirmation
-- (verification CONFIRMED, confirmationMonths 12 by default). It copies the newest approved version.
INSERT INTO requirement_profile (product_id, version_no, effective_from, provisional, source_ja, status, drafted_by,
                                 approved_by, approved_at)
SELECT p.product_id, p.version_no + 1, DATE '2026-12-02', p.provisional,
       CONCAT(p.source_ja, ' — 申告事項は製造販売業者の確認後に算定（REQUIREMENTS.md §8）'), 'APPROVED',
       '（V17 移行）', '（V17 移行）', CURRENT_TIMESTAMP(6)
  FROM requirement_profile p
 WHERE p.status = 'APPROVED'
   AND p.version_no = (SELECT MAX(q.version_no) FROM requirement_profile q
                        WHERE q.product_id = p.product_id AND q.status = 'APPROVED');

INSERT INTO profile_requirement (profile_id, seq, requirement_id, clause_ja, title_ja, title_en, criteria)
SELECT n.id, r.seq, r.requirement_id, r.clause_ja, r.title_ja, r.title_en,
       REPLACE(REPLACE(REPLACE(r.criteria,
         '"type":"CAPABILITY"', '"type":"CAPABILITY","verification":"CONFIRMED"'),
         '"type":"TRANSPLANT_CENTER"', '"type":"TRANSPLANT_CENTER","verification":"CONFIRMED"'),
         '"type":"QUALIFIED_PHYSICIANS"', '"type":"QUALIFIED_PHYSICIANS","verification":"CONFIRMED"')
  FROM requirement_profile n
  JOIN requirement_profile o ON o.product_id = n.product_id AND o.version_no = n.version_no - 1
  JOIN profile_requirement r ON r.profile_id = o.id
 WHERE n.effective_from = DATE '2026-12-02' AND n.drafted_by = '（V17 移行）';
