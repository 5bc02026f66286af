-- Which runbook scenarios an incident follows (by service, or attached by hand), and every run
-- of one of their steps: who asked, who approved a destructive one, the exact command, and what
-- it gave. Rows are never deleted: they are the audit of what was done to production.
CREATE TABLE incident_scenario (
    incident_id  UUID                     NOT NULL REFERENCES incident (id),
    runbook_id   VARCHAR(140)             NOT NULL REFERENCES runbook (id),
    scenario     VARCHAR(100)             NOT NULL,
    attached_by  VARCHAR(120)             NOT NULL,
    attached_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    how          VARCHAR(20)              NOT NULL,
    PRIMARY KEY (incident_id, runbook_id, scenario)
);

CREATE TABLE step_run (
    id              UUID                     PRIMARY KEY,
    incident_id     UUID                     NOT NULL REFERENCES incident (id),
    runbook_id      VARCHAR(140)             NOT NULL REFERENCES runbook (id),
    scenario        VARCHAR(100)             NOT NULL,
    step_id         VARCHAR(40)              NOT NULL,
    step_type       VARCHAR(10)              NOT NULL,
    title           VARCHAR(300)             NOT NULL,
    command         TEXT                     NOT NULL,
    destructive     BOOLEAN                  NOT NULL,
    status          VARCHAR(20)              NOT NULL,
    requested_by    VARCHAR(120)             NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    approve_by      TIMESTAMP WITH TIME ZONE,
    decided_by      VARCHAR(120),
    decided_at      TIMESTAMP WITH TIME ZONE,
    exit_code       INTEGER,
    output          TEXT,
    truncated       BOOLEAN                  NOT NULL DEFAULT FALSE,
    duration_ms     BIGINT,
    finished_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX step_run_incident ON step_run (incident_id, requested_at);
