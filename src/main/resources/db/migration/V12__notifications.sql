-- Notifications (docs/notifications.md). Keys come before foreign keys, and foreign keys are table
-- constraints at the end (docs/development.md).

-- Where a person can be paged. A person has each address of a type once.
CREATE TABLE contact_method (
    id       UUID          NOT NULL,
    username VARCHAR(64)   NOT NULL,
    type     VARCHAR(16)   NOT NULL CHECK (type IN ('email', 'slack', 'teams', 'webhook', 'sms', 'voice')),
    address  VARCHAR(2000) NOT NULL,
    label    VARCHAR(200),
    CONSTRAINT contact_method_pk PRIMARY KEY (id),
    CONSTRAINT contact_method_address_uq UNIQUE (username, type, address),
    CONSTRAINT contact_method_user_fk FOREIGN KEY (username) REFERENCES app_user (username)
);

-- A person's notification rules, in order: which contact method, how long after a level reaches them.
CREATE TABLE notification_rule (
    username       VARCHAR(64) NOT NULL,
    position       INT         NOT NULL,
    delay_seconds  BIGINT      NOT NULL CHECK (delay_seconds >= 0),
    contact_method UUID        NOT NULL,
    CONSTRAINT notification_rule_pk PRIMARY KEY (username, position),
    CONSTRAINT notification_rule_user_fk FOREIGN KEY (username) REFERENCES app_user (username),
    CONSTRAINT notification_rule_contact_method_fk FOREIGN KEY (contact_method) REFERENCES contact_method (id)
);

-- The outbox: one row per rule step of a person reached, written in the escalation's transaction,
-- sent after its commit or by the sweep. The channel and address are copied: a page goes where the
-- contact method pointed when the level was reached, and the log keeps saying so after an edit.
-- No foreign key to contact_method: removing one cancels its pending rows and keeps the history.
CREATE TABLE delivery (
    id              UUID                     NOT NULL,
    incident_id     UUID                     NOT NULL,
    username        VARCHAR(64)              NOT NULL,
    contact_method  UUID                     NOT NULL,
    channel         VARCHAR(16)              NOT NULL,
    address         VARCHAR(2000)            NOT NULL,
    reason          VARCHAR(300)             NOT NULL,
    step            INT                      NOT NULL,
    status          VARCHAR(16)              NOT NULL
        CHECK (status IN ('pending', 'retrying', 'sent', 'given_up', 'cancelled')),
    due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts        INT                      NOT NULL,
    last_error      VARCHAR(2000),
    last_attempt_at TIMESTAMP WITH TIME ZONE,
    sent_at         TIMESTAMP WITH TIME ZONE,
    message_key     VARCHAR(100),
    idempotency_key VARCHAR(100)             NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT delivery_pk PRIMARY KEY (id),
    CONSTRAINT delivery_idempotency_key_uq UNIQUE (idempotency_key),
    -- An incident's deliveries are read together (its notifications); this key also serves its foreign key.
    CONSTRAINT delivery_incident_uq UNIQUE (incident_id, id),
    CONSTRAINT delivery_incident_fk FOREIGN KEY (incident_id) REFERENCES incident (id)
);
-- The sweep's question: what is due now, per contact method.
CREATE INDEX delivery_due_idx ON delivery (status, due_at);
-- The throttle's: when did this contact method last get a message.
CREATE INDEX delivery_contact_method_idx ON delivery (contact_method, sent_at);
-- Channel health's: each channel's latest try.
CREATE INDEX delivery_channel_idx ON delivery (channel, last_attempt_at);
