-- Demo organisations (issue 10), loaded only when sitegate.demo=true. The manufacturers of the three products are
-- reference data (V8); here: the demo facilities' organisations (V1000 inserted the facilities after V8 ran), two
-- distributors (invented; their corporate numbers are made up with a valid check digit) and the first
-- distributor's agreements (特約店契約) for every demo product. The demo users are created at start-up
-- (UserBootstrap) in these organisations.
INSERT INTO organisation (kind, name_ja, name_en, facility_id, created_at)
SELECT 'FACILITY', f.name, f.name, f.id, CURRENT_TIMESTAMP(6) FROM facility f
 WHERE NOT EXISTS (SELECT 1 FROM organisation o WHERE o.facility_id = f.id);

INSERT INTO organisation (kind, name_ja, name_en, corporate_number, created_at) VALUES
 ('DISTRIBUTOR', 'デモ卸株式会社', 'Demo Wholesale Co., Ltd.', '6010001999901', CURRENT_TIMESTAMP(6)),
 ('DISTRIBUTOR', 'サンプル薬品株式会社', 'Sample Yakuhin Co., Ltd.', '5010001999902', CURRENT_TIMESTAMP(6));

INSERT INTO distribution_agreement (manufacturer_id, distributor_id, all_products, valid_from, valid_to, created_at)
SELECT m.id, (SELECT id FROM organisation WHERE name_ja = 'デモ卸株式会社'), 1, '2024-04-01', NULL, CURRENT_TIMESTAMP(6)
  FROM organisation m WHERE m.kind = 'MANUFACTURER'
   AND m.name_ja IN ('中外製薬株式会社', 'ブリストル・マイヤーズ スクイブ株式会社', 'アムジェン株式会社');

-- the second distributor carries Lunsumio only
INSERT INTO distribution_agreement (manufacturer_id, distributor_id, all_products, valid_from, valid_to, created_at) VALUES
 ((SELECT id FROM organisation WHERE name_ja = '中外製薬株式会社'), (SELECT id FROM organisation WHERE name_ja = 'サンプル薬品株式会社'),
  0, '2025-01-01', NULL, CURRENT_TIMESTAMP(6));
INSERT INTO distribution_agreement_product (agreement_id, product_id) VALUES
 ((SELECT a.id FROM distribution_agreement a JOIN organisation d ON d.id = a.distributor_id WHERE d.name_ja = 'サンプル薬品株式会社'),
  (SELECT id FROM product WHERE product_key = 'LUNSUMIO'));
