-- Runbooks as their Markdown: the parsed model is read from it on demand (parsing is cheap and
-- the parser improves; a stored model would go stale).
CREATE TABLE runbook (
    id            VARCHAR(140)             PRIMARY KEY,
    organization  VARCHAR(64)              NOT NULL REFERENCES organization (slug),
    title         VARCHAR(200)             NOT NULL,
    markdown      TEXT                     NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(120)             NOT NULL
);
CREATE INDEX runbook_organization ON runbook (organization);
