-- Issue 12: the import history names who imported each list and how many 医科 facilities and A301 facilities it
-- lists (GET /api/v1/imports/history, /api/v1/imports/coverage). Imports before this migration leave them empty.
-- (V19 is the Abecma patient checklist.)
ALTER TABLE filing_import ADD COLUMN imported_by VARCHAR(100) NULL;
ALTER TABLE filing_import ADD COLUMN facilities INT NULL;
ALTER TABLE filing_import ADD COLUMN icu_facilities INT NULL;
CREATE INDEX ix_filing_import_prefecture ON filing_import (prefecture_code, list_date);
