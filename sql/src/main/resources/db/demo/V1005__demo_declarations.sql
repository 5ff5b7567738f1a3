-- Demo (issue 11): declarations in both states the facility page shows. 山梨県立中央病院 declares ICU-equivalent
-- equipment, not yet confirmed (確認待ち: it counts for nothing until a manufacturer's MR confirms it — its own A301
-- filing meets LUN-FAC-3 anyway); 山梨大学医学部附属病院's declaration was confirmed by 中外製薬's MR when the demo was set
-- up (it counts for Lunsumio for 12 months; its own filings meet the requirements anyway).
UPDATE facility SET icu_equivalent_declared = 1 WHERE code = '1910112398';
UPDATE facility SET icu_equivalent_declared = 1, icu_equivalent_confirmed_by = 'デモ MR（中外製薬）（mr1）',
  icu_equivalent_confirmed_org = (SELECT id FROM organisation WHERE name_ja = '中外製薬株式会社'),
  icu_equivalent_seen_on = CURRENT_DATE
 WHERE code = '1912110952';
