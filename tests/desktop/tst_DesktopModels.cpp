// Every model of the roster, users, import and structure screens under
// QAbstractItemModelTester, loaded, reloaded, emptied and edited.
#include "domain/SchoolTypes.h"
#include "import/RosterCsv.h"
#include "models/ClassListModel.h"
#include "models/ImportPreviewModel.h"
#include "models/MovementListModel.h"
#include "models/RecordTableModel.h"
#include "models/StudentListModel.h"
#include "models/UserListModel.h"

#include <QAbstractItemModelTester>
#include <QCborArray>
#include <QFile>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

namespace {
using Tester = QAbstractItemModelTester;
constexpr auto kMode = QAbstractItemModelTester::FailureReportingMode::QtTest;

ClassGroup group(qint64 id, int grade, const QString& letter, int count)
{
    ClassGroup value;
    value.id = id;
    value.grade = grade;
    value.letter = letter;
    value.studentCount = count;
    value.homeroomTeacherName = QStringLiteral("Учитель %1").arg(id);
    return value;
}
} // namespace

class TestDesktopModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classListSortsGradesNumerically();
    void studentListMarksStudentsWhoLeft();
    void movementListNamesTheKinds();
    void userListDisablesOneRow();
    void importPreviewHighlightsIssueLines();
    void recordTableShowsColumns();
};

void TestDesktopModels::classListSortsGradesNumerically()
{
    ClassListModel model;
    Tester tester(&model, kMode);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ClassListModel::SortRole);
    Tester proxyTester(&proxy, kMode);
    model.setClasses({group(1, 10, QStringLiteral("А"), 25), group(2, 5, QStringLiteral("Б"), 27),
                      group(3, 5, QStringLiteral("А"), 26)});
    proxy.sort(ClassListModel::TitleColumn);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("5А"));
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("10А"));
    QCOMPARE(model.index(1, ClassListModel::CountColumn).data().toInt(), 27);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterFixedString(QStringLiteral("10"));
    QCOMPARE(proxy.rowCount(), 1);
    model.setClasses({});
    QCOMPARE(model.rowCount(), 0);
}

void TestDesktopModels::studentListMarksStudentsWhoLeft()
{
    StudentListModel model;
    Tester tester(&model, kMode);
    RosterStudent present;
    present.id = 1;
    present.person = {QStringLiteral("Андреев"), QStringLiteral("Никита"),
                      QStringLiteral("Александрович"), QDate(2015, 4, 2), QStringLiteral("м")};
    present.personalFileNo = QStringLiteral("А-1");
    present.enrolledOn = QDate(2026, 9, 1);
    RosterStudent left = present;
    left.id = 2;
    left.leftOn = QDate(2026, 10, 15);
    model.setStudents({present, left});
    QCOMPARE(model.index(0, StudentListModel::NumberColumn).data().toInt(), 1);
    QCOMPARE(model.index(0, StudentListModel::NameColumn).data().toString(),
             QStringLiteral("Андреев Никита Александрович"));
    QCOMPARE(model.index(0, StudentListModel::BirthDateColumn).data().toString(),
             QStringLiteral("02.04.2015"));
    QVERIFY(model.index(0, StudentListModel::LeftColumn).data().toString().isEmpty());
    QCOMPARE(model.index(1, StudentListModel::LeftColumn).data().toString(),
             QStringLiteral("15.10.2026"));
    QVERIFY(model.index(1, 0).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid());
}

void TestDesktopModels::movementListNamesTheKinds()
{
    MovementListModel model;
    Tester tester(&model, kMode);
    Movement movement;
    movement.kind = QStringLiteral("transfer");
    movement.studentName = QStringLiteral("Белова Анна Игоревна");
    movement.fromClassTitle = QStringLiteral("5А");
    movement.toClassTitle = QStringLiteral("5Б");
    movement.onDate = QDate(2026, 10, 1);
    movement.orderNo = QStringLiteral("45-у");
    movement.orderDate = QDate(2026, 9, 30);
    model.setMovements({movement, movement});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, MovementListModel::OrderNoColumn).data().toString(),
             QStringLiteral("45-у"));
    QCOMPARE(model.index(0, MovementListModel::DateColumn).data(Qt::UserRole).toString(),
             QStringLiteral("2026-10-01"));
    QVERIFY(!model.index(0, MovementListModel::KindColumn).data().toString().isEmpty());
}

void TestDesktopModels::userListDisablesOneRow()
{
    UserListModel model;
    Tester tester(&model, kMode);
    const QCborMap wire{{QStringLiteral("id"), 5},
                        {QStringLiteral("login"), QStringLiteral("ivanova")},
                        {QStringLiteral("full_name"), QStringLiteral("Иванова Мария Петровна")},
                        {QStringLiteral("roles"),
                         QCborArray{QStringLiteral("teacher"), QStringLiteral("class_teacher")}},
                        {QStringLiteral("disabled"), false}};
    UserAccount other = UserAccount::fromCbor(wire);
    other.id = 6;
    other.login = QStringLiteral("petrov");
    model.setUsers({UserAccount::fromCbor(wire), other});
    QVERIFY(model.userAt(0).roles.contains(Role::ClassTeacher));
    QVERIFY(!model.index(0, UserListModel::RolesColumn).data().toString().isEmpty());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.markDisabled(6);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
    QVERIFY(model.userAt(1).disabled);
    QVERIFY(!model.userAt(0).disabled);
}

void TestDesktopModels::importPreviewHighlightsIssueLines()
{
    ImportPreviewModel model;
    Tester tester(&model, kMode);
    QFile file(qEnvironmentVariable("EJOURNAL_SOURCE_DIR") +
               QStringLiteral("/tests/data/roster-5A-with-errors.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const RosterFile roster = RosterCsv::parseRoster(file.readAll());
    QMap<int, QStringList> issues;
    for (const RosterIssue& issue : roster.issues)
        issues[issue.line].append(issue.message);
    model.setPreview(roster.header, roster.preview, issues);
    QVERIFY(model.rowCount() > 5);
    QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 2);
    QVERIFY(!model.rowHasIssue(0));
    QVERIFY(model.rowHasIssue(1));
    QVERIFY(model.index(1, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(0, 0).data(Qt::BackgroundRole).isValid());
    model.setReport({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

void TestDesktopModels::recordTableShowsColumns()
{
    RecordTableModel model({{QStringLiteral("Title"), [](const QCborMap& map) {
                                 return QVariant(map.value(QStringLiteral("title")).toString());
                             }}});
    Tester tester(&model, kMode);
    AcademicYear year;
    year.id = 1;
    year.title = QStringLiteral("2026/2027");
    model.setRecords({year.toCbor()});
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("2026/2027"));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Title"));
    QCOMPARE(model.recordAt(0).value(QStringLiteral("id")).toInteger(), 1);
}

QTEST_MAIN(TestDesktopModels)
#include "tst_DesktopModels.moc"
