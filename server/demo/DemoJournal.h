#pragma once

struct DemoSchoolPlan;
class DemoRandom;

// A year of lessons up to yesterday: a lesson for every timetable slot on school days,
// with topics, homework and work types; marks around each student's ability, absences,
// and period marks for the periods already over. Grade 1 keeps attendance only (R02).
namespace DemoJournal {
void fill(DemoSchoolPlan& plan, DemoRandom& random);
} // namespace DemoJournal
