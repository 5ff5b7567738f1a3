-- Issue 11 (LUN-BRF-2, REQUIREMENTS.md §1): an online briefing counts only under the facility's visit restriction
-- recorded as such — its kind (infection control, facility policy, disaster, other with a description) and since
-- when. Online briefings recorded before this migration with a free text only no longer count (re-record them with
-- the restriction's kind and start, or brief in person).
ALTER TABLE briefing ADD COLUMN visit_restriction_kind VARCHAR(30) NULL;
ALTER TABLE briefing ADD COLUMN visit_restriction_since DATE NULL;
