-- R13: the deputy director reopens a journal's period marks after the deadline, until a date.
CREATE TABLE period_unlock (
    assignment_id bigint NOT NULL REFERENCES assignment(id),
    period_id     bigint NOT NULL REFERENCES period(id),
    until         date NOT NULL,
    unlocked_by   bigint REFERENCES app_user(id),
    unlocked_at   timestamptz NOT NULL,
    PRIMARY KEY (assignment_id, period_id)
);
