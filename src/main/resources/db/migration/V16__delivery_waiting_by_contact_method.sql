-- Every send claims what is waiting for one contact method (DeliveryRepository.CLAIM_DUE). The
-- (status, due_at) index answered it by reading what waits for every contact method, and
-- PostgreSQL preferred (contact_method, sent_at DESC), reading the method's whole history: 1.1 ms
-- of each page at 4,000 pages to one person (bench/pages.sh, statement log). Status first, so that
-- H2 can look the status list up in it too.
CREATE INDEX delivery_waiting_idx ON delivery (status, contact_method, due_at);
