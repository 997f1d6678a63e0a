-- School structure (R08, R12), people and rosters by order (R22), and the journal tables
-- the demo school fills (lessons, cells, period marks; their ops come with the journal).

ALTER TABLE app_user ADD COLUMN person_id bigint;

CREATE TABLE academic_year (
    id         bigserial PRIMARY KEY,
    title      text NOT NULL UNIQUE,            -- "2026/2027"
    starts_on  date NOT NULL,
    ends_on    date NOT NULL,
    closed     boolean NOT NULL DEFAULT false,
    updated_at timestamptz NOT NULL,
    updated_by bigint REFERENCES app_user(id),
    CHECK (starts_on < ends_on)
);

CREATE TABLE period (
    id             bigserial PRIMARY KEY,
    year_id        bigint NOT NULL REFERENCES academic_year(id),
    kind           text NOT NULL CHECK (kind IN ('quarter', 'half_year', 'trimester')),
    ordinal        integer NOT NULL CHECK (ordinal BETWEEN 1 AND 4),
    grade_from     integer NOT NULL CHECK (grade_from BETWEEN 1 AND 11),
    grade_to       integer NOT NULL CHECK (grade_to BETWEEN 1 AND 11),
    starts_on      date NOT NULL,
    ends_on        date NOT NULL,
    marks_deadline date NOT NULL,
    updated_at     timestamptz NOT NULL,
    updated_by     bigint REFERENCES app_user(id),
    CHECK (starts_on < ends_on AND grade_from <= grade_to),
    UNIQUE (year_id, kind, ordinal, grade_from)
);

CREATE TABLE holiday (
    id         bigserial PRIMARY KEY,
    year_id    bigint NOT NULL REFERENCES academic_year(id),
    title      text NOT NULL,
    starts_on  date NOT NULL,
    ends_on    date NOT NULL,
    grade_from integer NOT NULL DEFAULT 1,
    grade_to   integer NOT NULL DEFAULT 11,
    CHECK (starts_on <= ends_on)
);

CREATE TABLE person (
    id          bigserial PRIMARY KEY,
    last_name   text NOT NULL CHECK (last_name <> ''),
    first_name  text NOT NULL CHECK (first_name <> ''),
    middle_name text NOT NULL DEFAULT '',
    birth_date  date,
    sex         text CHECK (sex IN ('м', 'ж')),
    updated_at  timestamptz NOT NULL,
    updated_by  bigint REFERENCES app_user(id)
);
ALTER TABLE app_user ADD CONSTRAINT app_user_person_fk FOREIGN KEY (person_id) REFERENCES person(id);
CREATE UNIQUE INDEX app_user_person_key ON app_user (person_id) WHERE person_id IS NOT NULL;

CREATE TABLE room (
    id    bigserial PRIMARY KEY,
    title text NOT NULL UNIQUE
);

CREATE TABLE class_group (
    id                  bigserial PRIMARY KEY,
    year_id             bigint NOT NULL REFERENCES academic_year(id),
    grade               integer NOT NULL CHECK (grade BETWEEN 1 AND 11),
    letter              text NOT NULL CHECK (letter <> ''),
    homeroom_teacher_id bigint REFERENCES app_user(id),
    room_id             bigint REFERENCES room(id),
    updated_at          timestamptz NOT NULL,
    updated_by          bigint REFERENCES app_user(id),
    UNIQUE (year_id, grade, letter)
);

CREATE TABLE student (
    id               bigserial PRIMARY KEY,
    person_id        bigint NOT NULL UNIQUE REFERENCES person(id),
    personal_file_no text NOT NULL,
    updated_at       timestamptz NOT NULL,
    updated_by       bigint REFERENCES app_user(id)
);
CREATE UNIQUE INDEX student_file_no_key ON student (lower(personal_file_no));

-- A student's membership of a class from one date to another (to_date exclusive, NULL:
-- still there): the class on any past date, and old journals keep students who left.
CREATE TABLE enrollment (
    id         bigserial PRIMARY KEY,
    student_id bigint NOT NULL REFERENCES student(id),
    class_id   bigint NOT NULL REFERENCES class_group(id),
    from_date  date NOT NULL,
    to_date    date,
    CHECK (to_date IS NULL OR from_date < to_date)
);
CREATE INDEX enrollment_class_idx ON enrollment (class_id, from_date);
CREATE INDEX enrollment_student_idx ON enrollment (student_id, from_date);
CREATE UNIQUE INDEX enrollment_open_key ON enrollment (student_id) WHERE to_date IS NULL;

-- Admissions, transfers and expulsions, each by the director's order (R22).
CREATE TABLE movement (
    id            bigserial PRIMARY KEY,
    student_id    bigint NOT NULL REFERENCES student(id),
    kind          text NOT NULL CHECK (kind IN ('admit', 'transfer', 'expel')),
    from_class_id bigint REFERENCES class_group(id),
    to_class_id   bigint REFERENCES class_group(id),
    on_date       date NOT NULL,
    order_no      text NOT NULL CHECK (order_no <> ''),
    order_date    date NOT NULL,
    created_at    timestamptz NOT NULL,
    created_by    bigint REFERENCES app_user(id)
);
CREATE INDEX movement_date_idx ON movement (on_date);

CREATE TABLE guardian (
    parent_user_id bigint NOT NULL REFERENCES app_user(id),
    student_id     bigint NOT NULL REFERENCES student(id),
    PRIMARY KEY (parent_user_id, student_id)
);
CREATE INDEX guardian_student_idx ON guardian (student_id);

CREATE TABLE subject (
    id          bigserial PRIMARY KEY,
    title       text NOT NULL UNIQUE,
    short_title text NOT NULL DEFAULT '',
    double_mark boolean NOT NULL DEFAULT false, -- R01: "5/4" in Russian language, literature
    pass_fail   boolean NOT NULL DEFAULT false  -- R01: зач/незач
);

CREATE TABLE work_type (
    id         bigserial PRIMARY KEY,
    title      text NOT NULL UNIQUE,
    weight     numeric(4, 2) NOT NULL CHECK (weight > 0),
    is_written boolean NOT NULL DEFAULT false, -- R06: written work has the longer window
    is_control boolean NOT NULL DEFAULT false  -- R05: a correction column may follow it
);

CREATE TABLE curriculum (
    class_id       bigint NOT NULL REFERENCES class_group(id),
    subject_id     bigint NOT NULL REFERENCES subject(id),
    hours_per_week numeric(4, 1) NOT NULL CHECK (hours_per_week > 0),
    PRIMARY KEY (class_id, subject_id)
);

CREATE TABLE subgroup (
    id         bigserial PRIMARY KEY,
    class_id   bigint NOT NULL REFERENCES class_group(id),
    subject_id bigint NOT NULL REFERENCES subject(id),
    title      text NOT NULL,
    UNIQUE (class_id, subject_id, title)
);

CREATE TABLE subgroup_member (
    subgroup_id bigint NOT NULL REFERENCES subgroup(id) ON DELETE CASCADE,
    student_id  bigint NOT NULL REFERENCES student(id),
    PRIMARY KEY (subgroup_id, student_id)
);

-- One journal: class × subject × subgroup × teacher.
CREATE TABLE assignment (
    id             bigserial PRIMARY KEY,
    class_id       bigint NOT NULL REFERENCES class_group(id),
    subject_id     bigint NOT NULL REFERENCES subject(id),
    subgroup_id    bigint REFERENCES subgroup(id),
    teacher_id     bigint NOT NULL REFERENCES app_user(id),
    hours_per_week numeric(4, 1) NOT NULL CHECK (hours_per_week > 0),
    updated_at     timestamptz NOT NULL,
    updated_by     bigint REFERENCES app_user(id)
);
CREATE UNIQUE INDEX assignment_key ON assignment (class_id, subject_id, coalesce(subgroup_id, 0));
CREATE INDEX assignment_teacher_idx ON assignment (teacher_id);

CREATE TABLE bell (
    lesson_no integer PRIMARY KEY CHECK (lesson_no BETWEEN 0 AND 10),
    starts_at time NOT NULL,
    ends_at   time NOT NULL
);

CREATE TABLE timetable_entry (
    id            bigserial PRIMARY KEY,
    class_id      bigint NOT NULL REFERENCES class_group(id),
    weekday       integer NOT NULL CHECK (weekday BETWEEN 1 AND 6),
    lesson_no     integer NOT NULL,
    assignment_id bigint NOT NULL REFERENCES assignment(id),
    room_id       bigint REFERENCES room(id),
    valid_from    date NOT NULL,
    valid_to      date
);
CREATE INDEX timetable_class_idx ON timetable_entry (class_id, weekday);

CREATE TABLE lesson (
    id            bigserial PRIMARY KEY,
    assignment_id bigint NOT NULL REFERENCES assignment(id),
    held_on       date NOT NULL,
    lesson_no     integer NOT NULL,
    topic         text NOT NULL DEFAULT '',
    homework      text NOT NULL DEFAULT '',
    work_type_id  bigint REFERENCES work_type(id),
    correction_of bigint REFERENCES lesson(id), -- R05
    taught_by     bigint NOT NULL REFERENCES app_user(id), -- R07
    updated_at    timestamptz NOT NULL,
    updated_by    bigint REFERENCES app_user(id)
);
CREATE INDEX lesson_assignment_idx ON lesson (assignment_id, held_on, lesson_no);

-- One student in one lesson: marks (each with its work type, R04), absence, comment.
CREATE TABLE journal_cell (
    lesson_id     bigint NOT NULL REFERENCES lesson(id) ON DELETE CASCADE,
    student_id    bigint NOT NULL REFERENCES student(id),
    mark          text NOT NULL DEFAULT '',  -- "5", "5/4", "зач", "" (R01)
    work_type_id  bigint REFERENCES work_type(id),
    absence       text NOT NULL DEFAULT '' CHECK (absence IN ('', 'н', 'б', 'у', 'оп')),
    comment       text NOT NULL DEFAULT '',
    version       integer NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    bigint REFERENCES app_user(id),
    PRIMARY KEY (lesson_id, student_id)
);
CREATE INDEX journal_cell_student_idx ON journal_cell (student_id);

CREATE TABLE period_mark (
    assignment_id bigint NOT NULL REFERENCES assignment(id),
    student_id    bigint NOT NULL REFERENCES student(id),
    period_id     bigint NOT NULL REFERENCES period(id),
    value         text NOT NULL CHECK (value IN ('5', '4', '3', '2', 'н/а', 'зач', 'незач', 'осв')),
    version       integer NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    bigint REFERENCES app_user(id),
    PRIMARY KEY (assignment_id, student_id, period_id)
);
