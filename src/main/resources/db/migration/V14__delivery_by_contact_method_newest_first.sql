-- Every page asks when its contact method last got a message (the throttle). With
-- (contact_method, sent_at) H2 answered max(sent_at) by reading every delivery of the method, so
-- paging one person slowed as their history grew (bench/pages.sh, 1,000 pages to one person).
-- Newest first, the query (ORDER BY contact_method, sent_at DESC LIMIT 1) stops at the first entry.
DROP INDEX delivery_contact_method_idx;
CREATE INDEX delivery_contact_method_sent_idx ON delivery (contact_method, sent_at DESC);
