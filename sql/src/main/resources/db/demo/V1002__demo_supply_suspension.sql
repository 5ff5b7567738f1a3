-- Demo (issue 11): one supply suspension (出荷停止), so the safety manager's dashboard, the facility page and the
-- distributor's check show what one looks like. アムジェン's safety manager (safety3) suspended Imdelltra at
-- 1910114451 while its ICU arrangements are re-checked; lift it on the facility page as safety3.
INSERT INTO supply_suspension (facility_id, manufacturer_id, product_id, reason, suspended_at, suspended_by,
  until_date, lifted_at, lifted_by, version) VALUES
 ((SELECT id FROM facility WHERE code = '1910114451'),
  (SELECT id FROM organisation WHERE name_ja = 'アムジェン株式会社'),
  (SELECT id FROM product WHERE product_key = 'IMDELLTRA'),
  'ICU の受入れ体制（連携施設との取決め）を再確認するまで（デモ）', TIMESTAMP '2025-11-01 00:00:00', 'safety3',
  NULL, NULL, NULL, 0);
