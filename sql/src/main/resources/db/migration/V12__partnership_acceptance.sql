-- Issue 11 (REQUIREMENTS.md §8): a partner arrangement (連携施設) counts only when both facilities' sides stand behind
-- it: the partner facility's administrator accepted it in SiteGate, or a manufacturer's MR or safety manager
-- confirmed the signed agreement document (with the day it was seen). Arrangements entered before this migration
-- were added by one side alone: they stay, awaiting the partner's acceptance (a decision shows 「承諾待ち」).
ALTER TABLE facility_partnership ADD COLUMN partner_accepted_at DATETIME(6) NULL;
ALTER TABLE facility_partnership ADD COLUMN partner_accepted_by VARCHAR(100) NULL;
ALTER TABLE facility_partnership ADD COLUMN document_confirmed_at DATETIME(6) NULL;
ALTER TABLE facility_partnership ADD COLUMN document_confirmed_by VARCHAR(100) NULL;
ALTER TABLE facility_partnership ADD COLUMN document_seen_on DATE NULL;
CREATE INDEX ix_partnership_partner ON facility_partnership (partner_id);
