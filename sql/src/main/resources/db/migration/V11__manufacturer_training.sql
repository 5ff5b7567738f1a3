-- Issue 11 (REQUIREMENTS.md §8): the manufacturer's training of physicians (ABE-PHY-TRN) is recorded by the
-- manufacturer's people (MR or safety manager), with the course, never by the facility. Records made before this
-- migration keep NULL in the new columns (the facility's administrator recorded them; they stay as the demo and
-- earlier users left them, and their changes are in the audit trail). A re-training replaces the completion date.
ALTER TABLE product_training ADD COLUMN course VARCHAR(200) NULL;
ALTER TABLE product_training ADD COLUMN recorded_by VARCHAR(100) NULL;
ALTER TABLE product_training ADD COLUMN recorded_by_org BIGINT NULL;
