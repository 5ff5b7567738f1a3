-- Demo data (issue 12): a finding that rests on a regional health bureau list older than the profile version allows
-- (120 days by default) is UNKNOWN. The demo's Yamanashi (19) filings therefore come from a demo list dated two weeks
-- before the demo database was created — marked as demo data in its file name; it is not a real list. A demo database
-- kept for longer than that ages like a real one (README: import a current list or start from a fresh database).
INSERT INTO filing_import (prefecture_code, list_date, file_name, sha256, rows_read, facilities_created,
                           facilities_updated, filings_added, filings_ended, imported_at, imported_by, facilities,
                           icu_facilities)
SELECT '19', CURRENT_DATE - INTERVAL '14' DAY, '（デモデータ）山梨県 届出受理医療機関名簿（実在の名簿ではありません）',
       '0000000000000000000000000000000000000000000000000000000000000000', COUNT(*), COUNT(*), 0,
       (SELECT COUNT(*) FROM icu_filing i JOIN facility g ON g.id = i.facility_id WHERE g.code LIKE '19%'), 0,
       CURRENT_TIMESTAMP(6), '（デモデータ）', COUNT(*),
       (SELECT COUNT(DISTINCT i.facility_id) FROM icu_filing i JOIN facility g ON g.id = i.facility_id
         WHERE g.code LIKE '19%')
  FROM facility f WHERE f.code LIKE '19%';

UPDATE icu_filing SET source_date = CURRENT_DATE - INTERVAL '14' DAY,
       source_list = '（デモデータ）届出受理医療機関名簿 19'
 WHERE end_date IS NULL AND facility_id IN (SELECT id FROM facility WHERE code LIKE '19%');
