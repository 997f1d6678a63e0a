-- R30: an edit sent again after its reply was lost (the desktop's offline queue resends it
-- after a reconnect) is applied once. The first successful reply is kept per user and key
-- and answered again to every repeat.
CREATE TABLE idempotent_request (
    user_id         bigint NOT NULL REFERENCES app_user(id),
    idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 16 AND 64),
    op              text NOT NULL,
    reply           bytea,
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (user_id, idempotency_key)
);
-- Old keys are purged by age.
CREATE INDEX idempotent_request_created_at ON idempotent_request (created_at);
