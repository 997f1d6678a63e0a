-- An audit row in one round trip instead of two: the chain's lock, the chain's last hash and
-- the insert are three statements of one function. In READ COMMITTED a VOLATILE function
-- takes a fresh snapshot for each statement, so the last hash is read after the lock is held
-- and sees the row the lock's previous holder committed; the id is drawn under the lock, so
-- a chain's rows keep ascending ids (what `audit verify` orders them by). Chain N's lock is
-- the advisory key 0x61756469746c6f67 ("auditlog") + N, as before this function.
CREATE FUNCTION audit_append(p_chain integer, p_at timestamptz,
                             p_user_id bigint, p_client_address text, p_op text, p_entity text,
                             p_entity_id bigint, p_old jsonb, p_new jsonb, p_reason text)
RETURNS bigint LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    v_id bigint;
    v_prev bytea;
BEGIN
    -- Under REPEATABLE READ or SERIALIZABLE the read below would see the snapshot from before
    -- the lock, and the chain would fork.
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'audit_append needs READ COMMITTED, not %',
            current_setting('transaction_isolation');
    END IF;
    PERFORM pg_advisory_xact_lock(7022629598041763687 + p_chain);
    SELECT row_hash INTO v_prev FROM audit_log WHERE chain = p_chain ORDER BY id DESC LIMIT 1;
    v_prev := coalesce(v_prev, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea);
    v_id := nextval('audit_log_id_seq');
    INSERT INTO audit_log (id, at, user_id, client_address, op, entity, entity_id, old_value,
                           new_value, reason, prev_hash, row_hash, chain)
    VALUES (v_id, p_at, p_user_id, p_client_address, p_op, p_entity, p_entity_id, p_old, p_new,
            p_reason, v_prev,
            sha256(v_prev || convert_to(audit_row_content(v_id, p_at, p_user_id,
                p_client_address, p_op, p_entity, p_entity_id, p_old, p_new, p_reason), 'UTF8')),
            p_chain);
    RETURN v_id;
END
$$;
