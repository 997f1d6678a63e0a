-- Foundation: the school, users and roles, sessions, failed sign-ins, the audit log.

CREATE TABLE school_setting (
    key        text PRIMARY KEY,
    value      text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE app_user (
    id                   bigserial PRIMARY KEY,
    login                text NOT NULL,
    password_hash        text NOT NULL,
    full_name            text NOT NULL DEFAULT '',
    must_change_password boolean NOT NULL DEFAULT true,
    disabled             boolean NOT NULL DEFAULT false,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    updated_by           bigint REFERENCES app_user(id)
);
CREATE UNIQUE INDEX app_user_login_key ON app_user (lower(login));

CREATE TABLE user_role (
    user_id bigint NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    role    text NOT NULL CHECK (role IN ('admin', 'director', 'deputy', 'secretary', 'teacher',
                                          'class_teacher', 'student', 'parent')),
    PRIMARY KEY (user_id, role)
);

CREATE TABLE session (
    id             bigserial PRIMARY KEY,
    token_hash     bytea NOT NULL UNIQUE,
    user_id        bigint NOT NULL REFERENCES app_user(id),
    client_address text NOT NULL DEFAULT '',
    client_name    text NOT NULL DEFAULT '',
    created_at     timestamptz NOT NULL,
    last_seen_at   timestamptz NOT NULL,
    revoked_at     timestamptz
);
CREATE INDEX session_user_idx ON session (user_id) WHERE revoked_at IS NULL;

-- Failed sign-ins per login and client address (lockout, R20 and the security notes).
CREATE TABLE login_failure (
    id             bigserial PRIMARY KEY,
    login          text NOT NULL,
    client_address text NOT NULL,
    at             timestamptz NOT NULL
);
CREATE INDEX login_failure_lookup_idx ON login_failure (lower(login), client_address, at);

-- Append-only and hash-chained: row_hash = SHA-256(prev_hash || canonical row content).
CREATE TABLE audit_log (
    id             bigint PRIMARY KEY,
    at             timestamptz NOT NULL,
    user_id        bigint REFERENCES app_user(id),
    client_address text NOT NULL DEFAULT '',
    op             text NOT NULL,
    entity         text NOT NULL DEFAULT '',
    entity_id      bigint,
    old_value      jsonb,
    new_value      jsonb,
    reason         text NOT NULL DEFAULT '',
    prev_hash      bytea NOT NULL,
    row_hash       bytea NOT NULL
);
CREATE SEQUENCE audit_log_id_seq OWNED BY audit_log.id;
CREATE INDEX audit_log_at_idx ON audit_log (at);
CREATE INDEX audit_log_user_idx ON audit_log (user_id, at);

-- The canonical text of an audit row that its hash covers; one definition for writing
-- and for `ejournal-server audit verify`.
CREATE FUNCTION audit_row_content(p_id bigint, p_at timestamptz, p_user_id bigint,
                                  p_client_address text, p_op text, p_entity text,
                                  p_entity_id bigint, p_old jsonb, p_new jsonb, p_reason text)
RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT concat_ws(E'\x1f', p_id::text,
                     to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                     coalesce(p_user_id::text, ''), p_client_address, p_op, p_entity,
                     coalesce(p_entity_id::text, ''), coalesce(p_old::text, ''),
                     coalesce(p_new::text, ''), p_reason)
$$;
