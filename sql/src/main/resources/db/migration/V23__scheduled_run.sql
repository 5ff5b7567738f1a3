-- Issue 17: a scheduled run (the nightly re-evaluation at 02:00 Japan time) runs once per day for the whole
-- cluster. Every instance's timer fires; the instance whose INSERT of the day's row succeeds runs it, the others
-- find the row and skip. A run that was claimed but never finished (its instance died) may be claimed again by
-- another instance once its claim is older than the lease (StatusTracker.LEASE). Not an entity: no audit event.
CREATE TABLE scheduled_run (
  name         VARCHAR(40)   NOT NULL,
  slot         VARCHAR(20)   NOT NULL,
  claimed_by   VARCHAR(100)  NOT NULL,
  claimed_at   DATETIME(6)   NOT NULL,
  finished_at  DATETIME(6)   NULL,
  summary      VARCHAR(500)  NULL,
  PRIMARY KEY (name, slot)
);
