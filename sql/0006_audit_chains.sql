-- Audit rows form several hash chains instead of one, so that audited writes of different
-- users do not queue behind one lock. Each row's prev_hash is the row_hash of the row
-- before it in the same chain; the rows written before this migration are chain 0.
ALTER TABLE audit_log ADD COLUMN chain integer NOT NULL DEFAULT 0;
CREATE INDEX audit_log_chain_idx ON audit_log (chain, id);
