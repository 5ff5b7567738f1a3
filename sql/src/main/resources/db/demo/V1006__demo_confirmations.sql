-- Demo (issue 11, REQUIREMENTS.md §8): the demo facilities' declarations as declarations, and a realistic mix of
-- what the manufacturers made of them.
-- On a fresh database V17 ran before the demo facilities existed: their declarations (and the ICU-equivalent
-- confirmation V1005 recorded on the facility) become declarations here, as V17 does for existing facilities.
INSERT INTO fact_declaration (facility_id, fact, value_text, declared_by, declared_at)
SELECT f.id, x.fact, x.val, 'デモ 施設管理者', f.updated_at FROM facility f JOIN (
          SELECT id, 'CONTACT_24H' AS fact, CASE WHEN contact_24h = 1 THEN 'true' ELSE 'false' END AS val FROM facility WHERE contact_24h IS NOT NULL
UNION ALL SELECT id, 'CARE_24H', CASE WHEN care_24h = 1 THEN 'true' ELSE 'false' END FROM facility WHERE care_24h IS NOT NULL
UNION ALL SELECT id, 'SAME_DAY_LAB_RESULTS', CASE WHEN same_day_lab_results = 1 THEN 'true' ELSE 'false' END FROM facility WHERE same_day_lab_results IS NOT NULL
UNION ALL SELECT id, 'APHERESIS_TEAM', CASE WHEN apheresis_team = 1 THEN 'true' ELSE 'false' END FROM facility WHERE apheresis_team IS NOT NULL
UNION ALL SELECT id, 'APHERESIS_MONITORING', CASE WHEN apheresis_monitoring = 1 THEN 'true' ELSE 'false' END FROM facility WHERE apheresis_monitoring IS NOT NULL
UNION ALL SELECT id, 'REGISTRY_PMS', CASE WHEN registry_pms = 1 THEN 'true' ELSE 'false' END FROM facility WHERE registry_pms IS NOT NULL
UNION ALL SELECT id, 'INFORMATION_MANAGER', CASE WHEN information_manager = 1 THEN 'true' ELSE 'false' END FROM facility WHERE information_manager IS NOT NULL
UNION ALL SELECT id, 'TEAM_CARE', CASE WHEN team_care = 1 THEN 'true' ELSE 'false' END FROM facility WHERE team_care IS NOT NULL
UNION ALL SELECT id, 'SPECIALIST_SUPPORT', CASE WHEN specialist_support = 1 THEN 'true' ELSE 'false' END FROM facility WHERE specialist_support IS NOT NULL
UNION ALL SELECT id, 'ICU_EQUIVALENT', CASE WHEN icu_equivalent_declared = 1 THEN 'true' ELSE 'false' END FROM facility WHERE icu_equivalent_declared IS NOT NULL
UNION ALL SELECT id, 'TRANSPLANT_CATEGORY', transplant_category FROM facility WHERE transplant_category IS NOT NULL
) x ON x.id = f.id
WHERE f.code IN ('1912110952', '1910112398', '1910114451')
  AND NOT EXISTS (SELECT 1 FROM fact_declaration d WHERE d.facility_id = f.id AND d.fact = x.fact);

INSERT INTO fact_declaration (facility_id, fact, subject_id, value_text, declared_by, declared_at)
SELECT e.facility_id, 'PHYSICIAN', e.physician_id,
       CONCAT(p.name, ' / 医籍登録日 ', CASE WHEN p.licence_registered_on IS NULL THEN '未登録' ELSE CONCAT('', p.licence_registered_on) END, ' / ',
              CASE WHEN e.full_time = 1 THEN '常勤' ELSE '非常勤' END, ' / 勤務開始 ', CONCAT('', e.valid_from)),
       'デモ 施設管理者', CURRENT_TIMESTAMP(6)
  FROM employment e JOIN physician p ON p.id = e.physician_id
 WHERE e.valid_to IS NULL
   AND NOT EXISTS (SELECT 1 FROM fact_declaration d WHERE d.facility_id = e.facility_id AND d.fact = 'PHYSICIAN'
                     AND d.subject_id = e.physician_id);

-- 山梨大学医学部附属病院: 中外製薬's MR saw the hospital's documents on a site visit a week ago — every declaration is
-- confirmed for Lunsumio (and, as V1005 recorded, its ICU-equivalent equipment); BMS's MR and Amgen's MR confirmed them
-- for Abecma and Imdelltra from the documents the hospital sent.
INSERT INTO fact_confirmation (declaration_id, organisation_id, decision, decided_by, seen_on, note, decided_at)
SELECT d.id, o.id, 'CONFIRMED',
       CASE o.name_ja WHEN '中外製薬株式会社' THEN 'デモ MR（中外製薬）（mr1）'
                      WHEN 'ブリストル・マイヤーズ スクイブ株式会社' THEN 'デモ MR（BMS）（mr2）'
                      ELSE 'デモ MR（アムジェン）（mr3）' END,
       CURRENT_DATE - INTERVAL '7' DAY,
       CASE o.name_ja WHEN '中外製薬株式会社' THEN '訪問時に院内体制の資料・当直表・医師名簿を確認'
                      ELSE '施設から提出された体制資料と医師名簿を確認' END,
       CURRENT_TIMESTAMP(6)
  FROM fact_declaration d JOIN facility f ON f.id = d.facility_id
  JOIN organisation o ON o.kind = 'MANUFACTURER'
 WHERE f.code = '1912110952' AND d.superseded_at IS NULL
   AND o.name_ja IN ('中外製薬株式会社', 'ブリストル・マイヤーズ スクイブ株式会社', 'アムジェン株式会社')
   AND NOT EXISTS (SELECT 1 FROM fact_confirmation c WHERE c.declaration_id = d.id AND c.organisation_id = o.id);

-- 市立甲府病院: 中外製薬's MR confirmed its declarations and physicians on a visit (everything for Lunsumio is in
-- place but tocilizumab, as V1000 tells); the other manufacturers have not confirmed anything there.
INSERT INTO fact_confirmation (declaration_id, organisation_id, decision, decided_by, seen_on, note, decided_at)
SELECT d.id, o.id, 'CONFIRMED', 'デモ MR（中外製薬）（mr1）', CURRENT_DATE - INTERVAL '10' DAY,
       '訪問時に院内体制の資料・医師名簿を確認', CURRENT_TIMESTAMP(6)
  FROM fact_declaration d JOIN facility f ON f.id = d.facility_id JOIN organisation o ON o.name_ja = '中外製薬株式会社'
 WHERE f.code = '1910114451' AND d.superseded_at IS NULL
   AND NOT EXISTS (SELECT 1 FROM fact_confirmation c WHERE c.declaration_id = d.id AND c.organisation_id = o.id);

-- 山梨県立中央病院: 中外製薬's MR confirmed its 24-hour care; its team-care declaration was rejected by BMS's MR (no
-- multidisciplinary team was shown on the visit); everything else awaits confirmation (確認待ち).
INSERT INTO fact_confirmation (declaration_id, organisation_id, decision, decided_by, seen_on, note, decided_at)
SELECT d.id, o.id, 'CONFIRMED', 'デモ MR（中外製薬）（mr1）', CURRENT_DATE - INTERVAL '3' DAY,
       '訪問時に24時間診療体制の当直表を確認', CURRENT_TIMESTAMP(6)
  FROM fact_declaration d JOIN facility f ON f.id = d.facility_id JOIN organisation o ON o.name_ja = '中外製薬株式会社'
 WHERE f.code = '1910112398' AND d.fact = 'CARE_24H' AND d.superseded_at IS NULL;
INSERT INTO fact_confirmation (declaration_id, organisation_id, decision, decided_by, seen_on, note, decided_at)
SELECT d.id, o.id, 'REJECTED', 'デモ MR（BMS）（mr2）', CURRENT_DATE - INTERVAL '2' DAY,
       '訪問時、多職種チームによる情報共有の体制が確認できなかった（再申告を依頼）', CURRENT_TIMESTAMP(6)
  FROM fact_declaration d JOIN facility f ON f.id = d.facility_id
  JOIN organisation o ON o.name_ja = 'ブリストル・マイヤーズ スクイブ株式会社'
 WHERE f.code = '1910112398' AND d.fact = 'TEAM_CARE' AND d.superseded_at IS NULL;
