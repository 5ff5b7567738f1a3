-- Issue 11: a physician's identity is their 医籍登録番号 (medical registration number): recorded, unique, so the same
-- physician employed at several facilities is one record with several employments (and one set of qualifications
-- and trainings). Physicians registered before this migration have none until a facility records it.
ALTER TABLE physician ADD COLUMN registration_number VARCHAR(7) NULL;
CREATE UNIQUE INDEX uk_physician_registration ON physician (registration_number);
