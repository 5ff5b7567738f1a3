-- Issue 11: a profile version needs a second person. A safety manager saves a draft (not in force); another safety
-- manager of the same manufacturer approves it, on or before its effective date (today or later). Versions stored
-- before this migration are approved (they were the only ones the decisions used).
ALTER TABLE requirement_profile ADD COLUMN status VARCHAR(10) NOT NULL DEFAULT 'APPROVED';
ALTER TABLE requirement_profile ADD COLUMN drafted_by VARCHAR(100) NULL;
ALTER TABLE requirement_profile ADD COLUMN approved_by VARCHAR(100) NULL;
ALTER TABLE requirement_profile ADD COLUMN approved_at DATETIME(6) NULL;
