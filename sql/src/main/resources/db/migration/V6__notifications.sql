-- Notifications (issue 5): who is told what when a status changes or tocilizumab readiness runs short.
-- * an e-mail address per user (optional: no address, no e-mail);
-- * the facilities each distributor serves (shipped to or checked), for their notifications and webhooks;
-- * the in-application inbox;
-- * the transactional outbox of e-mails and webhook calls, with every delivery attempt logged;
-- * distributors' webhook subscriptions (HMAC-SHA256 signed with the subscription's secret).
ALTER TABLE app_user ADD COLUMN email VARCHAR(254) NULL;

CREATE TABLE served_facility (
  user_id        BIGINT       NOT NULL,
  facility_id    BIGINT       NOT NULL,
  first_reason   VARCHAR(20)  NOT NULL,
  since          DATETIME(6)  NOT NULL,
  PRIMARY KEY (user_id, facility_id),
  KEY ix_served_facility (facility_id),
  CONSTRAINT fk_served_user FOREIGN KEY (user_id) REFERENCES app_user (id),
  CONSTRAINT fk_served_facility FOREIGN KEY (facility_id) REFERENCES facility (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE notification (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  recipient_id   BIGINT       NOT NULL,
  kind           VARCHAR(40)  NOT NULL,
  severity       VARCHAR(20)  NOT NULL,
  facility_id    BIGINT       NULL,
  product_id     BIGINT       NULL,
  subject        VARCHAR(300) NOT NULL,
  body           TEXT         NOT NULL,
  dedup_key      VARCHAR(200) NOT NULL,
  created_at     DATETIME(6)  NOT NULL,
  read_at        DATETIME(6)  NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_notification_dedup (recipient_id, dedup_key),
  KEY ix_notification_inbox (recipient_id, created_at),
  CONSTRAINT fk_notification_user FOREIGN KEY (recipient_id) REFERENCES app_user (id),
  CONSTRAINT fk_notification_facility FOREIGN KEY (facility_id) REFERENCES facility (id),
  CONSTRAINT fk_notification_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE webhook_subscription (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  user_id        BIGINT       NOT NULL,
  url            VARCHAR(500) NOT NULL,
  secret         VARCHAR(200) NOT NULL,
  active         TINYINT(1)   NOT NULL DEFAULT 1,
  created_at     DATETIME(6)  NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_webhook_user (user_id),
  CONSTRAINT fk_webhook_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE outbound_message (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  channel        VARCHAR(10)  NOT NULL,
  notification_id BIGINT      NULL,
  subscription_id BIGINT      NULL,
  recipient      VARCHAR(500) NOT NULL,
  subject        VARCHAR(300) NOT NULL,
  body           TEXT         NOT NULL,
  status         VARCHAR(10)  NOT NULL,
  attempts       INT          NOT NULL DEFAULT 0,
  next_attempt_at DATETIME(6) NOT NULL,
  created_at     DATETIME(6)  NOT NULL,
  sent_at        DATETIME(6)  NULL,
  last_error     VARCHAR(500) NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_outbound_due (status, next_attempt_at),
  KEY ix_outbound_subscription (subscription_id, created_at),
  CONSTRAINT fk_outbound_notification FOREIGN KEY (notification_id) REFERENCES notification (id),
  CONSTRAINT fk_outbound_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE delivery_attempt (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  message_id     BIGINT       NOT NULL,
  attempted_at   DATETIME(6)  NOT NULL,
  succeeded      TINYINT(1)   NOT NULL,
  http_status    INT          NULL,
  detail         VARCHAR(500) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_attempt_message (message_id, attempted_at),
  CONSTRAINT fk_attempt_message FOREIGN KEY (message_id) REFERENCES outbound_message (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
