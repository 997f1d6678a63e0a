#pragma once

struct DemoSchoolPlan;
class DemoRandom;

// The weekly timetable (Monday to Friday): every class gets its curriculum hours in
// lessons 1…n of each day, no teacher in two places at once, a subject spread over the
// week; subgroups of a class have their lessons at the same time.
namespace DemoTimetable {
void build(DemoSchoolPlan& plan, DemoRandom& random);
} // namespace DemoTimetable
