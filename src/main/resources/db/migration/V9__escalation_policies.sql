-- Escalation policies (docs/escalation.md). Keys come before foreign keys, and foreign keys are
-- table constraints at the end (docs/development.md). A policy is read and written whole, so its
-- ordered levels (names, targets, triggers) are one JSON document in the shape the API shows;
-- plain text keeps it portable between H2 and PostgreSQL.
CREATE TABLE escalation_policy (
    slug         VARCHAR(64)     NOT NULL,
    organization VARCHAR(64)     NOT NULL,
    name         VARCHAR(200)    NOT NULL,
    levels       VARCHAR(100000) NOT NULL,
    CONSTRAINT escalation_policy_pk PRIMARY KEY (slug),
    CONSTRAINT escalation_policy_organization_fk FOREIGN KEY (organization) REFERENCES organization (slug)
);

-- Which policy a service uses: a service has at most one.
CREATE TABLE escalation_policy_service (
    service VARCHAR(64) NOT NULL,
    policy  VARCHAR(64) NOT NULL,
    CONSTRAINT escalation_policy_service_pk PRIMARY KEY (service),
    CONSTRAINT escalation_policy_service_service_fk FOREIGN KEY (service) REFERENCES service (slug),
    CONSTRAINT escalation_policy_service_policy_fk FOREIGN KEY (policy) REFERENCES escalation_policy (slug)
);
