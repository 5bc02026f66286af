-- Whoever inserts an incident's row here first opens its Slack channel. The declaring event and a
-- severity raised right after are handled at once, and both found no channel yet: two channels were
-- created for one incident (SevereIncidentsGetASlackChannelTest, once in CI). The row is committed
-- on its own before Slack is called, and removed again when opening the channel fails, so a retry
-- of the event can claim it.
CREATE TABLE slack_channel_claim (
    incident_id UUID                     NOT NULL,
    claimed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT slack_channel_claim_pk PRIMARY KEY (incident_id),
    CONSTRAINT slack_channel_claim_incident_fk FOREIGN KEY (incident_id) REFERENCES incident (id)
);
