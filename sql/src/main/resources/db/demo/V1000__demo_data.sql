-- Demo data, loaded only when sitegate.demo=true (mvn -Prun package, integration tests).
-- Facilities are real entries of the Yamanashi bureau list (R7-09-01); physicians, briefings and stock are
-- invented so that 山梨大学医学部附属病院 meets every Lunsumio requirement.

INSERT INTO facility (code, name, postal_code, address, prefecture_code, beds_text, beds_total,
  icu_equivalent_declared, icu_equivalent_confirmed_by, transplant_category,
  contact_24h, care_24h, same_day_lab_results, apheresis_team, apheresis_monitoring, registry_pms,
  information_manager, team_care, specialist_support, created_at, updated_at) VALUES
 ('1912110952', '山梨大学医学部附属病院', '409-3898', '中央市下河東１１１０', '19', '一般　　578／精神　　40', 618,
  NULL, NULL, 'CATEGORY_1', 1, 1, 1, 1, 1, 1, 1, 1, 1, '2025-10-01 00:00:00', '2025-10-01 00:00:00'),
 ('1910112398', '山梨県立中央病院', '400-8506', '甲府市富士見一丁目１－１', '19',
  '一般　一般　622／一般（感染）　感染　2／結核　　16／精神　　4', 644,
  NULL, NULL, 'CATEGORY_2', 1, 1, 1, 1, 1, 1, 1, 1, 1, '2025-10-01 00:00:00', '2025-10-01 00:00:00');

INSERT INTO icu_filing (facility_id, icu_level, acceptance_symbol, acceptance_number, start_date, source_list, source_date) VALUES
 ((SELECT id FROM facility WHERE code = '1912110952'), 1, '集１', '第1号', '2024-10-01', '届出受理医療機関名簿 19 2025-09-01', '2025-09-01'),
 ((SELECT id FROM facility WHERE code = '1910112398'), 5, '集５', '第1号', '2024-10-01', '届出受理医療機関名簿 19 2025-09-01', '2025-09-01');

INSERT INTO physician (name, licence_registered_on, hematology_training_years, chemotherapy_experience_years,
  transplant_training_years, allogeneic_transplants, attests_mr_meetings, attests_safety_cooperation) VALUES
 ('デモ 医師A', '2005-04-01', 10, 12, 3, 40, 1, 1),
 ('デモ 医師B', '2012-04-01', 6, 8, 1, 6, 1, 1),
 ('デモ 医師C', '2016-04-01', 4, 5, 0, 0, 1, 1);

INSERT INTO employment (physician_id, facility_id, full_time, treatment_lead, valid_from) VALUES
 ((SELECT id FROM physician WHERE name = 'デモ 医師A'), (SELECT id FROM facility WHERE code = '1912110952'), 1, 1, '2015-04-01'),
 ((SELECT id FROM physician WHERE name = 'デモ 医師B'), (SELECT id FROM facility WHERE code = '1912110952'), 1, 0, '2018-04-01'),
 ((SELECT id FROM physician WHERE name = 'デモ 医師C'), (SELECT id FROM facility WHERE code = '1910112398'), 1, 0, '2020-04-01');

INSERT INTO product_training (physician_id, product_id, completed_on) VALUES
 ((SELECT id FROM physician WHERE name = 'デモ 医師A'), (SELECT id FROM product WHERE product_key = 'ABECMA'), '2024-05-10'),
 ((SELECT id FROM physician WHERE name = 'デモ 医師B'), (SELECT id FROM product WHERE product_key = 'ABECMA'), '2024-05-10'),
 ((SELECT id FROM physician WHERE name = 'デモ 医師A'), (SELECT id FROM product WHERE product_key = 'LUNSUMIO'), '2025-04-15');

INSERT INTO briefing (facility_id, product_id, mr_name, briefed_on, mode, visit_restriction, physicians, pharmacists,
  nurses, others, materials, requests, complete, recorded_at) VALUES
 ((SELECT id FROM facility WHERE code = '1912110952'), (SELECT id FROM product WHERE product_key = 'LUNSUMIO'),
  'デモ MR', '2025-05-20', 'IN_PERSON', NULL, 3, 2, 4, 1,
  'HCP_MATERIALS_CRS_GUIDANCE,PACKAGE_INSERT,PATIENT_MATERIALS',
  'CHECK_AT_LATER_DOSES,EMERGENCY_CONTACT_IN_MATERIALS,EXPLAIN_TO_PATIENT', 1, '2025-05-20 17:00:00'),
 ((SELECT id FROM facility WHERE code = '1910112398'), (SELECT id FROM product WHERE product_key = 'LUNSUMIO'),
  'デモ MR', '2025-06-03', 'ONLINE', NULL, 1, 1, 1, 0,
  'HCP_MATERIALS_CRS_GUIDANCE,PACKAGE_INSERT,PATIENT_MATERIALS',
  'CHECK_AT_LATER_DOSES,EMERGENCY_CONTACT_IN_MATERIALS,EXPLAIN_TO_PATIENT', 0, '2025-06-03 17:00:00');

INSERT INTO tocilizumab_lot (facility_id, yj_code, lot_number, expiry_date) VALUES
 ((SELECT id FROM facility WHERE code = '1912110952'), '6399421A3022', 'DEMO-400-A', '2030-12-31'),
 ((SELECT id FROM facility WHERE code = '1912110952'), '6399421A1020', 'DEMO-200-B', '2030-06-30'),
 ((SELECT id FROM facility WHERE code = '1912110952'), '6399421A2026', 'DEMO-80-OLD', '2025-03-31'),
 ((SELECT id FROM facility WHERE code = '1912110952'), '6399421G1022', 'DEMO-SC-162', '2030-12-31'),
 ((SELECT id FROM facility WHERE code = '1910112398'), '6399421A1020', 'DEMO-200-C', '2030-06-30');

INSERT INTO stock_movement (lot_id, movement_type, vials, occurred_at, note) VALUES
 ((SELECT id FROM tocilizumab_lot WHERE lot_number = 'DEMO-400-A'), 'RECEIVED', 3, '2025-06-01 09:00:00', 'demo'),
 ((SELECT id FROM tocilizumab_lot WHERE lot_number = 'DEMO-200-B'), 'RECEIVED', 3, '2025-06-01 09:00:00', 'demo'),
 ((SELECT id FROM tocilizumab_lot WHERE lot_number = 'DEMO-200-B'), 'USED', -1, '2025-08-01 09:00:00', 'demo'),
 ((SELECT id FROM tocilizumab_lot WHERE lot_number = 'DEMO-80-OLD'), 'RECEIVED', 5, '2024-04-01 09:00:00', 'demo'),
 ((SELECT id FROM tocilizumab_lot WHERE lot_number = 'DEMO-SC-162'), 'RECEIVED', 4, '2025-06-01 09:00:00', 'demo'),
 ((SELECT id FROM tocilizumab_lot WHERE lot_number = 'DEMO-200-C'), 'RECEIVED', 2, '2025-06-01 09:00:00', 'demo');

-- Imdelltra at 山梨大学医学部附属病院: briefed in person with the CRS guidance and the September 2025 request.
INSERT INTO briefing (facility_id, product_id, mr_name, briefed_on, mode, visit_restriction, physicians, pharmacists,
  nurses, others, materials, requests, complete, recorded_at) VALUES
 ((SELECT id FROM facility WHERE code = '1912110952'), (SELECT id FROM product WHERE product_key = 'IMDELLTRA'),
  'デモ MR', '2025-09-20', 'IN_PERSON', NULL, 2, 1, 2, 0,
  'HCP_MATERIALS_CRS_GUIDANCE,PACKAGE_INSERT,PATIENT_MATERIALS,PROPER_USE_REQUEST_CRS_2025_09',
  'CHECK_AT_LATER_DOSES,EMERGENCY_CONTACT_IN_MATERIALS,EXPLAIN_TO_PATIENT', 1, '2025-09-20 17:00:00');

-- 市立甲府病院 (real entry of the bureau list, no A301 filing of its own): ICU care through its partnership with
-- 山梨大学医学部附属病院 (LUN-FAC-3 *2). Everything for Lunsumio is in place except tocilizumab (800 mg of 1,600).
INSERT INTO facility (code, name, postal_code, address, prefecture_code, beds_text, beds_total,
  icu_equivalent_declared, icu_equivalent_confirmed_by, transplant_category,
  contact_24h, care_24h, same_day_lab_results, apheresis_team, apheresis_monitoring, registry_pms,
  information_manager, team_care, specialist_support, created_at, updated_at) VALUES
 ('1910114451', '市立甲府病院', NULL, '甲府市', '19', '一般　　393', 393,
  0, NULL, 'NONE', 1, 1, 1, NULL, NULL, NULL, NULL, NULL, NULL, '2025-10-01 00:00:00', '2025-10-01 00:00:00');

INSERT INTO facility_partnership (facility_id, partner_id, covers_icu_care, covers_inpatient_care,
  covers_specialist_support, covers_same_day_lab_results, valid_from) VALUES
 ((SELECT id FROM facility WHERE code = '1910114451'), (SELECT id FROM facility WHERE code = '1912110952'),
  1, 1, 1, 0, '2025-04-01');

INSERT INTO physician (name, licence_registered_on, hematology_training_years, chemotherapy_experience_years,
  transplant_training_years, allogeneic_transplants, attests_mr_meetings, attests_safety_cooperation) VALUES
 ('デモ 医師D', '2010-04-01', 5, 6, NULL, NULL, 1, 1);

INSERT INTO employment (physician_id, facility_id, full_time, treatment_lead, valid_from) VALUES
 ((SELECT id FROM physician WHERE name = 'デモ 医師D'), (SELECT id FROM facility WHERE code = '1910114451'), 1, 0, '2019-04-01');

INSERT INTO briefing (facility_id, product_id, mr_name, briefed_on, mode, visit_restriction, physicians, pharmacists,
  nurses, others, materials, requests, complete, recorded_at) VALUES
 ((SELECT id FROM facility WHERE code = '1910114451'), (SELECT id FROM product WHERE product_key = 'LUNSUMIO'),
  'デモ MR', '2025-07-10', 'ONLINE', '院内感染対策のため外部訪問を制限中', 2, 1, 2, 0,
  'HCP_MATERIALS_CRS_GUIDANCE,PACKAGE_INSERT,PATIENT_MATERIALS',
  'CHECK_AT_LATER_DOSES,EMERGENCY_CONTACT_IN_MATERIALS,EXPLAIN_TO_PATIENT', 1, '2025-07-10 17:00:00');

INSERT INTO tocilizumab_lot (facility_id, yj_code, lot_number, expiry_date) VALUES
 ((SELECT id FROM facility WHERE code = '1910114451'), '6399421A1020', 'DEMO-200-K', '2030-03-31');

INSERT INTO stock_movement (lot_id, movement_type, vials, occurred_at, note) VALUES
 ((SELECT id FROM tocilizumab_lot WHERE lot_number = 'DEMO-200-K'), 'RECEIVED', 4, '2025-07-01 09:00:00', 'demo');
