-- journal.get's answers are kept by each server instance (JournalAnswerCache) and used again
-- while nothing they were made of has changed. Every change of those rows sets a revision in its
-- own transaction, so the revision and the rows become visible together.
-- A revision is a value never used before (a random UUID), not a counter: a restored backup
-- brings old revisions back together with the rows they describe, while a counter would later
-- give a new change a value that a running server had already seen with other rows.

-- A journal's own rows: its lessons, their cells and its period marks.
ALTER TABLE assignment ADD COLUMN revision uuid NOT NULL DEFAULT gen_random_uuid();

-- What every journal reads from the rest of the school: the class lists (enrollments,
-- students, people), the subgroups' members and the work types.
CREATE TABLE school_revision (
    id       boolean PRIMARY KEY DEFAULT true CHECK (id),
    revision uuid NOT NULL
);
INSERT INTO school_revision (revision) VALUES (gen_random_uuid());

CREATE FUNCTION school_revision_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE school_revision SET revision = gen_random_uuid();
    RETURN NULL;
END $$;

CREATE TRIGGER enrollment_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON enrollment
    FOR EACH STATEMENT EXECUTE FUNCTION school_revision_touch();
CREATE TRIGGER student_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON student
    FOR EACH STATEMENT EXECUTE FUNCTION school_revision_touch();
CREATE TRIGGER person_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON person
    FOR EACH STATEMENT EXECUTE FUNCTION school_revision_touch();
CREATE TRIGGER subgroup_member_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON subgroup_member FOR EACH STATEMENT EXECUTE FUNCTION school_revision_touch();
CREATE TRIGGER work_type_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON work_type
    FOR EACH STATEMENT EXECUTE FUNCTION school_revision_touch();

-- Once per statement, for the journals of the rows it changed (a bulk load of a year's cells
-- touches each journal once, not once per cell).
CREATE FUNCTION journal_revision_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE assignment SET revision = gen_random_uuid()
            WHERE id IN (SELECT assignment_id FROM new_rows);
    ELSIF TG_OP = 'UPDATE' THEN
        UPDATE assignment SET revision = gen_random_uuid()
            WHERE id IN (SELECT assignment_id FROM new_rows
                         UNION SELECT assignment_id FROM old_rows);
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE assignment SET revision = gen_random_uuid()
            WHERE id IN (SELECT assignment_id FROM old_rows);
    ELSE -- TRUNCATE
        UPDATE assignment SET revision = gen_random_uuid();
    END IF;
    RETURN NULL;
END $$;

-- A trigger with transition tables takes one event; the three tables get the same four.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['lesson', 'journal_cell', 'period_mark'] LOOP
        EXECUTE format('CREATE TRIGGER %1$s_revision_insert AFTER INSERT ON %1$I '
                       'REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT '
                       'EXECUTE FUNCTION journal_revision_touch()', t);
        EXECUTE format('CREATE TRIGGER %1$s_revision_update AFTER UPDATE ON %1$I '
                       'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION journal_revision_touch()', t);
        EXECUTE format('CREATE TRIGGER %1$s_revision_delete AFTER DELETE ON %1$I '
                       'REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT '
                       'EXECUTE FUNCTION journal_revision_touch()', t);
        EXECUTE format('CREATE TRIGGER %1$s_revision_truncate AFTER TRUNCATE ON %1$I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION journal_revision_touch()', t);
    END LOOP;
END $$;
