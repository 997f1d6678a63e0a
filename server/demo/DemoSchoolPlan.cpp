#include "demo/DemoSchoolPlan.h"

#include "demo/DemoCurriculum.h"
#include "demo/DemoJournal.h"
#include "demo/DemoNames.h"
#include "demo/DemoRandom.h"
#include "demo/DemoTimetable.h"

#include <algorithm>
#include <cmath>

using namespace DemoCurriculum;

namespace {
// Pupils per grade relative to the average: more little ones, fewer in grades 10–11.
constexpr double kGradeWeights[11] = {1.1, 1.1, 1.05, 1.05, 1.0, 1.0, 1.0, 0.95, 0.95, 0.7, 0.65};
constexpr int kMinClassSize = 20;
constexpr int kMaxClassSize = 30;
constexpr double kAverageClassSize = 28.5;
constexpr int kMaxParallelClasses = 4;
// A subject teacher's usual load in hours a week (a rate is 18) and the most we give.
constexpr double kTeacherLoad = 17;
constexpr double kMaxTeacherLoad = 30;
// Share of pupils with a brother or sister in another grade of the school.
constexpr double kSiblingShare = 0.1;
const QString kLetters = QStringLiteral("АБВГ");
// Grades whose «А» class gets student and parent accounts in the demo.
const QList<int> kClassesWithAccounts{5, 10};
// Teachers by creation order: teacher1 leads 5А, teacher2 teaches mathematics only.
constexpr int kPlainMathTeacher = 1;

// The stream numbers of DemoRandom::fork for each part of the school.
enum Stream : quint64
{
    StaffStream = 1,
    ClassStream,
    StudentStream,
    MovementStream,
    TimetableStream,
    JournalStream,
};

// A class's journals that one teacher takes: one specialty, or one subgroup.
struct Block
{
    int classIndex = -1;
    Specialty specialty = Specialty::Primary;
    QList<int> assignments;
    double hours = 0;
    int sibling = -1; // the other subgroup's block: must get another teacher
};

class Builder
{
public:
    Builder(DemoSchoolPlan& plan, int studentCount)
        : m_plan(plan)
        , m_studentCount(studentCount)
        , m_random(quint64(plan.seed))
    {}

    void build()
    {
        m_plan.calendar = DemoCalendar::forDate(m_plan.today);
        m_startYear = m_plan.calendar.startsOn().year();
        for (const SubjectSpec& spec : subjects())
            m_plan.subjects.append({spec.title, spec.shortTitle, spec.doubleMark, spec.passFail});
        for (const WorkTypeSpec& type : workTypes())
            m_plan.workTypes.append({type.title, type.weight, type.written, type.control});
        addStaff();
        addClasses();
        addCurriculumAndAssignments();
        addTeachers();
        addStudents();
        addMovements();
        addStudentAndParentAccounts();
        addBells();
    }

private:
    int addPerson(const DemoPerson& person)
    {
        m_plan.people.append(person);
        return int(m_plan.people.size() - 1);
    }

    DemoPerson randomAdult(DemoRandom& random, bool female, int bornFrom, int bornTo)
    {
        DemoPerson person;
        person.female = female;
        person.lastName = DemoNames::surnameForm(random.pick(DemoNames::surnames()), female);
        person.firstName =
            random.pick(female ? DemoNames::femaleFirstNames() : DemoNames::maleFirstNames());
        person.middleName = DemoNames::patronymic(random.pick(DemoNames::maleFirstNames()), female);
        person.birthDate = randomDate(random, bornFrom, bornTo);
        return person;
    }

    static QDate randomDate(DemoRandom& random, int fromYear, int toYear)
    {
        const QDate from(fromYear, 1, 1);
        return from.addDays(random.uniform(0, int(from.daysTo(QDate(toYear, 12, 31)))));
    }

    int addAccount(const QString& login, RoleSet roles, Role mainRole, int person,
                   const QString& classOrSubject)
    {
        DemoAccount account;
        account.login = login;
        account.roles = roles;
        account.mainRole = mainRole;
        account.person = person;
        account.fullName = person >= 0 ? m_plan.people.at(person).fullName() : QString();
        account.classOrSubject = classOrSubject;
        m_plan.accounts.append(account);
        return int(m_plan.accounts.size() - 1);
    }

    static DemoPerson named(const char* last, const char* first, const char* middle, bool female,
                            const QDate& birth)
    {
        return {QString::fromUtf8(last), QString::fromUtf8(first), QString::fromUtf8(middle), birth,
                female};
    }

    // admin (made by init), director, two deputies, the secretary; the names the minimal
    // demo had stay, so other programs' expectations hold.
    void addStaff()
    {
        DemoRandom random = m_random.fork(StaffStream);
        DemoAccount admin;
        admin.login = QStringLiteral("admin");
        admin.roles = RoleSet{Role::Admin};
        admin.mainRole = Role::Admin;
        admin.fullName = QStringLiteral("Администратор школы");
        admin.existing = true;
        m_plan.accounts.append(admin);
        addAccount(QStringLiteral("director"), {Role::Director}, Role::Director,
                   addPerson(named("Соколова", "Ирина", "Владимировна", true, QDate(1971, 3, 14))),
                   {});
        addAccount(QStringLiteral("deputy"), {Role::Deputy}, Role::Deputy,
                   addPerson(named("Кузнецова", "Елена", "Сергеевна", true, QDate(1978, 10, 2))),
                   {});
        addAccount(QStringLiteral("deputy2"), {Role::Deputy}, Role::Deputy,
                   addPerson(randomAdult(random, false, 1970, 1985)), {});
        addAccount(QStringLiteral("secretary"), {Role::Secretary}, Role::Secretary,
                   addPerson(named("Морозова", "Ольга", "Николаевна", true, QDate(1985, 6, 21))),
                   {});
    }

    // About 28 students a class; the classes are shared out among the grades by their
    // weights (largest remainder), 1–4 parallel classes a grade.
    void addClasses()
    {
        DemoRandom random = m_random.fork(ClassStream);
        double weightSum = 0;
        for (double weight : kGradeWeights)
            weightSum += weight;
        const int wanted = std::clamp(int(std::lround(m_studentCount / kAverageClassSize)), 11,
                                      11 * kMaxParallelClasses);
        int parallel[11];
        QList<std::pair<double, int>> remainders;
        int given = 0;
        for (int grade = 1; grade <= 11; ++grade) {
            const double quota = wanted * kGradeWeights[grade - 1] / weightSum;
            parallel[grade - 1] = std::clamp(int(quota), 1, kMaxParallelClasses);
            given += parallel[grade - 1];
            remainders.append({quota - int(quota), grade});
        }
        std::stable_sort(remainders.begin(), remainders.end(),
                         [](const auto& a, const auto& b) { return a.first > b.first; });
        for (const auto& [remainder, grade] : std::as_const(remainders)) {
            if (given >= wanted)
                break;
            if (parallel[grade - 1] < kMaxParallelClasses) {
                ++parallel[grade - 1];
                ++given;
            }
        }
        const int size = int(std::lround(double(m_studentCount) / given));
        for (int grade = 1; grade <= 11; ++grade) {
            for (int i = 0; i < parallel[grade - 1]; ++i) {
                DemoClass group;
                group.grade = grade;
                group.letter = kLetters.at(i);
                m_plan.classes.append(group);
                m_classSizes.append(
                    std::clamp(size + random.uniform(-2, 2), kMinClassSize, kMaxClassSize));
            }
        }
    }

    static Specialty specialtyOf(const SubjectSpec& spec, int grade)
    {
        return grade <= 4 ? spec.primary : spec.specialty;
    }

    // Curriculum rows, subgroups (students come later) and the journals, grouped in blocks.
    void addCurriculumAndAssignments()
    {
        const QList<SubjectSpec>& specs = subjects();
        for (int classIndex = 0; classIndex < m_plan.classes.size(); ++classIndex) {
            const int grade = m_plan.classes.at(classIndex).grade;
            QList<int> blockOfSpecialty(kSpecialtyCount, -1);
            for (int subject = 0; subject < specs.size(); ++subject) {
                const SubjectSpec& spec = specs.at(subject);
                const int hoursPerWeek = hours(spec, grade);
                if (hoursPerWeek == 0)
                    continue;
                m_plan.curriculum.append({classIndex, subject, double(hoursPerWeek)});
                const Specialty specialty = specialtyOf(spec, grade);
                if (isSplit(spec, grade)) {
                    const int first = int(m_blocks.size());
                    for (int group = 1; group <= 2; ++group) {
                        m_plan.subgroups.append(
                            {classIndex, subject, QStringLiteral("Группа %1").arg(group), {}});
                        m_plan.assignments.append({classIndex, subject,
                                                   int(m_plan.subgroups.size() - 1), -1,
                                                   double(hoursPerWeek), -1});
                        Block block;
                        block.classIndex = classIndex;
                        block.specialty = specialty;
                        block.assignments = {int(m_plan.assignments.size() - 1)};
                        block.hours = hoursPerWeek;
                        block.sibling = group == 1 ? first + 1 : first;
                        m_blocks.append(block);
                    }
                    continue;
                }
                m_plan.assignments.append({classIndex, subject, -1, -1, double(hoursPerWeek), -1});
                int& block = blockOfSpecialty[int(specialty)];
                if (block < 0) {
                    block = int(m_blocks.size());
                    m_blocks.append({classIndex, specialty, {}, 0, -1});
                }
                m_blocks[block].assignments.append(int(m_plan.assignments.size() - 1));
                m_blocks[block].hours += hoursPerWeek;
            }
        }
    }

    int addTeacher(DemoRandom& random, Specialty specialty, const DemoPerson* fixed = nullptr)
    {
        // Most teachers are women, as in Russian schools.
        const bool female =
            specialty == Specialty::PhysEd ? random.chance(0.4) : random.chance(0.85);
        const int person = addPerson(fixed ? *fixed : randomAdult(random, female, 1962, 1999));
        const int room = specialty == Specialty::PhysEd
                             ? (m_teacherSpecialty.count(Specialty::PhysEd) % 2 ? 1 : 0)
                             : addRoom(specialty);
        const int account =
            addAccount(QStringLiteral("teacher%1").arg(++m_teacherCount), {Role::Teacher},
                       Role::Teacher, person, specialtyTitle(specialty));
        m_teacherAccounts.append(account);
        m_teacherSpecialty.append(specialty);
        m_teacherRoom.append(room);
        m_teacherLoad.append(0);
        return int(m_teacherAccounts.size() - 1);
    }

    int addRoom(Specialty specialty)
    {
        const int floor = specialty == Specialty::Primary ? 1 : (m_roomsOnFloor[2] < 25 ? 2 : 3);
        const int number = floor * 100 + ++m_roomsOnFloor[floor];
        m_plan.rooms.append(QString::number(number));
        return int(m_plan.rooms.size() - 1);
    }

    void addTeachers()
    {
        DemoRandom random = m_random.fork(StaffStream + 100);
        m_plan.rooms = {QStringLiteral("Спортзал"), QStringLiteral("Малый спортзал")};
        // teacher1 and teacher2 keep the minimal demo's people: the class teacher of 5А who
        // teaches Russian, and a mathematics teacher.
        const DemoPerson ivanova = named("Иванова", "Мария", "Петровна", true, QDate(1980, 4, 9));
        const DemoPerson petrov =
            named("Петров", "Алексей", "Дмитриевич", false, QDate(1976, 12, 1));
        QList<QList<int>> pool(kSpecialtyCount);
        pool[int(Specialty::Russian)].append(addTeacher(random, Specialty::Russian, &ivanova));
        pool[int(Specialty::Math)].append(addTeacher(random, Specialty::Math, &petrov));

        QList<double> hoursOf(kSpecialtyCount, 0);
        for (const Block& block : std::as_const(m_blocks)) {
            if (block.specialty != Specialty::Primary)
                hoursOf[int(block.specialty)] += block.hours;
        }
        // One primary teacher per class of grades 1–4, who is also its class teacher.
        for (int i = 0; i < m_blocks.size(); ++i) {
            Block& block = m_blocks[i];
            if (block.specialty != Specialty::Primary)
                continue;
            const int teacher = addTeacher(random, Specialty::Primary);
            giveBlock(i, teacher);
            makeClassTeacher(block.classIndex, teacher);
        }
        for (int specialty = 1; specialty < kSpecialtyCount; ++specialty) {
            const bool split = specialty == int(Specialty::English) ||
                               specialty == int(Specialty::Informatics) ||
                               specialty == int(Specialty::Technology);
            const int wanted =
                std::max(split ? 2 : 1, int(std::ceil(hoursOf[specialty] / kTeacherLoad - 0.25)));
            while (pool[specialty].size() < wanted)
                pool[specialty].append(addTeacher(random, Specialty(specialty)));
        }
        // The 5А Russian block goes to teacher1 first.
        QList<int> order;
        for (int i = 0; i < m_blocks.size(); ++i) {
            if (m_blocks.at(i).specialty != Specialty::Primary)
                order.append(i);
        }
        std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
            return m_blocks.at(a).hours > m_blocks.at(b).hours;
        });
        const int class5A = classIndexOf(5, 0);
        for (int i : std::as_const(order)) {
            if (m_blocks.at(i).classIndex == class5A &&
                m_blocks.at(i).specialty == Specialty::Russian) {
                giveBlock(i, pool[int(Specialty::Russian)].first());
                makeClassTeacher(class5A, pool[int(Specialty::Russian)].first());
            }
        }
        for (int i : std::as_const(order)) {
            const Block& block = m_blocks.at(i);
            if (m_blockTeacher.value(i, -1) >= 0)
                continue;
            const int avoid = block.sibling >= 0 ? m_blockTeacher.value(block.sibling, -1) : -1;
            int best = -1;
            for (int teacher : pool[int(block.specialty)]) {
                if (teacher == avoid)
                    continue;
                if (best < 0 || m_teacherLoad.at(teacher) < m_teacherLoad.at(best))
                    best = teacher;
            }
            if (m_teacherLoad.at(best) + block.hours > kMaxTeacherLoad) {
                best = addTeacher(random, block.specialty);
                pool[int(block.specialty)].append(best);
            }
            giveBlock(i, best);
        }
        // Class teachers of grades 5–11: a teacher of the class who leads no class yet.
        for (int classIndex = 0; classIndex < m_plan.classes.size(); ++classIndex) {
            if (m_plan.classes.at(classIndex).homeroomTeacher >= 0)
                continue;
            int chosen = -1;
            for (int i : std::as_const(order)) {
                const Block& block = m_blocks.at(i);
                const int teacher = m_blockTeacher.value(i, -1);
                // teacher2 stays a plain subject teacher, as in the minimal demo.
                if (block.classIndex != classIndex || block.specialty == Specialty::PhysEd ||
                    m_leadsClass.contains(teacher) || teacher == kPlainMathTeacher)
                    continue;
                chosen = teacher;
                break;
            }
            if (chosen < 0) // everyone teaching here leads a class already: a new teacher
                chosen = pool[int(Specialty::History)].first();
            makeClassTeacher(classIndex, chosen);
        }
    }

    int classIndexOf(int grade, int parallel) const
    {
        for (int i = 0; i < m_plan.classes.size(); ++i) {
            if (m_plan.classes.at(i).grade == grade &&
                m_plan.classes.at(i).letter == kLetters.at(parallel))
                return i;
        }
        return -1;
    }

    void giveBlock(int blockIndex, int teacher)
    {
        m_blockTeacher.insert(blockIndex, teacher);
        m_teacherLoad[teacher] += m_blocks.at(blockIndex).hours;
        for (int assignment : m_blocks.at(blockIndex).assignments) {
            m_plan.assignments[assignment].teacher = m_teacherAccounts.at(teacher);
            m_plan.assignments[assignment].room = m_teacherRoom.at(teacher);
        }
    }

    void makeClassTeacher(int classIndex, int teacher)
    {
        DemoClass& group = m_plan.classes[classIndex];
        DemoAccount& account = m_plan.accounts[m_teacherAccounts.at(teacher)];
        group.homeroomTeacher = m_teacherAccounts.at(teacher);
        group.room = m_teacherRoom.at(teacher);
        account.roles.insert(Role::ClassTeacher);
        account.mainRole = Role::ClassTeacher;
        account.classOrSubject = group.title();
        m_leadsClass.insert(teacher, classIndex);
    }

    DemoFamily newFamily(DemoRandom& random, const QString& surname, int childBirthYear)
    {
        DemoFamily family;
        DemoPerson father = randomAdult(random, false, childBirthYear - 40, childBirthYear - 24);
        father.lastName = surname;
        DemoPerson mother = randomAdult(random, true, childBirthYear - 38, childBirthYear - 22);
        mother.lastName = DemoNames::surnameForm(surname, true);
        family.father = addPerson(father);
        family.mother = addPerson(mother);
        return family;
    }

    int addStudent(DemoRandom& random, int classIndex)
    {
        const int grade = m_plan.classes.at(classIndex).grade;
        const int birthYear = m_startYear - 6 - grade;
        const bool female = random.chance(0.5);
        int family = -1;
        if (random.chance(kSiblingShare)) { // a brother or sister already at school
            for (int attempt = 0; attempt < 5 && family < 0; ++attempt) {
                if (m_plan.families.isEmpty())
                    break;
                const int candidate = random.uniform(0, int(m_plan.families.size()) - 1);
                const DemoFamily& other = m_plan.families.at(candidate);
                if (other.children.size() != 1)
                    continue;
                const int otherClass = m_classOfStudent.at(other.children.first());
                if (otherClass >= 0 && m_plan.classes.at(otherClass).grade != grade)
                    family = candidate;
            }
        }
        if (family < 0) {
            m_plan.families.append(
                newFamily(random, random.pick(DemoNames::surnames()), birthYear));
            family = int(m_plan.families.size() - 1);
        }
        const DemoPerson& father = m_plan.people.at(m_plan.families.at(family).father);
        DemoPerson child;
        child.female = female;
        child.lastName = DemoNames::surnameForm(father.lastName, female);
        child.firstName =
            random.pick(female ? DemoNames::femaleFirstNames() : DemoNames::maleFirstNames());
        child.middleName = DemoNames::patronymic(father.firstName, female);
        child.birthDate = randomDate(random, birthYear, birthYear);
        DemoStudent student;
        student.person = addPerson(child);
        student.family = family;
        // Personal file numbers: year of admission and a running number, unique in the school.
        student.personalFileNo = QStringLiteral("%1-%2")
                                     .arg((m_startYear - grade + 1) % 100, 2, 10, QLatin1Char('0'))
                                     .arg(m_plan.students.size() + 1, 4, 10, QLatin1Char('0'));
        const double roll = random.real();
        student.ability = roll < 0.25 ? DemoAbility::Strong
                                      : (roll < 0.75 ? DemoAbility::Average : DemoAbility::Weak);
        const double base = student.ability == DemoAbility::Strong
                                ? 4.55
                                : (student.ability == DemoAbility::Average ? 3.85 : 3.15);
        student.meanMark = random.normal(base, 0.15);
        m_plan.students.append(student);
        const int index = int(m_plan.students.size() - 1);
        m_plan.families[family].children.append(index);
        m_classOfStudent.append(classIndex);
        return index;
    }

    // Puts a student in the smaller subgroup of each split subject of the class.
    void joinSubgroups(int student, int classIndex)
    {
        QMap<int, int> smallest; // subject → subgroup
        for (int i = 0; i < m_plan.subgroups.size(); ++i) {
            const DemoSubgroup& group = m_plan.subgroups.at(i);
            if (group.classIndex != classIndex)
                continue;
            const int current = smallest.value(group.subject, -1);
            if (current < 0 || group.students.size() < m_plan.subgroups.at(current).students.size())
                smallest.insert(group.subject, i);
        }
        for (int group : std::as_const(smallest))
            m_plan.subgroups[group].students.append(student);
    }

    void addStudents()
    {
        DemoRandom random = m_random.fork(StudentStream);
        for (int classIndex = 0; classIndex < m_plan.classes.size(); ++classIndex) {
            QList<int> members;
            for (int i = 0; i < m_classSizes.at(classIndex); ++i) {
                const int student = addStudent(random, classIndex);
                members.append(student);
                m_plan.enrollments.append({student, classIndex, m_plan.calendar.startsOn(), {}});
            }
            // Subgroups split the class list in alphabetical halves, as schools do.
            std::stable_sort(members.begin(), members.end(), [this](int a, int b) {
                const DemoPerson& pa = m_plan.people.at(m_plan.students.at(a).person);
                const DemoPerson& pb = m_plan.people.at(m_plan.students.at(b).person);
                return pa.lastName + pa.firstName < pb.lastName + pb.firstName;
            });
            for (int i = 0; i < m_plan.subgroups.size(); ++i) {
                DemoSubgroup& group = m_plan.subgroups[i];
                if (group.classIndex != classIndex)
                    continue;
                const bool first = group.title.endsWith(QLatin1Char('1'));
                const int half = int(members.size() + 1) / 2;
                group.students = first ? members.mid(0, half) : members.mid(half);
            }
        }
    }

    // A handful of admissions, transfers between parallel classes and expulsions after
    // 1 September, each by an order (R22), so movement.list has something to show.
    void addMovements()
    {
        DemoRandom random = m_random.fork(MovementStream);
        const QDate first = m_plan.calendar.startsOn().addDays(7);
        const QDate last = std::min(m_plan.today.addDays(-3), m_plan.calendar.endsOn());
        if (first >= last)
            return;
        const int count = std::max(3, m_studentCount / 120);
        QList<QDate> dates;
        for (int i = 0; i < count; ++i) {
            QDate date = first.addDays(random.uniform(0, int(first.daysTo(last))));
            while (date.dayOfWeek() > 5)
                date = date.addDays(-1);
            dates.append(std::max(date, first));
        }
        std::sort(dates.begin(), dates.end());
        int orderNo = 14;
        for (int i = 0; i < count; ++i) {
            const QDate date = dates.at(i);
            const int kind = i % 3; // admit, transfer, expel in turn
            DemoMovement movement;
            movement.onDate = date;
            movement.orderDate = date.addDays(-random.uniform(0, 2));
            movement.orderNo = QStringLiteral("%1-у").arg(orderNo);
            orderNo += random.uniform(1, 4);
            const int classIndex = random.uniform(0, int(m_plan.classes.size()) - 1);
            if (kind == 0) {
                const int student = addStudent(random, classIndex);
                m_plan.enrollments.append({student, classIndex, date, {}});
                joinSubgroups(student, classIndex);
                movement.kind = QStringLiteral("admit");
                movement.student = student;
                movement.toClass = classIndex;
            } else {
                const int enrollment = randomOpenEnrollment(random, classIndex, date);
                if (enrollment < 0)
                    continue;
                DemoEnrollment& current = m_plan.enrollments[enrollment];
                current.toDate = date;
                movement.student = current.student;
                movement.fromClass = classIndex;
                if (kind == 1) {
                    const int target = parallelClass(classIndex);
                    if (target < 0) {
                        current.toDate = {};
                        continue;
                    }
                    m_plan.enrollments.append({movement.student, target, date, {}});
                    joinSubgroups(movement.student, target);
                    m_classOfStudent[movement.student] = target;
                    movement.kind = QStringLiteral("transfer");
                    movement.toClass = target;
                } else {
                    movement.kind = QStringLiteral("expel");
                    m_classOfStudent[movement.student] = -1;
                }
            }
            m_plan.movements.append(movement);
        }
    }

    int randomOpenEnrollment(DemoRandom& random, int classIndex, const QDate& date)
    {
        QList<int> candidates;
        for (int i = 0; i < m_plan.enrollments.size(); ++i) {
            const DemoEnrollment& enrollment = m_plan.enrollments.at(i);
            if (enrollment.classIndex == classIndex && enrollment.toDate.isNull() &&
                enrollment.fromDate < date)
                candidates.append(i);
        }
        return candidates.isEmpty() ? -1 : random.pick(candidates);
    }

    int parallelClass(int classIndex) const
    {
        const DemoClass& group = m_plan.classes.at(classIndex);
        for (int i = 0; i < m_plan.classes.size(); ++i) {
            if (i != classIndex && m_plan.classes.at(i).grade == group.grade)
                return i;
        }
        return -1;
    }

    // Accounts for the students and parents of the «А» classes (class teachers create the
    // others' accounts later, R20); each parent account is guardian of all its children.
    void addStudentAndParentAccounts()
    {
        DemoRandom random = m_random.fork(StudentStream + 100);
        int studentNo = 0;
        QList<int> accountOfFamily(m_plan.families.size(), -1);
        QList<int> familiesInOrder;
        for (int classIndex = 0; classIndex < m_plan.classes.size(); ++classIndex) {
            const DemoClass& group = m_plan.classes.at(classIndex);
            // Accounts for two classes are enough to try every role; each costs an argon2id
            // hash (~0.1 s), and the whole demo must stay well under a minute.
            if (group.letter != kLetters.at(0) || !kClassesWithAccounts.contains(group.grade))
                continue;
            for (int student = 0; student < m_plan.students.size(); ++student) {
                if (m_classOfStudent.at(student) != classIndex)
                    continue;
                addAccount(QStringLiteral("student%1").arg(++studentNo), {Role::Student},
                           Role::Student, m_plan.students.at(student).person, group.title());
                const int family = m_plan.students.at(student).family;
                if (accountOfFamily.at(family) == -1) {
                    accountOfFamily[family] = -2; // reserved, made after all students
                    familiesInOrder.append(family);
                    m_parentClass.insert(family, group.title());
                }
            }
        }
        int parentNo = 0;
        for (int family : std::as_const(familiesInOrder)) {
            DemoFamily& data = m_plan.families[family];
            const int person = random.chance(0.75) ? data.mother : data.father;
            data.account = addAccount(QStringLiteral("parent%1").arg(++parentNo), {Role::Parent},
                                      Role::Parent, person, m_parentClass.value(family));
            for (int child : std::as_const(data.children))
                m_plan.guardians.append({data.account, child});
        }
    }

    void addBells()
    {
        // 45-minute lessons, breaks of 10 and 20 minutes.
        const int breaks[] = {10, 20, 20, 10, 10, 10, 10};
        QTime start(8, 30);
        for (int lesson = 1; lesson <= 7; ++lesson) {
            m_plan.bells.append({lesson, start, start.addSecs(45 * 60)});
            start = start.addSecs((45 + breaks[lesson - 1]) * 60);
        }
    }

    DemoSchoolPlan& m_plan;
    int m_studentCount;
    DemoRandom m_random;
    int m_startYear = 0;
    QList<int> m_classSizes;
    QList<Block> m_blocks;
    QMap<int, int> m_blockTeacher;
    QList<int> m_teacherAccounts;
    QList<Specialty> m_teacherSpecialty;
    QList<int> m_teacherRoom;
    QList<double> m_teacherLoad;
    QMap<int, int> m_leadsClass; // teacher → class
    int m_teacherCount = 0;
    int m_roomsOnFloor[4] = {0, 0, 0, 0};
    QList<int> m_classOfStudent; // current class, -1 after expulsion
    QMap<int, QString> m_parentClass;
};
} // namespace

QString DemoPerson::fullName() const
{
    return QStringList{lastName, firstName, middleName}.join(QLatin1Char(' ')).trimmed();
}

DemoSchoolPlan DemoSchoolPlan::generate(int studentCount, int seed, const QDate& today)
{
    DemoSchoolPlan plan;
    plan.seed = seed;
    plan.today = today;
    Builder(plan, studentCount).build();
    const DemoRandom random{quint64(seed)};
    DemoRandom timetableRandom = random.fork(TimetableStream);
    DemoTimetable::build(plan, timetableRandom);
    DemoRandom journalRandom = random.fork(JournalStream);
    DemoJournal::fill(plan, journalRandom);
    return plan;
}
