-- Heartbeat monitors: a system pings its key; silence past the interval raises an alert through
-- the heartbeat's own integration (auto-resolving, so the next ping resolves the incident).
CREATE TABLE heartbeat (
    id               UUID         PRIMARY KEY,
    name             VARCHAR(100) NOT NULL,
    service          VARCHAR(64)  NOT NULL REFERENCES service (slug),
    integration_id   UUID         NOT NULL REFERENCES integration (id),
    key_hash         CHAR(64)     NOT NULL UNIQUE,
    interval_seconds BIGINT       NOT NULL,
    state            VARCHAR(16)  NOT NULL CHECK (state IN ('ok', 'overdue')),
    due_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    last_ping_at     TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(128) NOT NULL,
    UNIQUE (service, name)
);
CREATE INDEX heartbeat_due ON heartbeat (state, due_at);
