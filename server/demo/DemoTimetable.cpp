#include "demo/DemoTimetable.h"

#include "demo/DemoRandom.h"
#include "demo/DemoSchoolPlan.h"

#include <QMap>

#include <algorithm>
#include <array>

namespace {
constexpr int kDays = 5;
constexpr int kMaxLessons = 8; // lesson numbers 1…7, index 0 unused
constexpr int kImprovementPasses = 4;
constexpr int kAttempts = 10;
constexpr int kWeekAttempts = 20;

using Week = std::array<std::array<bool, kMaxLessons>, kDays>;

struct Slot
{
    int day = 0;
    int lesson = 1;
};

// Lessons taught together: one journal, or the subgroups of one subject.
struct Unit
{
    int subject = -1;
    QList<int> assignments;
    QList<int> teachers;
    int preferredDay = 0;
    QList<int> slotOrder;
};

class ClassScheduler
{
public:
    ClassScheduler(DemoSchoolPlan& plan, QList<Week>& busy, DemoRandom& random)
        : m_plan(plan)
        , m_busy(busy)
        , m_random(random)
    {}

    // Places the class's lessons; returns the double bookings it could not avoid.
    int schedule(int classIndex)
    {
        buildUnits(classIndex);
        buildSlots();
        m_slotUnit = QList<int>(m_slots.size(), -1);
        for (int unit = 0; unit < m_units.size(); ++unit) {
            QList<bool> visited(m_slots.size(), false);
            augment(unit, visited);
        }
        int conflicts = 0;
        QList<bool> placed(m_units.size(), false);
        for (int unit : std::as_const(m_slotUnit)) {
            if (unit >= 0)
                placed[unit] = true;
        }
        for (int unit = 0; unit < m_units.size(); ++unit) { // no free slot: take any
            if (placed.at(unit))
                continue;
            const int slot = int(m_slotUnit.indexOf(-1));
            m_slotUnit[slot] = unit;
            ++conflicts;
        }
        improveSpread();
        for (int slot = 0; slot < m_slots.size(); ++slot) {
            const Unit& unit = m_units.at(m_slotUnit.at(slot));
            const Slot& at = m_slots.at(slot);
            for (int teacher : unit.teachers)
                m_busy[teacher][at.day][at.lesson] = true;
            for (int assignment : unit.assignments) {
                m_plan.timetable.append({classIndex, at.day + 1, at.lesson, assignment,
                                         m_plan.assignments.at(assignment).room});
            }
        }
        return conflicts;
    }

private:
    void buildUnits(int classIndex)
    {
        m_units.clear();
        QMap<int, Unit> bySubject;
        QMap<int, int> hours;
        for (int i = 0; i < m_plan.assignments.size(); ++i) {
            const DemoAssignment& assignment = m_plan.assignments.at(i);
            if (assignment.classIndex != classIndex)
                continue;
            Unit& unit = bySubject[assignment.subject];
            unit.subject = assignment.subject;
            unit.assignments.append(i);
            if (!unit.teachers.contains(assignment.teacher))
                unit.teachers.append(assignment.teacher);
            hours[assignment.subject] = int(assignment.hoursPerWeek);
        }
        for (auto it = bySubject.cbegin(); it != bySubject.cend(); ++it) {
            const int count = hours.value(it.key());
            const int offset = m_random.uniform(0, kDays - 1);
            for (int j = 0; j < count; ++j) {
                Unit unit = it.value();
                unit.preferredDay = (j * kDays / std::max(count, 1) + offset) % kDays;
                m_units.append(unit);
            }
        }
        m_random.shuffle(m_units);
    }

    void buildSlots()
    {
        m_slots.clear();
        const int total = int(m_units.size());
        for (int day = 0; day < kDays; ++day) {
            const int lessons = total / kDays + (day < total % kDays ? 1 : 0);
            for (int lesson = 1; lesson <= lessons && lesson < kMaxLessons; ++lesson)
                m_slots.append({day, lesson});
        }
        while (m_slots.size() < total) // more than 35 hours: never with our curriculum
            m_slots.append({int(m_slots.size()) % kDays, kMaxLessons - 1});
        for (Unit& unit : m_units) {
            // Try the preferred day first, then the following days.
            unit.slotOrder.clear();
            for (int step = 0; step < kDays; ++step) {
                const int day = (unit.preferredDay + step) % kDays;
                QList<int> ofDay;
                for (int slot = 0; slot < m_slots.size(); ++slot) {
                    if (m_slots.at(slot).day == day)
                        ofDay.append(slot);
                }
                m_random.shuffle(ofDay);
                unit.slotOrder.append(ofDay);
            }
        }
    }

    bool teachersFree(const Unit& unit, int slot) const
    {
        const Slot& at = m_slots.at(slot);
        for (int teacher : unit.teachers) {
            if (m_busy.at(teacher).at(at.day).at(at.lesson))
                return false;
        }
        return true;
    }

    // Kuhn's augmenting path: a perfect matching of lessons to slots when one exists.
    bool augment(int unit, QList<bool>& visited)
    {
        for (int slot : m_units.at(unit).slotOrder) {
            if (visited.at(slot) || !teachersFree(m_units.at(unit), slot))
                continue;
            visited[slot] = true;
            if (m_slotUnit.at(slot) < 0 || augment(m_slotUnit.at(slot), visited)) {
                m_slotUnit[slot] = unit;
                return true;
            }
        }
        return false;
    }

    // Same subject twice on one day counts against a timetable.
    int penalty() const
    {
        int total = 0;
        for (int day = 0; day < kDays; ++day) {
            QMap<int, int> count;
            for (int slot = 0; slot < m_slots.size(); ++slot) {
                if (m_slots.at(slot).day == day)
                    ++count[m_units.at(m_slotUnit.at(slot)).subject];
            }
            for (int n : std::as_const(count))
                total += n * (n - 1);
        }
        return total;
    }

    void improveSpread()
    {
        int current = penalty();
        for (int pass = 0; pass < kImprovementPasses && current > 0; ++pass) {
            for (int a = 0; a < m_slots.size(); ++a) {
                for (int b = a + 1; b < m_slots.size(); ++b) {
                    if (m_slots.at(a).day == m_slots.at(b).day)
                        continue;
                    const Unit& first = m_units.at(m_slotUnit.at(a));
                    const Unit& second = m_units.at(m_slotUnit.at(b));
                    if (first.subject == second.subject || !teachersFree(first, b) ||
                        !teachersFree(second, a))
                        continue;
                    m_slotUnit.swapItemsAt(a, b);
                    const int swapped = penalty();
                    if (swapped < current)
                        current = swapped;
                    else
                        m_slotUnit.swapItemsAt(a, b);
                }
            }
        }
    }

    DemoSchoolPlan& m_plan;
    QList<Week>& m_busy;
    DemoRandom& m_random;
    QList<Unit> m_units;
    QList<Slot> m_slots;
    QList<int> m_slotUnit;
};
} // namespace

namespace {
// One try at the whole week, class by class; returns the double bookings left.
int buildOnce(DemoSchoolPlan& plan, DemoRandom& random)
{
    QList<Week> busy(plan.accounts.size(), Week{});
    // Grades 11 down to 5 first: they share the subject teachers; then the primary classes.
    QList<int> order;
    for (int grade = 11; grade >= 1; --grade) {
        for (int i = 0; i < plan.classes.size(); ++i) {
            if (plan.classes.at(i).grade == grade)
                order.append(i);
        }
    }
    int total = 0;
    for (int classIndex : std::as_const(order)) {
        // Another shuffle usually finds a place for what one could not.
        int conflicts = 0;
        for (int attempt = 0; attempt < kAttempts; ++attempt) {
            QList<Week> trial = busy;
            const qsizetype entries = plan.timetable.size();
            conflicts = ClassScheduler(plan, trial, random).schedule(classIndex);
            if (conflicts == 0 || attempt == kAttempts - 1) {
                busy = trial;
                break;
            }
            plan.timetable.resize(entries);
        }
        total += conflicts;
    }
    return total;
}
} // namespace

namespace DemoTimetable {

void build(DemoSchoolPlan& plan, DemoRandom& random)
{
    // When the classes done first leave a later one no way out, start the week afresh.
    QList<DemoTimetableEntry> best;
    int fewest = -1;
    for (int week = 0; week < kWeekAttempts && fewest != 0; ++week) {
        plan.timetable.clear();
        const int conflicts = buildOnce(plan, random);
        if (fewest < 0 || conflicts < fewest) {
            fewest = conflicts;
            best = plan.timetable;
        }
    }
    plan.timetable = best;
    plan.timetableConflicts = fewest;
}

} // namespace DemoTimetable
