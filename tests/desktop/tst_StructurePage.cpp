// The school structure screen against a real server: teachers are picked by name, a
// curriculum row and a holiday added through the page reach the server, and moving students
// between subgroups is the administrator's alone (R08).
#include "app/Application.h"
#include "models/RecordTableModel.h"
#include "protocol/OpNames.h"
#include "school/CurriculumTab.h"
#include "school/EntryWindowsTab.h"
#include "school/HolidaysTab.h"
#include "school/PersonListModel.h"
#include "school/RecordEditDialog.h"
#include "school/RecordPicker.h"
#include "school/StructurePage.h"
#include "school/SubgroupMembersEditor.h"
#include "school/SubgroupsTab.h"
#include "session/DesktopSession.h"
#include "support/SchoolBuilder.h"
#include "support/TestClient.h"
#include "support/TestServer.h"

#include <QAbstractItemModelTester>
#include <QCborArray>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <memory>

namespace {
const QString kPassword = QStringLiteral("Secret-pass-1");
const QString kClassTeacherName = QStringLiteral("Иванова Мария Сергеевна");
const QString kTeacherName = QStringLiteral("Петров Пётр Петрович");
constexpr int kTimeout = 20'000;

// Picks the combo item with this text; false when there is none.
bool pickText(QComboBox* combo, const QString& text)
{
    const int index = combo->findText(text);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

QStringList itemTexts(const QComboBox* combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts.append(combo->itemText(i));
    return texts;
}
} // namespace

class TestStructurePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void classDialogOffersClassTeachersByName();
    void assignmentDialogOffersTeachersAndSubgroupsByName();
    void curriculumRowAddedThroughPageIsListed();
    void holidayAddedThroughPageIsListed();
    void entryWindowsAreSavedAsSchoolSettings();
    void r08_deputyCannotMoveSubgroupMembers();
    void r08_adminMovesStudentIntoSubgroup();

private:
    std::unique_ptr<DesktopSession> signIn(const QString& login);
    // A structure page for the user, its classes, subjects, years and staff loaded.
    std::unique_ptr<StructurePage> openPage(DesktopSession* session);
    // Accepts the page's open edit dialog; returns its error ("" once it closed).
    QString acceptDialog(RecordEditDialog* dialog);
    qint64 admit(const QString& lastName);

    TestServer m_server;
    std::unique_ptr<TestClient> m_deputy;
    std::unique_ptr<TestClient> m_admin;
    qint64 m_classTeacherId = 0;
    qint64 m_teacherId = 0;
    qint64 m_yearId = 0;
    qint64 m_classId = 0;
    qint64 m_mathId = 0;
    qint64 m_englishId = 0;
    qint64 m_subgroupId = 0;
    QList<qint64> m_studentIds;
};

void TestStructurePage::initTestCase()
{
    Application::setIdentity();
    QVERIFY(Application::installTranslator(*qApp));
    QSettings().clear();
    QVERIFY(m_server.start(false));
    QVERIFY(m_server.addUser(QStringLiteral("admin"), kPassword, {Role::Admin},
                             QStringLiteral("Админ Сергей Петрович")));
    QVERIFY(m_server.addUser(QStringLiteral("deputy"), kPassword, {Role::Deputy},
                             QStringLiteral("Завуч Ольга Ивановна")));
    m_classTeacherId = m_server.addUser(QStringLiteral("ivanova"), kPassword,
                                        {Role::Teacher, Role::ClassTeacher}, kClassTeacherName);
    QVERIFY(m_classTeacherId);
    m_teacherId =
        m_server.addUser(QStringLiteral("petrov"), kPassword, {Role::Teacher}, kTeacherName);
    QVERIFY(m_teacherId);

    m_deputy = std::make_unique<TestClient>(m_server.endpoint());
    QVERIFY(m_deputy->connectToServer());
    QVERIFY(m_deputy->login(QStringLiteral("deputy"), kPassword).ok);
    m_admin = std::make_unique<TestClient>(m_server.endpoint());
    QVERIFY(m_admin->connectToServer());
    QVERIFY(m_admin->login(QStringLiteral("admin"), kPassword).ok);

    SchoolBuilder school(*m_deputy);
    m_yearId = school.year(QStringLiteral("2026/2027"), QDate(2026, 9, 1), QDate(2027, 5, 31));
    QVERIFY(m_yearId);
    m_classId = school.classGroup(m_yearId, 5, QStringLiteral("А"));
    QVERIFY(m_classId);
    m_mathId = school.subject(QStringLiteral("Математика"));
    QVERIFY(m_mathId);
    m_englishId = school.subject(QStringLiteral("Английский язык"));
    QVERIFY(m_englishId);
    for (const QString& lastName : {QStringLiteral("Алексеев"), QStringLiteral("Борисова")}) {
        const qint64 id = admit(lastName);
        QVERIFY2(id, qPrintable(lastName));
        m_studentIds.append(id);
    }
    const Reply subgroup = m_deputy->call(QString::fromLatin1(Op::SubgroupSave),
                                          {{QStringLiteral("class_id"), m_classId},
                                           {QStringLiteral("subject_id"), m_englishId},
                                           {QStringLiteral("title"), QStringLiteral("1 группа")}});
    QVERIFY2(subgroup.ok, qPrintable(subgroup.error.message));
    m_subgroupId = subgroup.result[QStringLiteral("id")].toInteger();
    QVERIFY(m_subgroupId);
}

qint64 TestStructurePage::admit(const QString& lastName)
{
    const Reply reply =
        m_admin->call(QString::fromLatin1(Op::StudentAdmit),
                      {{QStringLiteral("person"),
                        QCborMap{{QStringLiteral("last_name"), lastName},
                                 {QStringLiteral("first_name"), QStringLiteral("Иван")}}},
                       {QStringLiteral("personal_file_no"), QStringLiteral("5-") + lastName},
                       {QStringLiteral("class_id"), m_classId},
                       {QStringLiteral("date"), QStringLiteral("2026-09-01")},
                       {QStringLiteral("order_no"), QStringLiteral("1")},
                       {QStringLiteral("order_date"), QStringLiteral("2026-08-30")}});
    if (!reply.ok)
        qWarning() << reply.error.message;
    return reply.result[QStringLiteral("student")][QStringLiteral("id")].toInteger();
}

std::unique_ptr<DesktopSession> TestStructurePage::signIn(const QString& login)
{
    auto session = std::make_unique<DesktopSession>();
    session->signIn(m_server.endpoint(), login, kPassword);
    if (!QTest::qWaitFor([&] { return session->phase() == DesktopSession::Phase::SignedIn; },
                         kTimeout))
        return nullptr;
    return session;
}

std::unique_ptr<StructurePage> TestStructurePage::openPage(DesktopSession* session)
{
    auto page = std::make_unique<StructurePage>(session);
    const bool ready = QTest::qWaitFor(
        [&] {
            return page->model(StructurePage::ClassesTab)->rowCount() >= 1 &&
                   page->model(StructurePage::SubjectsTab)->rowCount() >= 2 &&
                   page->model(StructurePage::YearsTab)->rowCount() >= 1 &&
                   page->staff().size() >= 4;
        },
        kTimeout);
    return ready ? std::move(page) : nullptr;
}

QString TestStructurePage::acceptDialog(RecordEditDialog* dialog)
{
    QPointer<RecordEditDialog> guard(dialog);
    dialog->accept();
    const bool answered = QTest::qWaitFor(
        [&] { return !guard || !guard->isVisible() || !guard->errorText().isEmpty(); }, kTimeout);
    if (!answered)
        return QStringLiteral("no reply");
    return guard && guard->isVisible() ? guard->errorText() : QString();
}

void TestStructurePage::classDialogOffersClassTeachersByName()
{
    auto session = signIn(QStringLiteral("deputy"));
    QVERIFY(session);
    auto page = openPage(session.get());
    QVERIFY(page);
    page->tabs()->setCurrentIndex(StructurePage::ClassesTab);
    auto* view = qobject_cast<QTableView*>(page->tabs()->currentWidget());
    QVERIFY(view);
    view->setCurrentIndex(view->model()->index(0, 0));
    page->editRecord();
    auto* dialog = page->findChild<RecordEditDialog*>();
    QVERIFY(dialog);
    auto* teacher = dialog->findChild<QComboBox*>(QStringLiteral("homeroom_teacher_id"));
    QVERIFY(teacher);
    // Only class teachers, by full name; the empty choice leaves the class without one.
    QCOMPARE(itemTexts(teacher), (QStringList{QString(), kClassTeacherName}));
    QVERIFY(pickText(teacher, kClassTeacherName));
    const QString error = acceptDialog(dialog);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const Reply classes = m_deputy->call(QString::fromLatin1(Op::ClassList));
    QVERIFY(classes.ok);
    const QCborMap saved = classes.result[QStringLiteral("classes")].toArray().at(0).toMap();
    QCOMPARE(saved.value(QStringLiteral("id")).toInteger(), m_classId);
    QCOMPARE(saved.value(QStringLiteral("homeroom_teacher_id")).toInteger(), m_classTeacherId);
    // The table shows the name once it reloads.
    QTRY_COMPARE_WITH_TIMEOUT(page->model(StructurePage::ClassesTab)
                                  ->recordAt(0)
                                  .value(QStringLiteral("homeroom_teacher"))
                                  .toString(),
                              kClassTeacherName, kTimeout);
}

void TestStructurePage::assignmentDialogOffersTeachersAndSubgroupsByName()
{
    auto session = signIn(QStringLiteral("deputy"));
    QVERIFY(session);
    auto page = openPage(session.get());
    QVERIFY(page);
    page->tabs()->setCurrentIndex(StructurePage::AssignmentsTab);
    page->addRecord();
    auto* dialog = page->findChild<RecordEditDialog*>();
    QVERIFY(dialog);
    auto* teacher = dialog->findChild<QComboBox*>(QStringLiteral("teacher_id"));
    QVERIFY(teacher);
    QCOMPARE(itemTexts(teacher), (QStringList{kClassTeacherName, kTeacherName}));
    QVERIFY(pickText(teacher, kTeacherName));
    QVERIFY(
        pickText(dialog->findChild<QComboBox*>(QStringLiteral("class_id")), QStringLiteral("5А")));
    QVERIFY(pickText(dialog->findChild<QComboBox*>(QStringLiteral("subject_id")),
                     QStringLiteral("Английский язык")));
    // The subgroups come from subgroup.list for the chosen class.
    auto* subgroup = dialog->findChild<QComboBox*>(QStringLiteral("subgroup_id"));
    QVERIFY(subgroup);
    const QString subgroupText = QStringLiteral("Английский язык — 1 группа");
    QTRY_VERIFY_WITH_TIMEOUT(subgroup->findText(subgroupText) >= 0, kTimeout);
    QVERIFY(pickText(subgroup, subgroupText));
    dialog->findChild<QDoubleSpinBox*>(QStringLiteral("hours_per_week"))->setValue(3);
    const QString error = acceptDialog(dialog);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const Reply assignments = m_deputy->call(QString::fromLatin1(Op::AssignmentList),
                                             {{QStringLiteral("class_id"), m_classId}});
    QVERIFY(assignments.ok);
    const QCborArray list = assignments.result[QStringLiteral("assignments")].toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toMap().value(QStringLiteral("teacher_id")).toInteger(), m_teacherId);
    QCOMPARE(list.at(0).toMap().value(QStringLiteral("subgroup_id")).toInteger(), m_subgroupId);
}

void TestStructurePage::curriculumRowAddedThroughPageIsListed()
{
    auto session = signIn(QStringLiteral("deputy"));
    QVERIFY(session);
    auto page = openPage(session.get());
    QVERIFY(page);
    CurriculumTab* tab = page->curriculumTab();
    page->tabs()->setCurrentWidget(tab);
    QVERIFY(tab->canEdit());
    QCOMPARE(tab->pickedId(), m_classId);
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 0, kTimeout);

    page->addRecord();
    auto* dialog = tab->findChild<RecordEditDialog*>();
    QVERIFY(dialog);
    QVERIFY(pickText(dialog->findChild<QComboBox*>(QStringLiteral("subject_id")),
                     QStringLiteral("Математика")));
    dialog->findChild<QDoubleSpinBox*>(QStringLiteral("hours_per_week"))->setValue(5);
    const QString error = acceptDialog(dialog);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 1, kTimeout);

    const Reply curriculum = m_deputy->call(QString::fromLatin1(Op::CurriculumList),
                                            {{QStringLiteral("class_id"), m_classId}});
    QVERIFY(curriculum.ok);
    const QCborArray rows = curriculum.result[QStringLiteral("curriculum")].toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toMap().value(QStringLiteral("subject_id")).toInteger(), m_mathId);
    QCOMPARE(rows.at(0).toMap().value(QStringLiteral("hours_per_week")).toDouble(), 5.0);
}

void TestStructurePage::holidayAddedThroughPageIsListed()
{
    auto session = signIn(QStringLiteral("deputy"));
    QVERIFY(session);
    auto page = openPage(session.get());
    QVERIFY(page);
    HolidaysTab* tab = page->holidaysTab();
    page->tabs()->setCurrentWidget(tab);
    QCOMPARE(tab->pickedId(), m_yearId);

    page->addRecord();
    auto* dialog = tab->findChild<RecordEditDialog*>();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("Зимние"));
    dialog->findChild<QDateEdit*>(QStringLiteral("starts_on"))->setDate(QDate(2026, 12, 29));
    dialog->findChild<QDateEdit*>(QStringLiteral("ends_on"))->setDate(QDate(2027, 1, 11));
    const QString error = acceptDialog(dialog);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 1, kTimeout);

    const Reply holidays = m_deputy->call(QString::fromLatin1(Op::HolidayList),
                                          {{QStringLiteral("year_id"), m_yearId}});
    QVERIFY(holidays.ok);
    const QCborMap holiday = holidays.result[QStringLiteral("holidays")].toArray().at(0).toMap();
    QCOMPARE(holiday.value(QStringLiteral("title")).toString(), QStringLiteral("Зимние"));
    QCOMPARE(holiday.value(QStringLiteral("starts_on")).toString(), QStringLiteral("2026-12-29"));
    // A new holiday covers every grade unless narrowed.
    QCOMPARE(holiday.value(QStringLiteral("grade_from")).toInteger(), 1);
    QCOMPARE(holiday.value(QStringLiteral("grade_to")).toInteger(), 11);
}

void TestStructurePage::entryWindowsAreSavedAsSchoolSettings()
{
    auto session = signIn(QStringLiteral("deputy"));
    QVERIFY(session);
    auto page = openPage(session.get());
    QVERIFY(page);
    EntryWindowsTab* tab = page->entryWindowsTab();
    QSignalSpy loaded(tab, &EntryWindowsTab::loaded);
    tab->reload();
    QVERIFY(loaded.wait(kTimeout));
    auto* written = tab->findChild<QSpinBox*>(QStringLiteral("writtenDays"));
    QCOMPARE(written->value(), 7); // the default (R06)
    written->setValue(5);
    tab->findChild<QCheckBox*>(QStringLiteral("homeworkByEndOfDay"))->setChecked(true);
    QSignalSpy saved(tab, &EntryWindowsTab::saved);
    tab->save();
    QVERIFY(saved.wait(kTimeout));
    QVERIFY2(saved.first().first().toBool(), qPrintable(tab->statusText()));
    const Reply settings = m_deputy->call(QString::fromLatin1(Op::SettingList));
    QCOMPARE(settings.result[QStringLiteral("settings")][QStringLiteral("written_work_window_days")]
                 .toInteger(),
             5);
    QCOMPARE(
        settings.result[QStringLiteral("settings")][QStringLiteral("homework_window")].toString(),
        QStringLiteral("end_of_day"));
    const Reply audit = m_deputy->call(QString::fromLatin1(Op::AuditList),
                                       {{QStringLiteral("op"), QStringLiteral("setting.set")}});
    QCOMPARE(audit.result[QStringLiteral("rows")].toArray().size(), 2);
}

void TestStructurePage::r08_deputyCannotMoveSubgroupMembers()
{
    auto session = signIn(QStringLiteral("deputy"));
    QVERIFY(session);
    auto page = openPage(session.get());
    QVERIFY(page);
    SubgroupsTab* tab = page->subgroupsTab();
    page->tabs()->setCurrentWidget(tab);
    // The deputy creates and renames subgroups, but the members editor stays disabled.
    QVERIFY(tab->canEdit());
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 1, kTimeout);
    SubgroupMembersEditor* editor = tab->membersEditor();
    QVERIFY(!editor->isAllowed());
    QVERIFY(!editor->isEnabled());
    QVERIFY(tab->selectSubgroup(m_subgroupId));
    QTRY_COMPARE_WITH_TIMEOUT(editor->available()->rowCount(), 2, kTimeout);
    editor->availableView()->selectionModel()->select(editor->available()->index(0),
                                                      QItemSelectionModel::Select);
    editor->addSelected();
    QCOMPARE(editor->members()->rowCount(), 0);
    QVERIFY(!editor->findChild<QPushButton*>(QStringLiteral("addMemberButton"))->isEnabled());
}

void TestStructurePage::r08_adminMovesStudentIntoSubgroup()
{
    auto session = signIn(QStringLiteral("admin"));
    QVERIFY(session);
    auto page = openPage(session.get());
    QVERIFY(page);
    SubgroupsTab* tab = page->subgroupsTab();
    page->tabs()->setCurrentWidget(tab);
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 1, kTimeout);
    SubgroupMembersEditor* editor = tab->membersEditor();
    QVERIFY(editor->isAllowed());
    QVERIFY(editor->isEnabled());
    QAbstractItemModelTester availableTester(
        editor->available(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester membersTester(editor->members(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(tab->selectSubgroup(m_subgroupId));
    QTRY_COMPARE_WITH_TIMEOUT(editor->available()->rowCount(), 2, kTimeout);
    QCOMPARE(editor->subgroupId(), m_subgroupId);
    QCOMPARE(editor->members()->rowCount(), 0);

    // Борисова moves into the subgroup; Алексеев stays out.
    const QModelIndex second = editor->available()->index(1);
    QCOMPARE(second.data(Qt::UserRole).toLongLong(), m_studentIds.at(1));
    editor->availableView()->selectionModel()->select(second, QItemSelectionModel::Select);
    auto* add = editor->findChild<QPushButton*>(QStringLiteral("addMemberButton"));
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(editor->members()->ids(), QList<qint64>{m_studentIds.at(1)});
    QCOMPARE(editor->available()->ids(), QList<qint64>{m_studentIds.at(0)});
    QVERIFY(editor->isDirty());
    auto* save = editor->findChild<QPushButton*>(QStringLiteral("saveMembersButton"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isDirty() || !editor->errorText().isEmpty(), kTimeout);
    QVERIFY2(editor->errorText().isEmpty(), qPrintable(editor->errorText()));

    const Reply subgroups = m_admin->call(QString::fromLatin1(Op::SubgroupList),
                                          {{QStringLiteral("class_id"), m_classId}});
    QVERIFY(subgroups.ok);
    const QCborMap subgroup = subgroups.result[QStringLiteral("subgroups")].toArray().at(0).toMap();
    QCOMPARE(subgroup.value(QStringLiteral("student_ids")).toArray(),
             QCborArray{m_studentIds.at(1)});
    // After the reload the same subgroup stays shown with the member the server keeps.
    QTRY_COMPARE_WITH_TIMEOUT(
        tab->model()->recordAt(0).value(QStringLiteral("student_ids")).toArray().size(), 1,
        kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(editor->members()->ids(), QList<qint64>{m_studentIds.at(1)},
                              kTimeout);
    QCOMPARE(editor->subgroupId(), m_subgroupId);
}

QTEST_MAIN(TestStructurePage)
#include "tst_StructurePage.moc"
