-- Issue 14: a system administrator resets a user's password to a one-time password; the user sets their own at the
-- next login (account/password.xhtml). Existing accounts keep their passwords.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
