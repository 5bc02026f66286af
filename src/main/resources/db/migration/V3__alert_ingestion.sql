-- Integration keys: how senders (Alertmanager, Grafana, PagerDuty- and Opsgenie-style clients)
-- reach a service. Only the key's SHA-256 is stored, as for API tokens.
CREATE TABLE integration (
    id                   UUID          PRIMARY KEY,
    name                 VARCHAR(100)  NOT NULL,
    service              VARCHAR(64)   NOT NULL REFERENCES service (slug),
    key_hash             CHAR(64)      NOT NULL UNIQUE,
    -- JSON object: source severity (lowercase) -> severity code, e.g. {"critical":"P1"}
    severity_mapping     VARCHAR(4000) NOT NULL,
    default_severity     VARCHAR(8)    NOT NULL,
    -- label names whose values, with the service, make the group key; empty: by service
    group_labels         VARCHAR(1000) NOT NULL,
    -- a new alert joins the group's open incident only if the group's last alert is this recent
    group_window_seconds BIGINT,
    auto_resolve         BOOLEAN       NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by           VARCHAR(128)  NOT NULL,
    UNIQUE (service, name)
);

-- One row per alert as its source identifies it (fingerprint, dedup_key, alias); repeats count.
CREATE TABLE alert (
    id             UUID           PRIMARY KEY,
    integration_id UUID           NOT NULL REFERENCES integration (id),
    dedup_key      VARCHAR(255)   NOT NULL,
    source         VARCHAR(32)    NOT NULL,
    status         VARCHAR(16)    NOT NULL,
    severity       VARCHAR(8)     NOT NULL,
    summary        VARCHAR(1024)  NOT NULL,
    labels         VARCHAR(20000) NOT NULL,
    annotations    VARCHAR(20000) NOT NULL,
    group_key      VARCHAR(1000)  NOT NULL,
    event_count    BIGINT         NOT NULL,
    first_seen     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen      TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at    TIMESTAMP WITH TIME ZONE,
    incident_id    UUID           REFERENCES incident (id),
    silenced_by    UUID,
    UNIQUE (integration_id, dedup_key)
);
CREATE INDEX alert_by_incident ON alert (incident_id);
CREATE INDEX alert_by_last_seen ON alert (last_seen);

-- The incident a group of alerts currently feeds. Its row is the lock that keeps two alerts
-- of one group, arriving together, from opening two incidents.
CREATE TABLE alert_group (
    integration_id UUID          NOT NULL REFERENCES integration (id),
    group_key      VARCHAR(1000) NOT NULL,
    incident_id    UUID          REFERENCES incident (id),
    last_alert_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (integration_id, group_key)
);

-- Silences and maintenance windows: matching alerts are recorded but open no incident.
CREATE TABLE silence (
    id         UUID           PRIMARY KEY,
    kind       VARCHAR(16)    NOT NULL CHECK (kind IN ('silence', 'maintenance')),
    comment    VARCHAR(2000)  NOT NULL,
    -- JSON object of label equality matchers, all of which must hold
    matchers   VARCHAR(4000)  NOT NULL,
    -- JSON list of service slugs; empty: any service
    services   VARCHAR(4000)  NOT NULL,
    starts_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(128)   NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX silence_by_end ON silence (ends_at);
