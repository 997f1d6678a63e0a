-- journal.get's answers are kept by each server instance (JournalAnswerCache) and used again
-- while nothing they were made of has changed. Every transaction that changes those rows sets
-- a revision before it commits, so the revision and the rows become visible together.
-- A revision is a value never used before (a random UUID), not a counter: a restored backup
-- brings old revisions back together with the rows they describe, while a counter would later
-- give a new change a value that a running server had already seen with other rows.
--
-- The revisions are set by deferred triggers, at the transaction's commit, to one value per
-- transaction (this_transactions_revision()): a journal it changed already carrying that value
-- was set by it, and is left alone. At the commit every row the transaction changes is already
-- locked, so the revision's row lock is the last it takes: a write into a journal does not
-- wait for another open transaction that wrote into the same journal (and a batch of cells and
-- a single mark cannot each hold a lock the other waits for, as they could if the revision
-- were set after every statement).

-- A journal's own rows: its lessons, their cells and its period marks.
ALTER TABLE assignment ADD COLUMN revision uuid NOT NULL DEFAULT gen_random_uuid();

-- What every journal reads from the rest of the school: the class lists (enrollments,
-- students, people), the subgroups' members and the work types.
CREATE TABLE school_revision (
    id       boolean PRIMARY KEY DEFAULT true CHECK (id),
    revision uuid NOT NULL
);
INSERT INTO school_revision (revision) VALUES (gen_random_uuid());

-- The revision this transaction gives what it changes: random, made at its first call and
-- kept in a setting local to the transaction. (Not the transaction's id: a restored backup
-- would bring ids of another cluster that this one's transactions reach again.)
CREATE FUNCTION this_transactions_revision() RETURNS uuid LANGUAGE plpgsql AS $$
DECLARE
    mine text := current_setting('ejournal.revision', true);
BEGIN
    IF mine IS NULL OR mine = '' THEN
        mine := gen_random_uuid()::text;
        PERFORM set_config('ejournal.revision', mine, true);
    END IF;
    RETURN mine::uuid;
END $$;

CREATE FUNCTION school_revision_touch() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    mine uuid := this_transactions_revision();
BEGIN
    UPDATE school_revision SET revision = mine WHERE revision <> mine;
    RETURN NULL;
END $$;

-- The journals of the changed row: the old row's and the new row's.
CREATE FUNCTION journal_revision_touch() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    mine uuid := this_transactions_revision();
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        UPDATE assignment SET revision = mine WHERE revision <> mine;
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE assignment SET revision = mine WHERE id = OLD.assignment_id AND revision <> mine;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE assignment SET revision = mine WHERE id = NEW.assignment_id AND revision <> mine;
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
