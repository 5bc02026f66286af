-- Server secrets that sign links a person cannot attach a token to: calendar feed subscriptions
-- now, acknowledge links from notifications later. One row per purpose, generated once by the
-- first node that needs it and then shared, so signed links survive restarts and work on every node.
CREATE TABLE signing_secret (
    name       VARCHAR(64)              NOT NULL,
    secret     VARCHAR(200)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT signing_secret_pk PRIMARY KEY (name)
);
