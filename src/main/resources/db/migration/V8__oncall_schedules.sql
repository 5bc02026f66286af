-- On-call schedules (docs/oncall.md). Keys come before foreign keys, and foreign keys are table
-- constraints at the end (docs/development.md). Local date-times and times are wall-clock
-- values in the schedule's time zone; override bounds are instants.
CREATE TABLE schedule (
    id           UUID         NOT NULL,
    slug         VARCHAR(64)  NOT NULL,
    organization VARCHAR(64)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    time_zone    VARCHAR(64)  NOT NULL,
    CONSTRAINT schedule_pk PRIMARY KEY (id),
    CONSTRAINT schedule_slug_unique UNIQUE (slug),
    CONSTRAINT schedule_organization_fk FOREIGN KEY (organization) REFERENCES organization (slug)
);

-- One role of a schedule (primary, secondary) with its rotation; position is the layer order.
CREATE TABLE schedule_layer (
    schedule              UUID        NOT NULL,
    position              INT         NOT NULL,
    name                  VARCHAR(64) NOT NULL,
    rotation_kind         VARCHAR(16) NOT NULL CHECK (rotation_kind IN ('hourly', 'daily', 'weekly', 'custom')),
    custom_length_seconds BIGINT      CHECK (custom_length_seconds >= 60),
    rotation_start        TIMESTAMP   NOT NULL,
    CONSTRAINT schedule_layer_pk PRIMARY KEY (schedule, position),
    CONSTRAINT schedule_layer_name_unique UNIQUE (schedule, name),
    CONSTRAINT schedule_layer_custom_length CHECK ((rotation_kind = 'custom') = (custom_length_seconds IS NOT NULL)),
    CONSTRAINT schedule_layer_schedule_fk FOREIGN KEY (schedule) REFERENCES schedule (id)
);

-- A layer's participants in turn order; the same person may take more than one turn.
CREATE TABLE schedule_participant (
    schedule       UUID        NOT NULL,
    layer_position INT         NOT NULL,
    position       INT         NOT NULL,
    username       VARCHAR(64) NOT NULL,
    CONSTRAINT schedule_participant_pk PRIMARY KEY (schedule, layer_position, position),
    CONSTRAINT schedule_participant_layer_fk FOREIGN KEY (schedule, layer_position)
        REFERENCES schedule_layer (schedule, position),
    CONSTRAINT schedule_participant_user_fk FOREIGN KEY (username) REFERENCES app_user (username)
);

-- A weekly window outside which the layer's rotation has nobody; days as MONDAY,FRIDAY.
CREATE TABLE schedule_restriction (
    schedule       UUID        NOT NULL,
    layer_position INT         NOT NULL,
    position       INT         NOT NULL,
    days           VARCHAR(80) NOT NULL,
    from_time      TIME        NOT NULL,
    until_time     TIME        NOT NULL,
    CONSTRAINT schedule_restriction_pk PRIMARY KEY (schedule, layer_position, position),
    CONSTRAINT schedule_restriction_layer_fk FOREIGN KEY (schedule, layer_position)
        REFERENCES schedule_layer (schedule, position)
);

-- Someone taking over a layer during [starts_at, ends_at); where two overlap, the higher position wins.
CREATE TABLE schedule_override (
    schedule  UUID                     NOT NULL,
    position  INT                      NOT NULL,
    layer     VARCHAR(64)              NOT NULL,
    username  VARCHAR(64)              NOT NULL,
    starts_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT schedule_override_pk PRIMARY KEY (schedule, position),
    CONSTRAINT schedule_override_ends_after_start CHECK (ends_at > starts_at),
    CONSTRAINT schedule_override_layer_fk FOREIGN KEY (schedule, layer) REFERENCES schedule_layer (schedule, name),
    CONSTRAINT schedule_override_user_fk FOREIGN KEY (username) REFERENCES app_user (username)
);
