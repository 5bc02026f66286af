-- Organizations, people and the service catalog, as loaded from the organization folders.
CREATE TABLE organization (
    slug               VARCHAR(64)  PRIMARY KEY,
    name               VARCHAR(200) NOT NULL,
    time_zone          VARCHAR(64)  NOT NULL,
    business_day_start TIME         NOT NULL,
    business_day_end   TIME         NOT NULL
);

-- People who can be paged, and (with a password) sign in to the web UI.
CREATE TABLE app_user (
    username      VARCHAR(64)  PRIMARY KEY,
    display_name  VARCHAR(200) NOT NULL,
    organization  VARCHAR(64)  REFERENCES organization (slug),
    title         VARCHAR(200),
    email         VARCHAR(320),
    phone         VARCHAR(40),
    chat_handle   VARCHAR(100),
    time_zone     VARCHAR(64)  NOT NULL,
    role          VARCHAR(16)  NOT NULL CHECK (role IN ('viewer', 'responder', 'lead', 'admin')),
    password_hash VARCHAR(200)
);

CREATE TABLE team (
    slug         VARCHAR(64)   PRIMARY KEY,
    organization VARCHAR(64)   NOT NULL REFERENCES organization (slug),
    name         VARCHAR(200)  NOT NULL,
    description  VARCHAR(2000)
);

CREATE TABLE team_member (
    team     VARCHAR(64)  NOT NULL REFERENCES team (slug),
    username VARCHAR(64)  NOT NULL REFERENCES app_user (username),
    role     VARCHAR(100) NOT NULL,
    PRIMARY KEY (team, username)
);

CREATE TABLE service (
    slug           VARCHAR(64)   PRIMARY KEY,
    organization   VARCHAR(64)   NOT NULL REFERENCES organization (slug),
    name           VARCHAR(200)  NOT NULL,
    kind           VARCHAR(16)   NOT NULL CHECK (kind IN ('internal', 'external')),
    description    VARCHAR(2000),
    owner_team     VARCHAR(64)   REFERENCES team (slug),
    health_url     VARCHAR(2000),
    vendor_name    VARCHAR(200),
    vendor_contact VARCHAR(200),
    vendor_email   VARCHAR(320),
    vendor_phone   VARCHAR(40),
    vendor_url     VARCHAR(2000)
);

-- Only a hash is stored: a leaked database does not leak working tokens.
CREATE TABLE api_token (
    id         UUID         PRIMARY KEY,
    name       VARCHAR(100) NOT NULL UNIQUE,
    token_hash CHAR(64)     NOT NULL UNIQUE,
    role       VARCHAR(16)  NOT NULL CHECK (role IN ('viewer', 'responder', 'lead', 'admin')),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(128) NOT NULL
);
