-- journal.get's answers are kept by each server instance (JournalAnswerCache) and used again
-- while nothing they were made of has changed. Every transaction that changes those rows sets
-- a revision before it commits, so the revision and the rows become visible together.
-- A revision is a value never used before (a random UUID), not a counter: a restored backup
-- brings old revisions back together with the rows they describe, while a counter would later
-- give a new change a value that a running server had already seen with other rows.
--
-- The revisions are set by deferred triggers, at the transaction's commit, once per
-- transaction (revised_by: the transaction that set it). At the commit every row the
-- transaction changes is already locked, so the revision's row lock is the last it takes:
-- a batch of cells and another write into the same journal cannot each hold a lock the other
-- waits for, as they could if the revision were set after every statement.

-- A journal's own rows: its lessons, their cells and its period marks.
ALTER TABLE assignment ADD COLUMN revision uuid NOT NULL DEFAULT gen_random_uuid(),
    ADD COLUMN revised_by xid8;

-- What every journal reads from the rest of the school: the class lists (enrollments,
-- students, people), the subgroups' members and the work types.
CREATE TABLE school_revision (
    id         boolean PRIMARY KEY DEFAULT true CHECK (id),
    revision   uuid NOT NULL,
    revised_by xid8
);
INSERT INTO school_revision (revision) VALUES (gen_random_uuid());

CREATE FUNCTION school_revision_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE school_revision SET revision = gen_random_uuid(), revised_by = pg_current_xact_id()
        WHERE revised_by IS DISTINCT FROM pg_current_xact_id();
    RETURN NULL;
END $$;

-- The journals of the changed row: the old row's and the new row's.
CREATE FUNCTION journal_revision_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        UPDATE assignment SET revision = gen_random_uuid(), revised_by = pg_current_xact_id();
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE assignment SET revision = gen_random_uuid(), revised_by = pg_current_xact_id()
            WHERE id = OLD.assignment_id AND revised_by IS DISTINCT FROM pg_current_xact_id();
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE assignment SET revision = gen_random_uuid(), revised_by = pg_current_xact_id()
            WHERE id = NEW.assignment_id AND revised_by IS DISTINCT FROM pg_current_xact_id();
    END IF;
    RETURN NULL;
END $$;

-- A constraint trigger is a row trigger; TRUNCATE (no rows, and rare) sets the revisions at
-- once with a statement trigger.
DO $$
DECLARE
    t text;
    touch text;
BEGIN
    FOREACH t IN ARRAY ARRAY['lesson', 'journal_cell', 'period_mark', 'enrollment', 'student',
                             'person', 'subgroup_member', 'work_type'] LOOP
        touch := CASE WHEN t IN ('lesson', 'journal_cell', 'period_mark')
                      THEN 'journal_revision_touch' ELSE 'school_revision_touch' END;
        EXECUTE format('CREATE CONSTRAINT TRIGGER %1$s_revision AFTER INSERT OR UPDATE OR DELETE '
                       'ON %1$I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW '
                       'EXECUTE FUNCTION %2$I()', t, touch);
        EXECUTE format('CREATE TRIGGER %1$s_revision_truncate AFTER TRUNCATE ON %1$I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION %2$I()', t, touch);
    END LOOP;
END $$;
