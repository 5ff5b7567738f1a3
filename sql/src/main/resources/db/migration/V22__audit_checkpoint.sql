-- Issue 15: signed checkpoints of the audit chain. The chain's hashes are unkeyed, so anyone who can write the
-- database could rewrite events and recompute every hash; a checkpoint signs an event's hash with a key the
-- database never holds (HMAC-SHA256 under sitegate.audit.key), and the verification checks the signatures and
-- reads on from the newest signed checkpoint. Not an entity: writing one adds no audit event.
CREATE TABLE audit_checkpoint (
  event_id   BIGINT   NOT NULL,
  hash       CHAR(64) NOT NULL,
  signed_us  BIGINT   NOT NULL,
  signature  CHAR(64) NOT NULL,
  PRIMARY KEY (event_id)
);
