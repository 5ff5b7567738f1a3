-- Issue 11 (REQUIREMENTS.md §8): an ICU-equivalent declaration counts only once a manufacturer's MR or safety manager
-- confirmed it (recorded with the manufacturer and the day seen), for that manufacturer's products, for a limited
-- time (a profile's confirmationMonths, 12 by default). Names typed into "confirmed by MR" by facilities before this
-- migration stay in icu_equivalent_confirmed_by for the record but have no manufacturer: they no longer count.
ALTER TABLE facility ADD COLUMN icu_equivalent_confirmed_org BIGINT NULL;
ALTER TABLE facility ADD COLUMN icu_equivalent_seen_on DATE NULL;
