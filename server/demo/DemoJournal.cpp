#include "demo/DemoJournal.h"

#include "demo/DemoCurriculum.h"
#include "demo/DemoRandom.h"
#include "demo/DemoSchoolPlan.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace DemoCurriculum;

namespace {
// Lessons of a subject in a school year, per weekly hour.
constexpr int kWeeksPerYear = 33;
// A theme ends with a test; a mid-theme written work only when the theme is long.
constexpr int kMinLessonsPerTheme = 8;
constexpr int kMinLessonsForMidThemeWork = 10;
// How often a present student gets a mark: in a test almost always, otherwise seldom.
constexpr double kControlMarkShare = 0.93;
constexpr double kWrittenMarkShare = 0.8;
constexpr double kAnswerMarkShare = 0.08;
constexpr double kHomeworkMarkShare = 0.02;
constexpr double kNotebookMarkShare = 0.015;
// Absences: an illness of a few days now and then, single unexcused or excused lessons.
constexpr double kIllnessStartShare = 0.01;
constexpr double kUnexcusedShare = 0.012;
constexpr double kExcusedShare = 0.004;
constexpr double kMarkDeviation = 0.75;

enum class Kind
{
    New,
    Practice,
    Review,
    Independent,
    Check,
    Lab,
    Control,
};

struct Member
{
    int student = -1;
    QDate from;
    QDate to; // exclusive, null: still there
};

struct Accumulator
{
    double sum = 0;
    double weight = 0;
    int passed = 0;
    int failed = 0;
};

QString quoted(const QString& theme)
{
    return QStringLiteral("«") + theme + QStringLiteral("»");
}

class JournalBuilder
{
public:
    JournalBuilder(DemoSchoolPlan& plan, DemoRandom& random)
        : m_plan(plan)
        , m_random(random)
        , m_specs(subjects())
    {}

    void fill()
    {
        collectMembers();
        drawSubjectShifts();
        drawIllnesses();
        const QDate last = std::min(m_plan.today.addDays(-1), m_plan.calendar.endsOn());
        QList<QList<int>> entriesOfClass(m_plan.classes.size());
        for (int i = 0; i < m_plan.timetable.size(); ++i)
            entriesOfClass[m_plan.timetable.at(i).classIndex].append(i);
        m_lessonCount = QList<int>(m_plan.assignments.size(), 0);
        for (QDate date = m_plan.calendar.startsOn(); date <= last; date = date.addDays(1)) {
            for (int classIndex = 0; classIndex < m_plan.classes.size(); ++classIndex) {
                if (!m_plan.calendar.isSchoolDay(date, m_plan.classes.at(classIndex).grade))
                    continue;
                for (int entry : std::as_const(entriesOfClass.at(classIndex))) {
                    const DemoTimetableEntry& slot = m_plan.timetable.at(entry);
                    if (slot.weekday == date.dayOfWeek())
                        addLesson(slot, date);
                }
            }
        }
        addPeriodMarks();
    }

private:
    void collectMembers()
    {
        m_members = QList<QList<Member>>(m_plan.assignments.size());
        QList<QSet<int>> subgroupMembers;
        for (const DemoSubgroup& group : std::as_const(m_plan.subgroups))
            subgroupMembers.append(QSet<int>(group.students.cbegin(), group.students.cend()));
        for (int i = 0; i < m_plan.assignments.size(); ++i) {
            const DemoAssignment& assignment = m_plan.assignments.at(i);
            for (const DemoEnrollment& enrollment : std::as_const(m_plan.enrollments)) {
                if (enrollment.classIndex != assignment.classIndex)
                    continue;
                if (assignment.subgroup >= 0 &&
                    !subgroupMembers.at(assignment.subgroup).contains(enrollment.student))
                    continue;
                m_members[i].append({enrollment.student, enrollment.fromDate, enrollment.toDate});
            }
        }
    }

    void drawSubjectShifts()
    {
        m_shift.resize(m_plan.students.size() * m_specs.size());
        for (double& shift : m_shift)
            shift = m_random.normal(0, 0.3);
    }

    // Illnesses of 3–7 days; the days are kept as Julian day numbers per student.
    void drawIllnesses()
    {
        m_ill = QList<QSet<qint64>>(m_plan.students.size());
        const QDate last = m_plan.today;
        for (int student = 0; student < m_plan.students.size(); ++student) {
            for (QDate date = m_plan.calendar.startsOn(); date < last; date = date.addDays(1)) {
                if (date.dayOfWeek() > 5 || !m_random.chance(kIllnessStartShare))
                    continue;
                const int length = m_random.uniform(3, 7);
                for (int day = 0; day < length; ++day)
                    m_ill[student].insert(date.addDays(day).toJulianDay());
                date = date.addDays(length);
            }
        }
    }

    Kind kindOf(int position, int length, const SubjectSpec& spec, int grade) const
    {
        if (position == 0)
            return Kind::New;
        if (grade == 1) // no tests without marks
            return position == length - 1 ? Kind::Review : Kind::Practice;
        if (position == length - 1)
            return (spec.style == Style::Sport || spec.style == Style::Arts) ? Kind::Check
                                                                             : Kind::Control;
        if (length >= 5 && position == length - 2)
            return Kind::Review;
        const bool lab = spec.title == QStringLiteral("Физика") ||
                         spec.title == QStringLiteral("Химия") ||
                         spec.title == QStringLiteral("Биология");
        if (lab && position == 2)
            return Kind::Lab;
        if (length >= kMinLessonsForMidThemeWork && position == length / 2) {
            if (spec.style == Style::Math || spec.style == Style::Science)
                return Kind::Independent;
            if (spec.style != Style::Sport && spec.style != Style::Arts)
                return Kind::Check;
        }
        return Kind::Practice;
    }

    static QStringList practiceVariants(Style style)
    {
        const char* variants = "";
        switch (style) {
        case Style::Math:
            variants = "Решение задач|Решение упражнений|Закрепление";
            break;
        case Style::Science:
            variants = "Решение задач|Изучение нового материала|Закрепление";
            break;
        case Style::Language:
            variants = "Закрепление|Работа с текстом|Упражнения";
            break;
        case Style::Literature:
            variants = "Анализ произведения|Чтение и обсуждение|Выразительное чтение";
            break;
        case Style::Humanities:
            variants = "Работа с источниками|Практикум|Закрепление";
            break;
        case Style::Foreign:
            variants = "Лексика|Грамматика|Чтение|Аудирование";
            break;
        case Style::Sport:
            variants = "Техника выполнения|Учебная игра|Общая физическая подготовка";
            break;
        case Style::Arts:
            variants = "Практическая работа|Творческое задание";
            break;
        }
        return QString::fromUtf8(variants).split(QLatin1Char('|'));
    }

    QString practiceTopic(const QString& theme, const SubjectSpec& spec, int position) const
    {
        const QStringList list = practiceVariants(spec.style);
        return theme + QStringLiteral(". ") + list.at(position % list.size());
    }

    // Topic and work type of a lesson (R09: tests and reviews name their subject).
    std::pair<QString, Work> topicOf(Kind kind, const QString& theme, const SubjectSpec& spec,
                                     int position, int themeIndex)
    {
        switch (kind) {
        case Kind::New:
            return {theme, Work::Answer};
        case Kind::Practice:
            return {practiceTopic(theme, spec, position), Work::Answer};
        case Kind::Review:
            return {position % 2 ? QStringLiteral("Повторение. ") + theme
                                 : QStringLiteral("Обобщение по теме ") + quoted(theme),
                    Work::Answer};
        case Kind::Independent:
            return {QStringLiteral("Самостоятельная работа ") + quoted(theme), Work::Independent};
        case Kind::Lab:
            return {QStringLiteral("Лабораторная работа ") + quoted(theme), Work::Lab};
        case Kind::Check:
            if (spec.style == Style::Sport)
                return {QStringLiteral("Сдача нормативов. ") + theme, Work::Check};
            if (spec.style == Style::Arts)
                return {QStringLiteral("Творческая работа ") + quoted(theme), Work::Check};
            if (spec.style == Style::Language)
                return {QStringLiteral("Словарный диктант. ") + theme, Work::Check};
            return {QStringLiteral("Проверочная работа ") + quoted(theme), Work::Check};
        case Kind::Control:
            if (spec.style == Style::Language && themeIndex % 2 == 0)
                return {QStringLiteral("Контрольный диктант ") + quoted(theme), Work::Dictation};
            if (spec.style == Style::Literature)
                return {QStringLiteral("Сочинение ") + quoted(theme), Work::Control};
            return {QStringLiteral("Контрольная работа ") + quoted(theme), Work::Control};
        }
        return {theme, Work::Answer};
    }

    QString homeworkOf(Kind kind, const SubjectSpec& spec, int grade, int lessonIndex)
    {
        if (grade == 1) // R02: no homework in grade 1
            return {};
        const QString none = QStringLiteral("Не задано");
        if (kind == Kind::Control && m_random.chance(0.6))
            return none;
        const int paragraph = lessonIndex / 2 + 1;
        const int page = 5 + lessonIndex * 2 + m_random.uniform(0, 2);
        const int exercise = 3 + lessonIndex * 3 + m_random.uniform(0, 4);
        switch (spec.style) {
        case Style::Sport:
            return none;
        case Style::Arts:
            return m_random.chance(0.8) ? none : QStringLiteral("Принести материалы для работы");
        default:
            break;
        }
        if (m_random.chance(0.1))
            return none;
        const int variant = m_random.uniform(0, 2);
        if (grade <= 4) {
            switch (spec.style) {
            case Style::Math:
                return QStringLiteral("Учебник с. %1, № %2").arg(page).arg(variant + 2);
            case Style::Language:
                return QStringLiteral("Упр. %1").arg(exercise);
            case Style::Literature:
                return QStringLiteral("Читать с. %1–%2").arg(page).arg(page + 3);
            case Style::Foreign:
                return QStringLiteral("Выучить слова, с. %1").arg(page);
            default:
                return QStringLiteral("Р. т. с. %1").arg(page);
            }
        }
        switch (spec.style) {
        case Style::Math:
            return variant == 0 ? QStringLiteral("§%1, № %2–%3")
                                      .arg(paragraph)
                                      .arg(exercise)
                                      .arg(exercise + 2)
                                : QStringLiteral("№ %1, %2, %3")
                                      .arg(exercise)
                                      .arg(exercise + 3)
                                      .arg(exercise + 5);
        case Style::Language:
            return variant == 0 ? QStringLiteral("§%1, упр. %2").arg(paragraph).arg(exercise)
                                : QStringLiteral("Упр. %1, выучить правило на с. %2")
                                      .arg(exercise)
                                      .arg(page);
        case Style::Literature:
            if (variant == 0)
                return QStringLiteral("Читать с. %1–%2").arg(page).arg(page + 12);
            return variant == 1 ? QStringLiteral("Ответить на вопросы на с. %1").arg(page)
                                : QStringLiteral("Выучить стихотворение наизусть");
        case Style::Science:
            return variant == 0
                       ? QStringLiteral("§%1, задачи %2–%3")
                             .arg(paragraph)
                             .arg(variant + 1)
                             .arg(variant + 3)
                       : QStringLiteral("§%1, вопросы 1–%2").arg(paragraph).arg(3 + variant);
        case Style::Foreign:
            return variant == 0 ? QStringLiteral("Ex. %1, p. %2").arg(exercise % 12 + 1).arg(page)
                                : QStringLiteral("Выучить слова, с. %1").arg(page);
        default:
            if (variant == 0)
                return QStringLiteral("§%1, пересказ").arg(paragraph);
            return variant == 1 ? QStringLiteral("§%1, вопросы после параграфа").arg(paragraph)
                                : QStringLiteral("§%1, заполнить таблицу").arg(paragraph);
        }
    }

    void addLesson(const DemoTimetableEntry& slot, const QDate& date)
    {
        const DemoAssignment& assignment = m_plan.assignments.at(slot.assignment);
        const SubjectSpec& spec = m_specs.at(assignment.subject);
        const int grade = m_plan.classes.at(assignment.classIndex).grade;
        const QStringList& themes =
            grade <= 4 && !spec.primaryThemes.isEmpty() ? spec.primaryThemes : spec.themes;
        const int index = m_lessonCount[slot.assignment]++;
        const int perTheme =
            std::max(kMinLessonsPerTheme,
                     int(std::lround(assignment.hoursPerWeek * kWeeksPerYear / themes.size())));
        // Each grade starts at its own place of the subject's themes.
        const int gradeOffset = grade <= 4 ? (grade - 1) * int(themes.size()) / 4
                                           : (grade - 5) * int(themes.size()) / 7;
        const int themeIndex = (index / perTheme + gradeOffset) % int(themes.size());
        const int position = index % perTheme;
        const Kind kind = kindOf(position, perTheme, spec, grade);
        const auto [topic, work] = topicOf(kind, themes.at(themeIndex), spec, position, themeIndex);

        DemoLesson lesson;
        lesson.assignment = slot.assignment;
        lesson.heldOn = date;
        lesson.lessonNo = slot.lessonNo;
        lesson.topic = topic;
        lesson.homework = homeworkOf(kind, spec, grade, index);
        lesson.workType = grade == 1 ? -1 : int(work);
        lesson.taughtBy = assignment.teacher;
        m_plan.lessons.append(lesson);
        const int lessonIndex = int(m_plan.lessons.size() - 1);

        const int period = periodOf(date, grade);
        for (const Member& member : std::as_const(m_members.at(slot.assignment))) {
            if (date < member.from || (member.to.isValid() && date >= member.to))
                continue;
            DemoCell cell;
            cell.lesson = lessonIndex;
            cell.student = member.student;
            if (m_ill.at(member.student).contains(date.toJulianDay()))
                cell.absence = QStringLiteral("б");
            else if (m_random.chance(kUnexcusedShare))
                cell.absence = QStringLiteral("н");
            else if (m_random.chance(kExcusedShare))
                cell.absence = QStringLiteral("у");
            else if (grade > 1)
                markCell(cell, kind, work, spec, assignment.subject);
            if (cell.absence.isEmpty() && cell.mark.isEmpty())
                continue;
            if (!cell.mark.isEmpty() && period >= 0)
                accumulate(slot.assignment, member.student, period, cell, spec);
            m_plan.cells.append(cell);
        }
    }

    int drawMark(double mean)
    {
        return std::clamp(int(std::lround(m_random.normal(mean, kMarkDeviation))), 2, 5);
    }

    void markCell(DemoCell& cell, Kind kind, Work work, const SubjectSpec& spec, int subject)
    {
        const bool control = kind == Kind::Control;
        const bool written = kind == Kind::Independent || kind == Kind::Check || kind == Kind::Lab;
        Work markWork = work;
        if (control) {
            if (!m_random.chance(kControlMarkShare))
                return;
        } else if (written) {
            if (!m_random.chance(kWrittenMarkShare))
                return;
        } else {
            const double roll = m_random.real();
            const bool notebooks = spec.style == Style::Math || spec.style == Style::Language;
            if (roll < kAnswerMarkShare)
                markWork = Work::Answer;
            else if (roll < kAnswerMarkShare + kHomeworkMarkShare)
                markWork = Work::Homework;
            else if (notebooks && roll < kAnswerMarkShare + kHomeworkMarkShare + kNotebookMarkShare)
                markWork = Work::Notebook;
            else
                return;
        }
        const DemoStudent& student = m_plan.students.at(cell.student);
        cell.workType = int(markWork);
        if (spec.passFail) {
            const bool fails = student.ability == DemoAbility::Weak && m_random.chance(0.1);
            cell.mark = fails ? QStringLiteral("незач") : QStringLiteral("зач");
            return;
        }
        const double mean = student.meanMark + m_shift.at(cell.student * m_specs.size() + subject) +
                            spec.markShift - (control ? 0.2 : 0);
        const int first = drawMark(mean);
        if (spec.doubleMark && (control || kind == Kind::Check)) // R01: «5/4»
            cell.mark = QStringLiteral("%1/%2").arg(first).arg(
                std::clamp(int(std::lround(m_random.normal(first - 0.3, 0.6))), 2, 5));
        else
            cell.mark = QString::number(first);
    }

    int periodOf(const QDate& date, int grade) const
    {
        const QList<DemoPeriod>& periods = m_plan.calendar.periods();
        for (int i = 0; i < periods.size(); ++i) {
            const DemoPeriod& period = periods.at(i);
            if (grade >= period.gradeFrom && grade <= period.gradeTo && date >= period.startsOn &&
                date <= period.endsOn)
                return i;
        }
        return -1;
    }

    void accumulate(int assignment, int student, int period, const DemoCell& cell,
                    const SubjectSpec& spec)
    {
        Accumulator& sum = m_sums[key(assignment, student, period)];
        if (spec.passFail) {
            ++(cell.mark == QStringLiteral("зач") ? sum.passed : sum.failed);
            return;
        }
        const double weight = m_plan.workTypes.at(cell.workType).weight;
        for (const QString& half : cell.mark.split(QLatin1Char('/'))) { // R04: each half counts
            sum.sum += weight * half.toInt();
            sum.weight += weight;
        }
    }

    static qint64 key(int assignment, int student, int period)
    {
        return (qint64(assignment) * 100000 + student) * 8 + period;
    }

    // Period marks for the periods over before today, from each student's weighted average.
    void addPeriodMarks()
    {
        const QList<DemoPeriod>& periods = m_plan.calendar.periods();
        for (int a = 0; a < m_plan.assignments.size(); ++a) {
            const DemoAssignment& assignment = m_plan.assignments.at(a);
            const int grade = m_plan.classes.at(assignment.classIndex).grade;
            if (grade == 1) // R02
                continue;
            const bool passFail = m_specs.at(assignment.subject).passFail;
            for (int p = 0; p < periods.size(); ++p) {
                const DemoPeriod& period = periods.at(p);
                if (grade < period.gradeFrom || grade > period.gradeTo ||
                    period.endsOn >= m_plan.today)
                    continue;
                for (const Member& member : std::as_const(m_members.at(a))) {
                    if (member.from > period.endsOn ||
                        (member.to.isValid() && member.to <= period.endsOn))
                        continue;
                    const Accumulator sum = m_sums.value(key(a, member.student, p));
                    QString value = QStringLiteral("н/а");
                    if (passFail && sum.passed + sum.failed > 0)
                        value = sum.failed > sum.passed ? QStringLiteral("незач")
                                                        : QStringLiteral("зач");
                    else if (!passFail && sum.weight > 0) {
                        const double average = sum.sum / sum.weight;
                        value = QString::number(average >= 4.5   ? 5
                                                : average >= 3.5 ? 4
                                                : average >= 2.5 ? 3
                                                                 : 2);
                    }
                    m_plan.periodMarks.append({a, member.student, p, value});
                }
            }
        }
    }

    DemoSchoolPlan& m_plan;
    DemoRandom& m_random;
    const QList<SubjectSpec>& m_specs;
    QList<QList<Member>> m_members;
    QList<double> m_shift;
    QList<QSet<qint64>> m_ill;
    QList<int> m_lessonCount;
    QHash<qint64, Accumulator> m_sums;
};
} // namespace

namespace DemoJournal {

void fill(DemoSchoolPlan& plan, DemoRandom& random)
{
    JournalBuilder(plan, random).fill();
}

} // namespace DemoJournal
