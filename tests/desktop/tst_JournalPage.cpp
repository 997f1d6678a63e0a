// The journal screen against a real server: a teacher enters a lesson with marks and
// absences from the keyboard, the class teacher watching the same journal sees them appear,
// a late entry asks for its reason (R06), a stale entry is shown as a conflict.
#include "app/Application.h"
#include "journal/EditOutbox.h"
#include "journal/JournalGridModel.h"
#include "journal/JournalGridView.h"
#include "journal/JournalPage.h"
#include "journal/JournalPicker.h"
#include "journal/LateReasonBar.h"
#include "journal/LessonPanel.h"
#include "journal/PeriodUnlockDialog.h"
#include "protocol/OpNames.h"
#include "session/DesktopSession.h"
#include "support/KeyTyping.h"
#include "support/SchoolBuilder.h"
#include "support/SignedInClients.h"
#include "support/TestServer.h"

#include <QCborArray>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

namespace {
const QString kPassword = QStringLiteral("Secret-pass-1");
constexpr int kTimeout = 20'000;

// Types into the grid's current cell and presses Enter, as a teacher does.
void enter(JournalGridView* grid, const QString& text)
{
    QVERIFY2(KeyTyping::enterInCell(grid, text, QStringLiteral("cellEditor")),
             "typing did not open the cell's editor");
}
} // namespace

class TestJournalPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void teacherEntersALessonFromTheKeyboardAndTheClassTeacherSeesIt();
    void invalidEntryIsRefusedWithItsRule();
    void r06_lateEntryAsksForTheReason();
    void staleEntryIsShownAsAConflict();
    void whatIsTypedInThePanelSurvivesOthersMarks();
    void journalStaysEditableOffline();
    void aLateCellTypedTwiceOfflineAsksOnce();
    void r13_theDeputyUnlocksPeriodMarksFromTheJournal();

private:
    struct OpenPage
    {
        std::unique_ptr<DesktopSession> session;
        std::unique_ptr<JournalPage> page;
    };
    OpenPage openPage(const QString& login);
    QCborMap journal();

    TestServer m_server;
    std::unique_ptr<SignedInClients> m_clients;
    qint64 m_year = 0;
    qint64 m_assignment = 0;
    qint64 m_workType = 0;
    QList<qint64> m_students;
    OpenPage m_teacher;
    OpenPage m_watcher;
};

void TestJournalPage::initTestCase()
{
    Application::setIdentity();
    QVERIFY(Application::installTranslator(*qApp));
    QSettings().clear();
    // Offline queues of an earlier run belong to an earlier server.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
         QStringLiteral("/outbox"))
        .removeRecursively();
    QVERIFY(m_server.start(false));
    m_clients = std::make_unique<SignedInClients>(m_server, kPassword);
    QVERIFY(m_server.addUser(QStringLiteral("deputy"), kPassword, {Role::Deputy}));
    QVERIFY(m_server.addUser(QStringLiteral("secretary"), kPassword, {Role::Secretary}));
    const qint64 teacher = m_server.addUser(QStringLiteral("teacher"), kPassword, {Role::Teacher},
                                            QStringLiteral("Орлова Анна Петровна"));
    const qint64 homeroom =
        m_server.addUser(QStringLiteral("homeroom"), kPassword, {Role::Teacher, Role::ClassTeacher},
                         QStringLiteral("Соколов Игорь Львович"));
    QVERIFY(teacher && homeroom);

    const SchoolBuilder::YearDates dates = SchoolBuilder::yearHolding(QDate::currentDate());
    SchoolBuilder school((*m_clients)[QStringLiteral("deputy")]);
    const qint64 year = school.year(dates);
    m_year = year;
    QVERIFY(school.quarter(year, 1, dates.startsOn, dates.endsOn, dates.endsOn));
    const qint64 classId = school.classGroup(year, 6, QStringLiteral("Б"), homeroom);
    const qint64 subject = school.subject(QStringLiteral("История"));
    m_workType = school.workType(QStringLiteral("Ответ на уроке"), 1);
    m_assignment = school.assignment(classId, subject, teacher, 2);
    QVERIFY(m_assignment && m_workType);
    const QStringList names{QStringLiteral("Алексеев"), QStringLiteral("Белова"),
                            QStringLiteral("Васильев")};
    for (const QString& name : names) {
        m_students.append(SchoolBuilder::admit((*m_clients)[QStringLiteral("secretary")], classId,
                                               name, name, dates.startsOn, QStringLiteral("Иван")));
        QVERIFY(m_students.last());
    }
    m_teacher = openPage(QStringLiteral("teacher"));
    m_watcher = openPage(QStringLiteral("homeroom"));
    QVERIFY(m_teacher.page && m_watcher.page);
}

TestJournalPage::OpenPage TestJournalPage::openPage(const QString& login)
{
    OpenPage open;
    open.session = std::make_unique<DesktopSession>();
    open.session->signIn(m_server.endpoint(), login, kPassword);
    if (!QTest::qWaitFor([&] { return open.session->phase() == DesktopSession::Phase::SignedIn; },
                         kTimeout))
        return {};
    open.page = std::make_unique<JournalPage>(open.session.get());
    QSignalSpy loaded(open.page.get(), &JournalPage::journalLoaded);
    open.page->resize(1100, 600);
    open.page->show();
    if (!QTest::qWaitForWindowExposed(open.page.get()) ||
        !QTest::qWaitFor([&] { return !loaded.isEmpty(); }, kTimeout)) {
        qWarning() << "the journal did not load for" << login << open.page->noticeText()
                   << open.page->picker()->count();
        return {};
    }
    return open;
}

QCborMap TestJournalPage::journal()
{
    const Reply reply = (*m_clients)[QStringLiteral("teacher")].call(
        QString::fromLatin1(Op::JournalGet), {{QStringLiteral("assignment_id"), m_assignment}});
    return reply.result.toMap();
}

void TestJournalPage::teacherEntersALessonFromTheKeyboardAndTheClassTeacherSeesIt()
{
    JournalPage* page = m_teacher.page.get();
    QCOMPARE(page->picker()->currentAssignmentId(), m_assignment);
    QCOMPARE(page->model()->rowCount(), 3);
    QCOMPARE(page->model()->columnCount(), 3); // no lessons yet: the period, average, forecast

    // A new lesson from the side panel, from the keyboard: Ctrl+N, the topic, Ctrl+S.
    page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(page));
    QSignalSpy saved(page, &JournalPage::lessonSaved);
    QSignalSpy loaded(page, &JournalPage::journalLoaded);
    QTest::keyClick(page, Qt::Key_N, Qt::ControlModifier);
    auto* topic = page->lessonPanel()->findChild<QLineEdit*>(QStringLiteral("lessonTopic"));
    // A button's shortcut clicks it after a short animation.
    QTRY_VERIFY_WITH_TIMEOUT(topic->hasFocus(), kTimeout);
    KeyTyping::type(topic, QStringLiteral("Древний Рим"));
    auto* workType = page->lessonPanel()->findChild<QComboBox*>(QStringLiteral("lessonWorkType"));
    QTRY_VERIFY_WITH_TIMEOUT(workType->count() > 1, kTimeout);
    workType->setCurrentIndex(workType->findData(m_workType));
    QTest::keyClick(page, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(saved.wait(kTimeout));
    QVERIFY2(saved.first().first().toBool(), qPrintable(page->noticeText()));
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->columnCount(), 4, kTimeout);

    // Down the new lesson's column: 5, absent, 4.
    JournalGridView* grid = page->grid();
    grid->setFocus();
    QCOMPARE(grid->currentIndex(), page->model()->index(0, 0));
    enter(grid, QStringLiteral("5"));
    enter(grid, QStringLiteral("н"));
    enter(grid, QStringLiteral("4"));
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->pendingCount(), 0, kTimeout);
    QVERIFY2(page->noticeText().isEmpty(), qPrintable(page->noticeText()));

    // On the server, each exactly once.
    const QCborMap stored = journal();
    const QCborArray lessons = stored.value(QStringLiteral("lessons")).toArray();
    QCOMPARE(lessons.size(), 1);
    QCOMPARE(lessons.at(0)[QStringLiteral("topic")].toString(), QStringLiteral("Древний Рим"));
    QHash<qint64, QCborMap> cells;
    for (const QCborValue& cell : stored.value(QStringLiteral("cells")).toArray())
        cells.insert(cell[QStringLiteral("student_id")].toInteger(), cell.toMap());
    QCOMPARE(cells.value(m_students[0]).value(QStringLiteral("mark")).toString(),
             QStringLiteral("5"));
    QCOMPARE(cells.value(m_students[1]).value(QStringLiteral("absence")).toString(),
             QStringLiteral("н"));
    QCOMPARE(cells.value(m_students[2]).value(QStringLiteral("mark")).toString(),
             QStringLiteral("4"));
    for (const QCborMap& cell : std::as_const(cells))
        QCOMPARE(cell.value(QStringLiteral("version")).toInteger(), 1);

    // The class teacher had the journal open: the lesson and the marks appear there.
    JournalGridModel* watched = m_watcher.page->model();
    QTRY_COMPARE_WITH_TIMEOUT(watched->columnCount(), 4, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(watched->index(0, 0).data().toString(), QStringLiteral("5"),
                              kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(watched->index(1, 0).data().toString(), QStringLiteral("н"),
                              kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(watched->index(2, 0).data().toString(), QStringLiteral("4"),
                              kTimeout);
    // …and the average and forecast follow (R04, R16).
    QTRY_COMPARE_WITH_TIMEOUT(watched->index(0, 2).data().toString(), QStringLiteral("5.00"),
                              kTimeout);
    // The class teacher sets the reason of the absence (R03); the teacher sees it.
    m_watcher.page->grid()->setCurrentIndex(watched->index(1, 0));
    enter(m_watcher.page->grid(), QStringLiteral("б"));
    QTRY_COMPARE_WITH_TIMEOUT(watched->pendingCount(), 0, kTimeout);
    QVERIFY2(m_watcher.page->noticeText().isEmpty(), qPrintable(m_watcher.page->noticeText()));
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->index(1, 0).data().toString(), QStringLiteral("б"),
                              kTimeout);
}

void TestJournalPage::invalidEntryIsRefusedWithItsRule()
{
    JournalPage* page = m_teacher.page.get();
    QVERIFY(page->model()->columnCount() >= 4);
    page->grid()->setCurrentIndex(page->model()->index(0, 0));
    enter(page->grid(), QStringLiteral("7"));
    QVERIFY(page->noticeText().contains(QStringLiteral("R01")));
    QCOMPARE(page->model()->pendingCount(), 0);
    QCOMPARE(page->model()->index(0, 0).data().toString(), QStringLiteral("5"));
    // The subject teacher cannot set an absence reason (R03), also refused in place.
    page->grid()->setCurrentIndex(page->model()->index(2, 0));
    enter(page->grid(), QStringLiteral("у"));
    QVERIFY(page->noticeText().contains(QStringLiteral("R03")));
    QCOMPARE(page->model()->index(2, 0).data().toString(), QStringLiteral("4"));
}

void TestJournalPage::r06_lateEntryAsksForTheReason()
{
    const QDate yesterday = QDate::currentDate().addDays(-1);
    if (yesterday < SchoolBuilder::yearHolding(QDate::currentDate()).startsOn)
        QSKIP("Yesterday is outside this school year");
    TestClient& teacher = (*m_clients)[QStringLiteral("teacher")];
    const Reply lesson = teacher.call(QString::fromLatin1(Op::LessonSave),
                                      {{QStringLiteral("assignment_id"), m_assignment},
                                       {QStringLiteral("date"), yesterday.toString(Qt::ISODate)},
                                       {QStringLiteral("lesson_no"), 2},
                                       {QStringLiteral("topic"), QStringLiteral("Карфаген")},
                                       {QStringLiteral("work_type_id"), m_workType},
                                       {QStringLiteral("reason"), QStringLiteral("Не было сети")}});
    QVERIFY2(lesson.ok, qPrintable(lesson.error.message));
    JournalPage* page = m_teacher.page.get();
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->columnCount(), 5, kTimeout);
    const int column = page->model()->columnOfLesson(
        lesson.result[QStringLiteral("lesson")][QStringLiteral("id")].toInteger());
    QCOMPARE(column, 0);
    page->grid()->setCurrentIndex(page->model()->index(0, column));
    enter(page->grid(), QStringLiteral("3"));
    // The page asks for the reason in place (no modal dialog the auto-lock would have to
    // close); meanwhile the cell shows what the server has.
    LateReasonBar* bar = page->reasonBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), kTimeout);
    QVERIFY(bar->question().contains(QStringLiteral("R06")));
    QCOMPARE(page->model()->index(0, column).data().toString(), QString());
    auto* reason = bar->findChild<QLineEdit*>(QStringLiteral("lateReason"));
    QVERIFY(reason->hasFocus());
    KeyTyping::type(reason, QStringLiteral("Ученик отвечал после уроков"));
    QTest::keyClick(reason, Qt::Key_Return);
    QVERIFY(!bar->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->pendingCount(), 0, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->index(0, column).data().toString(),
                              QStringLiteral("3"), kTimeout);
    const Reply audit = (*m_clients)[QStringLiteral("deputy")].call(
        QString::fromLatin1(Op::AuditList), {{QStringLiteral("op"), QStringLiteral("cell.set")}});
    bool found = false;
    for (const QCborValue& row : audit.result[QStringLiteral("rows")].toArray())
        found = found || row[QStringLiteral("reason")].toString() ==
                             QStringLiteral("Ученик отвечал после уроков");
    QVERIFY(found);

    // Esc drops the entry: the cell stays as it was.
    page->grid()->setCurrentIndex(page->model()->index(1, column));
    enter(page->grid(), QStringLiteral("2"));
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), kTimeout);
    QTest::keyClick(reason, Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QCOMPARE(page->model()->pendingCount(), 0);
    QCOMPARE(page->model()->index(1, column).data().toString(), QString());
    QVERIFY(!page->noticeText().isEmpty());
    QCOMPARE(page->outbox()->pendingCount(), 0);
}

void TestJournalPage::staleEntryIsShownAsAConflict()
{
    JournalPage* page = m_teacher.page.get();
    page->setReloadDelay(60'000); // the other change has not been reloaded yet
    const int column = page->model()->columnCount() - 4; // today's lesson
    QVERIFY2(page->model()->lessonAt(column), "no lesson in that column");
    const qint64 lessonId = page->model()->lessonAt(column)->id;
    const Reply other = (*m_clients)[QStringLiteral("teacher")].call(
        QString::fromLatin1(Op::CellSet), {{QStringLiteral("lesson_id"), lessonId},
                                           {QStringLiteral("student_id"), m_students[0]},
                                           {QStringLiteral("mark"), QStringLiteral("3")}});
    QVERIFY2(other.ok, qPrintable(other.error.message));
    QCOMPARE(page->model()->index(0, column).data().toString(), QStringLiteral("5"));
    page->grid()->setCurrentIndex(page->model()->index(0, column));
    enter(page->grid(), QStringLiteral("2"));
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->pendingCount(), 0, kTimeout);
    QVERIFY2(page->noticeText().contains(QStringLiteral("«3»")), qPrintable(page->noticeText()));
    QCOMPARE(page->model()->index(0, column).data().toString(), QStringLiteral("3"));
    page->setReloadDelay(150);
}

void TestJournalPage::whatIsTypedInThePanelSurvivesOthersMarks()
{
    JournalPage* page = m_teacher.page.get();
    const int column = page->model()->columnCount() - 4; // today's lesson
    QVERIFY2(page->model()->lessonAt(column), "no lesson in that column");
    page->grid()->setCurrentIndex(page->model()->index(0, column));
    auto* homework =
        page->lessonPanel()->findChild<QPlainTextEdit*>(QStringLiteral("lessonHomework"));
    homework->setFocus();
    KeyTyping::type(homework, QStringLiteral("§12"));
    QVERIFY(page->lessonPanel()->isModified());
    // The class teacher sets a reason meanwhile: the journal reloads under the teacher.
    QSignalSpy loaded(page, &JournalPage::journalLoaded);
    const Reply reason = (*m_clients)[QStringLiteral("homeroom")].call(
        QString::fromLatin1(Op::CellSet),
        {{QStringLiteral("lesson_id"), page->model()->lessonAt(column)->id},
         {QStringLiteral("student_id"), m_students[0]},
         {QStringLiteral("absence"), QStringLiteral("у")}});
    QVERIFY2(reason.ok, qPrintable(reason.error.message));
    QVERIFY(loaded.wait(kTimeout));
    QCOMPARE(homework->toPlainText(), QStringLiteral("§12"));
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->index(0, column).data().toString(),
                              QStringLiteral("у 3"), kTimeout);
    // Moving to another cell shows that lesson afresh.
    page->grid()->setCurrentIndex(page->model()->index(0, 0));
    QVERIFY(!page->lessonPanel()->isModified());
    QVERIFY(homework->toPlainText() != QStringLiteral("§12"));
}

void TestJournalPage::journalStaysEditableOffline()
{
    JournalPage* page = m_teacher.page.get();
    // The conflict shown earlier has been read.
    page->findChild<QToolButton*>(QStringLiteral("dismissNoticeButton"))->click();
    QVERIFY(page->noticeText().isEmpty());
    const int column = page->model()->columnCount() - 4; // today's lesson
    QVERIFY2(page->model()->lessonAt(column), "no lesson in that column");
    const qint64 lessonId = page->model()->lessonAt(column)->id;
    m_server.stopServer();
    QTRY_COMPARE_WITH_TIMEOUT(m_teacher.session->phase(), DesktopSession::Phase::Reconnecting,
                              kTimeout);
    // The journal stays editable; the entries wait on disk and are counted.
    page->grid()->setCurrentIndex(page->model()->index(1, column));
    enter(page->grid(), QStringLiteral("5"));
    enter(page->grid(), QStringLiteral("3"));
    QCOMPARE(page->model()->index(1, column).data().toString(), QStringLiteral("б 5"));
    QCOMPARE(page->outbox()->pendingCount(), 2);
    QVERIFY2(page->unsentText().contains(QLatin1Char('2')), qPrintable(page->unsentText()));
    QTest::qWait(1000); // a reconnect attempt fails meanwhile; nothing is lost
    QCOMPARE(page->outbox()->pendingCount(), 2);

    QVERIFY(m_server.start());
    QTRY_COMPARE_WITH_TIMEOUT(page->outbox()->pendingCount(), 0, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(page->unsentText().isEmpty(), kTimeout);
    // "No connection" from a reload while offline goes once the journal loads again.
    QTRY_VERIFY2_WITH_TIMEOUT(page->noticeText().isEmpty(), qPrintable(page->noticeText()),
                              kTimeout);
    TestClient fresh(m_server.endpoint()); // the old connections went with the server
    QVERIFY(fresh.connectToServer());
    QVERIFY(fresh.login(QStringLiteral("teacher"), kPassword).ok);
    const Reply stored = fresh.call(QString::fromLatin1(Op::JournalGet),
                                    {{QStringLiteral("assignment_id"), m_assignment}});
    QHash<qint64, QCborMap> cells;
    for (const QCborValue& cell : stored.result[QStringLiteral("cells")].toArray()) {
        if (cell[QStringLiteral("lesson_id")].toInteger() == lessonId)
            cells.insert(cell[QStringLiteral("student_id")].toInteger(), cell.toMap());
    }
    // A make-up mark keeps the absence (R03); each entry landed once.
    QCOMPARE(cells.value(m_students[1]).value(QStringLiteral("mark")).toString(),
             QStringLiteral("5"));
    QCOMPARE(cells.value(m_students[1]).value(QStringLiteral("absence")).toString(),
             QStringLiteral("б"));
    QCOMPARE(cells.value(m_students[2]).value(QStringLiteral("mark")).toString(),
             QStringLiteral("3"));
    QCOMPARE(cells.value(m_students[2]).value(QStringLiteral("version")).toInteger(), 2);
}

void TestJournalPage::aLateCellTypedTwiceOfflineAsksOnce()
{
    JournalPage* page = m_teacher.page.get();
    const int column = 0; // yesterday's lesson (r06_lateEntryAsksForTheReason)
    QVERIFY2(page->model()->lessonAt(column), "no lesson in that column");
    if (page->model()->lessonAt(column)->date >= QDate::currentDate())
        QSKIP("No lesson before today in this school year");
    m_server.stopServer();
    QTRY_COMPARE_WITH_TIMEOUT(m_teacher.session->phase(), DesktopSession::Phase::Reconnecting,
                              kTimeout);
    // Made today for yesterday: late either way. The second entry replaces the first.
    page->grid()->setCurrentIndex(page->model()->index(2, column));
    enter(page->grid(), QStringLiteral("4"));
    page->grid()->setCurrentIndex(page->model()->index(2, column));
    enter(page->grid(), QStringLiteral("5"));
    QCOMPARE(page->outbox()->pendingCount(), 2);
    QVERIFY(m_server.start());
    LateReasonBar* bar = page->reasonBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), kTimeout);
    QCOMPARE(bar->waiting(), 1); // the replaced entry is not asked about
    bar->answer(QStringLiteral("Исправление после урока"));
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->pendingCount(), 0, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(page->outbox()->pendingCount(), 0, kTimeout);
    QVERIFY2(!page->noticeText().contains(QStringLiteral("«")), qPrintable(page->noticeText()));
    TestClient fresh(m_server.endpoint());
    QVERIFY(fresh.connectToServer());
    QVERIFY(fresh.login(QStringLiteral("teacher"), kPassword).ok);
    const Reply stored = fresh.call(QString::fromLatin1(Op::JournalGet),
                                    {{QStringLiteral("assignment_id"), m_assignment}});
    const qint64 lessonId = page->model()->lessonAt(column)->id;
    QString mark;
    for (const QCborValue& cell : stored.result[QStringLiteral("cells")].toArray()) {
        if (cell[QStringLiteral("lesson_id")].toInteger() == lessonId &&
            cell[QStringLiteral("student_id")].toInteger() == m_students[2])
            mark = cell[QStringLiteral("mark")].toString();
    }
    QCOMPARE(mark, QStringLiteral("5"));
}

// A period whose deadline has passed: the teacher's period mark is refused (R13) until the
// deputy unlocks it from the journal's «Открыть отметки…» dialog; the button is the deputy's.
void TestJournalPage::r13_theDeputyUnlocksPeriodMarksFromTheJournal()
{
    const QDate today = QDate::currentDate();
    const QDate yesterday = today.addDays(-1);
    if (yesterday <= SchoolBuilder::yearHolding(today).startsOn)
        QSKIP("No period can end before today in this school year");
    // The clients' connections went with the server the offline tests stopped.
    m_clients = std::make_unique<SignedInClients>(m_server, kPassword);
    SchoolBuilder school((*m_clients)[QStringLiteral("deputy")]);
    const qint64 period =
        school.quarter(m_year, 2, SchoolBuilder::yearHolding(today).startsOn, yesterday, yesterday);
    QVERIFY(period);
    TestClient& teacher = (*m_clients)[QStringLiteral("teacher")];
    const auto setPeriodMark = [&] {
        return teacher.call(QString::fromLatin1(Op::PeriodMarkSet),
                            {{QStringLiteral("assignment_id"), m_assignment},
                             {QStringLiteral("student_id"), m_students.first()},
                             {QStringLiteral("period_id"), period},
                             {QStringLiteral("value"), QStringLiteral("5")}});
    };
    QCOMPARE(setPeriodMark().error.rule, QStringLiteral("R13"));
    QVERIFY(!m_teacher.page->unlockButton()->isVisibleTo(m_teacher.page.get()));

    OpenPage deputy = openPage(QStringLiteral("deputy"));
    QVERIFY(deputy.page);
    QVERIFY(deputy.page->unlockButton()->isVisibleTo(deputy.page.get()));
    QTest::mouseClick(deputy.page->unlockButton(), Qt::LeftButton);
    QPointer<PeriodUnlockDialog> dialog = deputy.page->findChild<PeriodUnlockDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // Only the period past its deadline is offered (quarter 1 is still open), and chosen.
    QCOMPARE(dialog->periodBox()->count(), 1);
    QCOMPARE(dialog->periodBox()->currentData().toLongLong(), period);
    QCOMPARE(dialog->untilEdit()->minimumDate(), today); // no unlocking into the past
    dialog->untilEdit()->setDate(today);
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY2_WITH_TIMEOUT(deputy.page->noticeText().contains(QStringLiteral("R13")),
                              qPrintable(dialog ? dialog->errorText() : QString()), kTimeout);
    QVERIFY2(deputy.page->noticeText().contains(today.toString(QStringLiteral("dd.MM.yyyy"))),
             qPrintable(deputy.page->noticeText()));
    QTRY_VERIFY(!deputy.page->findChild<PeriodUnlockDialog*>()); // closed and gone

    const Reply set = setPeriodMark();
    QVERIFY2(set.ok, qPrintable(set.error.message));
}

QTEST_MAIN(TestJournalPage)
#include "tst_JournalPage.moc"
