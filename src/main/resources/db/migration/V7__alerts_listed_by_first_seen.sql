-- Alerts are listed newest first by when they first fired, as PagerDuty, Opsgenie and GoAlert list
-- them. An index on last_seen, which every repeat moves, made each repeat rewrite an index entry
-- on H2 and kept PostgreSQL from updating the row in place (no HOT update), for a list order.
DROP INDEX alert_by_last_seen;
CREATE INDEX alert_by_first_seen ON alert (first_seen);
