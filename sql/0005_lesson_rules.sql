-- R10: when a lesson's homework was entered, and whether that was after the school's window
-- (the control report lists late homework).
ALTER TABLE lesson ADD COLUMN homework_set_at timestamptz;
ALTER TABLE lesson ADD COLUMN homework_late boolean NOT NULL DEFAULT false;
