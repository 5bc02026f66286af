-- The Slack channel opened for a severe incident and the summary message in it, whose ts later
-- updates (status, severity) reply to as a thread. One row per incident, written once the channel
-- exists and the summary is posted.
CREATE TABLE slack_incident_thread (
    incident_id  UUID                     NOT NULL,
    channel_id   VARCHAR(32)              NOT NULL,
    channel_name VARCHAR(80)              NOT NULL,
    message_ts   VARCHAR(32)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT slack_incident_thread_pk PRIMARY KEY (incident_id),
    CONSTRAINT slack_incident_thread_incident_fk FOREIGN KEY (incident_id) REFERENCES incident (id)
);
