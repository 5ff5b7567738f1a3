-- Issue 10: the audit trail is read per organisation (a safety manager reads its own company's events), so the
-- organisation column is filtered on and needs an index.
CREATE INDEX ix_audit_organisation ON audit_event (organisation_id);
