// The diary screen against a real server (R16, R19): a student's own week, a parent's
// choice between children, week navigation and the forecast. "Today" is a FakeClock's.
#include "app/Application.h"
#include "diary/DiaryForecastModel.h"
#include "diary/DiaryPage.h"
#include "diary/DiaryWeekModel.h"
#include "main/MainWindow.h"
#include "main/NavigationTable.h"
#include "protocol/OpNames.h"
#include "session/DesktopSession.h"
#include "storage/AccountStore.h"
#include "support/FakeClock.h"
#include "support/SchoolBuilder.h"
#include "support/SignedInClients.h"
#include "support/TestServer.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBrush>
#include <QCborArray>
#include <QComboBox>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>

#include <memory>

namespace {
const QString kPassword = QStringLiteral("Secret-pass-1");
const QDateTime kWednesday(QDate(2026, 10, 7), QTime(9, 0), Qt::UTC);
const QDate kThisMonday(2026, 10, 5);
const QDate kLastMonday(2026, 9, 28);
} // namespace

class TestDiaryPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void studentSeesOwnWeekWithForecast();
    void parentSwitchesBetweenChildren();
    void weekNavigationChangesTheRequestedRange();
    void serversRefusalIsShownOnThePage();
    void mainWindowOpensTheDiaryForAStudent();

private:
    std::unique_ptr<DesktopSession> signIn(const QString& login);
    static bool waitLoaded(DiaryPage& page);
    static QMap<QString, QString> forecastsOf(const DiaryPage& page);
    static int rowOf(const DiaryWeekModel& model, const QDate& date, const QString& subject);
    qint64 admit(qint64 classId, const QString& lastName, const QString& fileNo);
    qint64 lesson(qint64 assignmentId, const QDate& date, int number, qint64 workTypeId,
                  const QString& topic, const QString& homework);
    void setCell(qint64 lessonId, qint64 studentId, const QCborMap& fields);
    qint64 createAccount(const QCborMap& args);

    FakeClock m_clock{kWednesday}; // before the server: its "today" is this Wednesday
    TestServer m_server;
    SignedInClients m_clients{m_server, kPassword};
    qint64 m_anna = 0;
    qint64 m_boris = 0;
};

void TestDiaryPage::initTestCase()
{
    Application::setIdentity();
    QVERIFY(Application::installTranslator(*qApp));
    QSettings().clear();
    QVERIFY(m_server.start(false));
    QVERIFY(m_server.addUser(QStringLiteral("deputy"), kPassword, {Role::Deputy}));
    QVERIFY(m_server.addUser(QStringLiteral("secretary"), kPassword, {Role::Secretary}));
    QVERIFY(m_server.addUser(QStringLiteral("admin"), kPassword, {Role::Admin}));
    const qint64 teacher = m_server.addUser(QStringLiteral("teacher"), kPassword, {Role::Teacher});
    QVERIFY(teacher);

    SchoolBuilder school(m_clients[QStringLiteral("deputy")]);
    const qint64 year =
        school.year(QStringLiteral("2026/2027"), QDate(2026, 9, 1), QDate(2027, 5, 31));
    // This week is the second quarter's first; the week before ends the first quarter.
    QVERIFY(school.quarter(year, 1, QDate(2026, 9, 1), QDate(2026, 10, 3), QDate(2026, 10, 3)));
    QVERIFY(school.quarter(year, 2, QDate(2026, 10, 5), QDate(2026, 10, 24), QDate(2026, 10, 21)));
    const qint64 class5 = school.classGroup(year, 5, QStringLiteral("А"));
    const qint64 math = school.subject(QStringLiteral("Математика"));
    const qint64 russian = school.subject(QStringLiteral("Русский язык"), true);
    const qint64 oral = school.workType(QStringLiteral("Ответ на уроке"), 1);
    const qint64 test = school.workType(QStringLiteral("Контрольная работа"), 2, true);
    const qint64 math5 = school.assignment(class5, math, teacher, 5);
    const qint64 russian5 = school.assignment(class5, russian, teacher, 5);
    QVERIFY(oral && test && math5 && russian5);
    m_anna = admit(class5, QStringLiteral("Андреева"), QStringLiteral("5-1"));
    m_boris = admit(class5, QStringLiteral("Борисов"), QStringLiteral("5-2"));
    QVERIFY(m_anna && m_boris);

    const qint64 fractions =
        lesson(math5, kThisMonday, 1, test, QStringLiteral("Дроби"), QStringLiteral("№ 12, 14"));
    const qint64 spelling = lesson(russian5, kThisMonday.addDays(1), 2, oral,
                                   QStringLiteral("Правописание -тся"), QStringLiteral("упр. 7"));
    const qint64 revision = lesson(math5, kLastMonday, 3, oral, QStringLiteral("Повторение"), {});
    QVERIFY(fractions && spelling && revision);
    setCell(fractions, m_anna, {{QStringLiteral("mark"), QStringLiteral("5")}});
    setCell(fractions, m_boris, {{QStringLiteral("absence"), QStringLiteral("н")}});
    setCell(spelling, m_anna, {{QStringLiteral("mark"), QStringLiteral("2")}});
    setCell(revision, m_anna, {{QStringLiteral("mark"), QStringLiteral("2")}});

    QVERIFY(createAccount({{QStringLiteral("roles"), QCborArray{QStringLiteral("student")}},
                           {QStringLiteral("student_id"), m_anna},
                           {QStringLiteral("login"), QStringLiteral("anna")}}));
    const qint64 mother =
        createAccount({{QStringLiteral("roles"), QCborArray{QStringLiteral("parent")}},
                       {QStringLiteral("full_name"), QStringLiteral("Андреева Ольга")},
                       {QStringLiteral("child_student_id"), m_anna},
                       {QStringLiteral("login"), QStringLiteral("mother")}});
    QVERIFY(mother);
    // No op links a second child yet; the storage layer does what the office would.
    QVERIFY(AccountStore(m_server.ownerDatabase()).linkParent(mother, m_boris).ok());
}

void TestDiaryPage::studentSeesOwnWeekWithForecast()
{
    auto session = signIn(QStringLiteral("anna"));
    QVERIFY(session);
    DiaryPage page(session.get());
    QAbstractItemModelTester weekTester(page.weekModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester forecastTester(page.forecastModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitLoaded(page));
    QCOMPARE(page.errorText(), QString());
    QCOMPARE(page.shownStudentId(), m_anna);
    QCOMPARE(page.weekStart(), kThisMonday);
    // A student has no one to choose.
    QVERIFY(!page.findChild<QComboBox*>(QStringLiteral("diaryStudentPicker"))->isVisibleTo(&page));

    const DiaryWeekModel& week = *page.weekModel();
    for (int day = 0; day < DiaryWeekModel::kDaysShown; ++day)
        QVERIFY(week.dayRow(kThisMonday.addDays(day)) >= 0);
    QCOMPARE(week.dayRow(kThisMonday.addDays(6)), -1); // no Sunday
    const int math = rowOf(week, kThisMonday, QStringLiteral("Математика"));
    QVERIFY(math > 0);
    const DiaryLesson fractions = week.lessonAt(math);
    QCOMPARE(fractions.lessonNo, 1);
    QCOMPARE(fractions.topic, QStringLiteral("Дроби"));
    QCOMPARE(fractions.homework, QStringLiteral("№ 12, 14"));
    QCOMPARE(week.index(math, DiaryWeekModel::MarkColumn).data().toString(), QStringLiteral("5"));
    QCOMPARE(week.index(math, DiaryWeekModel::WorkTypeColumn).data().toString(),
             QStringLiteral("Контрольная работа"));
    // Борисов's absence in the same lesson is not Андреева's business (R19).
    QCOMPARE(week.index(math, DiaryWeekModel::AbsenceColumn).data().toString(), QString());

    const int russian = rowOf(week, kThisMonday.addDays(1), QStringLiteral("Русский язык"));
    QVERIFY(russian > 0);
    const QModelIndex low = week.index(russian, DiaryWeekModel::MarkColumn);
    QCOMPARE(low.data().toString(), QStringLiteral("2"));
    const QColor lowColour = low.data(Qt::ForegroundRole).value<QBrush>().color();
    QVERIFY(lowColour.isValid());
    // Coloured, but dark enough to read in grey.
    QVERIFY2(qGray(lowColour.rgb()) < 100, qPrintable(lowColour.name()));
    QVERIFY(!week.index(math, DiaryWeekModel::MarkColumn).data(Qt::ForegroundRole).isValid());
    // A day without lessons says so.
    const int saturday = week.dayRow(kThisMonday.addDays(5));
    QCOMPARE(week.rowKind(saturday + 1), DiaryWeekModel::RowKind::NoLessons);

    // R16 for the second quarter: Математика 5 → 5 (the first quarter's 2 would make the
    // year's average 4); Русский язык 2 → 2.
    QMap<QString, QString> forecasts = forecastsOf(page);
    QCOMPARE(forecasts.value(QStringLiteral("Математика")), QStringLiteral("5"));
    QCOMPARE(forecasts.value(QStringLiteral("Русский язык")), QStringLiteral("2"));
    QCOMPARE(page.forecastModel()->rowCount(), 2);
    QVERIFY2(page.forecastTitle().contains(QStringLiteral("24")), qPrintable(page.forecastTitle()));
}

void TestDiaryPage::parentSwitchesBetweenChildren()
{
    auto session = signIn(QStringLiteral("mother"));
    QVERIFY(session);
    DiaryPage page(session.get());
    QVERIFY(waitLoaded(page));
    auto* picker = page.findChild<QComboBox*>(QStringLiteral("diaryStudentPicker"));
    QVERIFY(picker->isVisibleTo(&page));
    QCOMPARE(picker->count(), 2);
    QCOMPARE(page.shownStudentId(), page.chosenStudentId());
    QCOMPARE(page.lastRequest().value(QStringLiteral("student_id")).toInteger(),
             page.chosenStudentId());

    QVERIFY(page.chooseStudent(m_boris));
    QVERIFY(waitLoaded(page));
    QCOMPARE(page.shownStudentId(), m_boris);
    QCOMPARE(page.lastRequest().value(QStringLiteral("student_id")).toInteger(), m_boris);
    const DiaryWeekModel& week = *page.weekModel();
    const int math = rowOf(week, kThisMonday, QStringLiteral("Математика"));
    QVERIFY(math > 0);
    const QModelIndex absence = week.index(math, DiaryWeekModel::AbsenceColumn);
    QCOMPARE(absence.data().toString(), QStringLiteral("н"));
    QVERIFY(absence.data(Qt::ForegroundRole).value<QBrush>().color().isValid());
    QCOMPARE(week.index(math, DiaryWeekModel::MarkColumn).data().toString(), QString());
    // Борисов has no marks: no forecast.
    QCOMPARE(page.forecastModel()->rowCount(), 0);

    QVERIFY(page.chooseStudent(m_anna));
    QVERIFY(waitLoaded(page));
    QCOMPARE(page.shownStudentId(), m_anna);
    QCOMPARE(week.index(rowOf(week, kThisMonday, QStringLiteral("Математика")),
                        DiaryWeekModel::MarkColumn)
                 .data()
                 .toString(),
             QStringLiteral("5"));
}

void TestDiaryPage::weekNavigationChangesTheRequestedRange()
{
    auto session = signIn(QStringLiteral("anna"));
    QVERIFY(session);
    DiaryPage page(session.get());
    QVERIFY(waitLoaded(page));
    QCOMPARE(page.lastRequest().value(QStringLiteral("from")).toString(),
             QStringLiteral("2026-10-05"));
    QCOMPARE(page.lastRequest().value(QStringLiteral("to")).toString(),
             QStringLiteral("2026-10-10"));
    const QString thisWeekTitle = page.weekTitle();

    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QTest::keyClick(&page, Qt::Key_Right, Qt::AltModifier);
    QVERIFY(waitLoaded(page));
    QCOMPARE(page.weekStart(), kThisMonday.addDays(7));
    QCOMPARE(page.lastRequest().value(QStringLiteral("from")).toString(),
             QStringLiteral("2026-10-12"));
    QCOMPARE(page.lastRequest().value(QStringLiteral("to")).toString(),
             QStringLiteral("2026-10-17"));
    QVERIFY(page.weekTitle() != thisWeekTitle);
    QCOMPARE(rowOf(*page.weekModel(), kThisMonday, QStringLiteral("Математика")), -1);

    QTest::keyClick(&page, Qt::Key_Left, Qt::AltModifier);
    QVERIFY(waitLoaded(page));
    page.previousWeekAction()->trigger();
    QVERIFY(waitLoaded(page));
    QCOMPARE(page.lastRequest().value(QStringLiteral("from")).toString(),
             QStringLiteral("2026-09-28"));
    const int revision = rowOf(*page.weekModel(), kLastMonday, QStringLiteral("Математика"));
    QVERIFY(revision > 0);
    QCOMPARE(page.weekModel()->lessonAt(revision).topic, QStringLiteral("Повторение"));
    // That week ends the first quarter: its forecast is the first quarter's.
    QCOMPARE(forecastsOf(page).value(QStringLiteral("Математика")), QStringLiteral("2"));

    QTest::keyClick(&page, Qt::Key_Home, Qt::AltModifier);
    QVERIFY(waitLoaded(page));
    QCOMPARE(page.weekStart(), kThisMonday);
    QCOMPARE(page.weekTitle(), thisWeekTitle);
}

void TestDiaryPage::serversRefusalIsShownOnThePage()
{
    // Staff must say whose diary; the page has no one to name, and shows the server's words.
    auto session = signIn(QStringLiteral("deputy"));
    QVERIFY(session);
    DiaryPage page(session.get());
    QVERIFY(waitLoaded(page));
    const QString error = page.errorText();
    QVERIFY2(error.contains(QRegularExpression(QStringLiteral("[А-Яа-яЁё]"))), qPrintable(error));
    QCOMPARE(page.weekModel()->rowCount(), 0);
    QCOMPARE(page.shownStudentId(), 0);
}

void TestDiaryPage::mainWindowOpensTheDiaryForAStudent()
{
    auto session = signIn(QStringLiteral("anna"));
    QVERIFY(session);
    MainWindow window(session.get());
    QVERIFY(window.selectSection(NavigationTable::Section::Diary));
    auto* page = window.findChild<DiaryPage*>();
    QVERIFY(page);
    QVERIFY(waitLoaded(*page));
    QCOMPARE(page->shownStudentId(), m_anna);
}

std::unique_ptr<DesktopSession> TestDiaryPage::signIn(const QString& login)
{
    auto session = std::make_unique<DesktopSession>();
    session->signIn(m_server.endpoint(), login, kPassword);
    if (!QTest::qWaitFor([&] { return session->phase() == DesktopSession::Phase::SignedIn; },
                         20'000))
        return nullptr;
    return session;
}

bool TestDiaryPage::waitLoaded(DiaryPage& page)
{
    return QTest::qWaitFor([&] { return !page.isBusy(); }, 20'000);
}

QMap<QString, QString> TestDiaryPage::forecastsOf(const DiaryPage& page)
{
    QMap<QString, QString> forecasts;
    for (const DiaryForecast& forecast : page.forecastModel()->forecasts())
        forecasts.insert(forecast.subject, forecast.forecast);
    return forecasts;
}

int TestDiaryPage::rowOf(const DiaryWeekModel& model, const QDate& date, const QString& subject)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const DiaryLesson lesson = model.lessonAt(row);
        if (model.rowKind(row) == DiaryWeekModel::RowKind::Lesson && lesson.date == date &&
            lesson.subject == subject)
            return row;
    }
    return -1;
}

qint64 TestDiaryPage::admit(qint64 classId, const QString& lastName, const QString& fileNo)
{
    return SchoolBuilder::admit(m_clients[QStringLiteral("secretary")], classId, lastName, fileNo);
}

qint64 TestDiaryPage::lesson(qint64 assignmentId, const QDate& date, int number, qint64 workTypeId,
                             const QString& topic, const QString& homework)
{
    const Reply reply = m_clients[QStringLiteral("teacher")].call(
        QString::fromLatin1(Op::LessonSave),
        {{QStringLiteral("assignment_id"), assignmentId},
         {QStringLiteral("date"), date.toString(Qt::ISODate)},
         {QStringLiteral("lesson_no"), number},
         {QStringLiteral("topic"), topic},
         {QStringLiteral("homework"), homework},
         {QStringLiteral("work_type_id"), workTypeId},
         {QStringLiteral("reason"), QStringLiteral("запись по бумажному журналу")}});
    if (!reply.ok)
        qWarning().noquote() << "lesson.save:" << reply.error.message;
    return reply.result[QStringLiteral("lesson")][QStringLiteral("id")].toInteger();
}

void TestDiaryPage::setCell(qint64 lessonId, qint64 studentId, const QCborMap& fields)
{
    QCborMap args = fields;
    args.insert(QStringLiteral("lesson_id"), lessonId);
    args.insert(QStringLiteral("student_id"), studentId);
    // Today is Wednesday: Monday's and Tuesday's entries are late (R06).
    args.insert(QStringLiteral("reason"), QStringLiteral("запись по бумажному журналу"));
    const Reply reply =
        m_clients[QStringLiteral("teacher")].call(QString::fromLatin1(Op::CellSet), args);
    QVERIFY2(reply.ok, qPrintable(reply.error.message));
}

// An account made by the administrator, its initial password replaced by kPassword.
qint64 TestDiaryPage::createAccount(const QCborMap& args)
{
    const Reply created =
        m_clients[QStringLiteral("admin")].call(QString::fromLatin1(Op::UserCreate), args);
    if (!created.ok) {
        qWarning().noquote() << "user.create:" << created.error.message;
        return 0;
    }
    const QString login = args.value(QStringLiteral("login")).toString();
    const QString generated = created.result[QStringLiteral("password")].toString();
    TestClient client(m_server.endpoint());
    if (!client.connectToServer() || !client.login(login, generated).ok)
        return 0;
    const Reply changed =
        client.call(QString::fromLatin1(Op::AuthChangePassword),
                    {{QStringLiteral("old"), generated}, {QStringLiteral("new"), kPassword}});
    if (!changed.ok)
        return 0;
    return created.result[QStringLiteral("user")][QStringLiteral("id")].toInteger();
}

QTEST_MAIN(TestDiaryPage)
#include "tst_DiaryPage.moc"
