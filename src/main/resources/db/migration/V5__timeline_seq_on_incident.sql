-- The newest entry's number beside its hash, read with the incident's row lock, so an append
-- needs no search of the timeline (H2 scanned every entry of an incident for ORDER BY seq DESC).
ALTER TABLE incident ADD COLUMN timeline_seq INT NOT NULL DEFAULT 0;
UPDATE incident SET timeline_seq = (SELECT COALESCE(MAX(seq), 0) FROM timeline_entry WHERE incident_id = incident.id);
