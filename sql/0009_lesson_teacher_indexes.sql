-- The lessons a teacher taught as a substitute (R07: their journal list) and the correction
-- columns of a test (R05: checked before a lesson is deleted, and by the foreign key of
-- correction_of) were found by reading the whole lesson table, which grows by some 35,000
-- rows a school year.
CREATE INDEX lesson_taught_by_idx ON lesson (taught_by);
CREATE INDEX lesson_correction_of_idx ON lesson (correction_of) WHERE correction_of IS NOT NULL;
