// The class-list import wizard driven offscreen against a real server (R22): the preview is
// the server's dry run (encoding, Cyrillic names, every bad row by line), a file with errors
// imports nothing, a good file imports its 27 students; and the roster page then lists them.
#include "app/Application.h"
#include "main/MainWindow.h"
#include "models/ClassListModel.h"
#include "models/ImportPreviewModel.h"
#include "models/MovementListModel.h"
#include "models/StudentListModel.h"
#include "protocol/OpNames.h"
#include "roster/AdmitDialog.h"
#include "roster/ImportFilePage.h"
#include "roster/ImportOrderPage.h"
#include "roster/ImportPreviewPage.h"
#include "roster/ImportResultPage.h"
#include "roster/ImportWizard.h"
#include "roster/MovementReportPage.h"
#include "roster/RosterPage.h"
#include "session/DesktopSession.h"
#include "support/SchoolBuilder.h"
#include "support/TestClient.h"
#include "support/TestServer.h"

#include <QAction>
#include <QCborArray>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>

namespace {
const QString kPassword = QStringLiteral("Secret-pass-1");

QString sample(const QString& name)
{
    return qEnvironmentVariable("EJOURNAL_SOURCE_DIR") + QStringLiteral("/tests/data/") + name;
}
} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void previewShowsWindows1251AndCyrillicNames();
    void fileWithErrorsListsEveryBadLineAndImportsNothing();
    void goodFileImports27Students();
    void rosterPageListsTheImportedClass();
    void rosterPageHidesChangesFromDirector();
    void admissionByOrderShowsInMovementReport();
    void mainWindowShowsRosterAndStructureForDeputy();

private:
    // Runs the wizard up to the preview's dry run.
    void openPreview(ImportWizard* wizard, const QString& file);
    // Fills the order page and imports; returns the result page once the reply is in.
    ImportResultPage* finish(ImportWizard* wizard);
    int studentsIn5A();
    std::unique_ptr<DesktopSession> signIn(const QString& login);

    TestServer m_server;
    std::unique_ptr<TestClient> m_deputy;
    std::unique_ptr<DesktopSession> m_secretary;
    qint64 m_class5a = 0;
};

void TestImportWizard::initTestCase()
{
    Application::setIdentity();
    QVERIFY(Application::installTranslator(*qApp));
    QSettings().clear();
    QVERIFY(m_server.start(false));
    QVERIFY(m_server.addUser(QStringLiteral("deputy"), kPassword, {Role::Deputy}));
    QVERIFY(m_server.addUser(QStringLiteral("secretary"), kPassword, {Role::Secretary},
                             QStringLiteral("Секретарь Анна Ивановна")));
    QVERIFY(m_server.addUser(QStringLiteral("director"), kPassword, {Role::Director}));
    m_deputy = std::make_unique<TestClient>(m_server.endpoint());
    QVERIFY(m_deputy->connectToServer());
    QVERIFY(m_deputy->login(QStringLiteral("deputy"), kPassword).ok);
    SchoolBuilder school(*m_deputy);
    const qint64 yearId =
        school.year(QStringLiteral("2026/2027"), QDate(2026, 9, 1), QDate(2027, 5, 31));
    QVERIFY(yearId);
    m_class5a = school.classGroup(yearId, 5, QStringLiteral("А"));
    QVERIFY(m_class5a);
    m_secretary = signIn(QStringLiteral("secretary"));
    QVERIFY(m_secretary);
}

std::unique_ptr<DesktopSession> TestImportWizard::signIn(const QString& login)
{
    auto session = std::make_unique<DesktopSession>();
    session->signIn(m_server.endpoint(), login, kPassword);
    if (!QTest::qWaitFor([&] { return session->phase() == DesktopSession::Phase::SignedIn; },
                         20'000))
        return nullptr;
    return session;
}

void TestImportWizard::openPreview(ImportWizard* wizard, const QString& file)
{
    wizard->show();
    wizard->filePage()->setFileName(sample(file));
    QVERIFY(wizard->filePage()->isComplete());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->previewPage()->dryRunDone(), 20'000);
}

ImportResultPage* TestImportWizard::finish(ImportWizard* wizard)
{
    wizard->next();
    if (wizard->currentId() != ImportWizard::OrderPage)
        return nullptr;
    ImportOrderPage* order = wizard->orderPage();
    // Next stays disabled until the order is given.
    if (order->isComplete())
        return nullptr;
    order->findChild<QLineEdit*>(QStringLiteral("orderNoEdit"))->setText(QStringLiteral("101-у"));
    order->findChild<QDateEdit*>(QStringLiteral("orderDateEdit"))->setDate(QDate(2026, 8, 28));
    if (!order->isComplete())
        return nullptr;
    wizard->next();
    ImportResultPage* result = wizard->resultPage();
    if (!QTest::qWaitFor([result] { return result->isDone(); }, 20'000))
        return nullptr;
    return result;
}

int TestImportWizard::studentsIn5A()
{
    const Reply reply = m_deputy->call(QString::fromLatin1(Op::StudentList),
                                       {{QStringLiteral("class_id"), m_class5a}});
    return reply.ok ? int(reply.result[QStringLiteral("students")].toArray().size()) : -1;
}

void TestImportWizard::previewShowsWindows1251AndCyrillicNames()
{
    ImportWizard wizard(m_secretary.get());
    openPreview(&wizard, QStringLiteral("roster-5A-excel-cp1251.csv"));
    ImportPreviewPage* preview = wizard.previewPage();
    QCOMPARE(preview->encodingText(), QStringLiteral("Windows-1251"));
    QVERIFY2(preview->separatorText().contains(QLatin1Char(';')),
             qPrintable(preview->separatorText()));
    QVERIFY(preview->issueLines().isEmpty());
    QStringList cells;
    ImportPreviewModel* model = preview->model();
    for (int row = 0; row < model->rowCount(); ++row)
        for (int column = 0; column < model->columnCount(); ++column)
            cells.append(model->index(row, column).data().toString());
    QVERIFY2(cells.contains(QStringLiteral("Андреев")), qPrintable(cells.mid(0, 8).join(',')));
    QVERIFY(preview->isComplete());

    // Forcing UTF-8 on a Windows-1251 file runs the dry run again and shows the damage.
    preview->setEncodingChoice(1);
    QVERIFY(!preview->dryRunDone());
    QTRY_VERIFY_WITH_TIMEOUT(!preview->issueLines().isEmpty(), 20'000);
    preview->setEncodingChoice(0);
    QTRY_VERIFY_WITH_TIMEOUT(preview->dryRunDone(), 20'000);
    QCOMPARE(preview->encodingText(), QStringLiteral("Windows-1251"));
    QCOMPARE(studentsIn5A(), 0);
}

void TestImportWizard::fileWithErrorsListsEveryBadLineAndImportsNothing()
{
    ImportWizard wizard(m_secretary.get());
    openPreview(&wizard, QStringLiteral("roster-5A-with-errors.csv"));
    const QStringList issues = wizard.previewPage()->issueLines();
    QList<int> lines;
    static const QRegularExpression linePattern(QStringLiteral("^строка (\\d+): .+"));
    for (const QString& issue : issues) {
        const QRegularExpressionMatch match = linePattern.match(issue);
        QVERIFY2(match.hasMatch(), qPrintable(issue));
        lines.append(match.captured(1).toInt());
    }
    QCOMPARE(lines, (QList<int>{3, 4, 5, 6, 7, 8, 10}));
    // The bad rows are highlighted in the preview.
    ImportPreviewModel* model = wizard.previewPage()->model();
    QVERIFY(model->rowHasIssue(1));  // line 3
    QVERIFY(!model->rowHasIssue(0)); // line 2
    QVERIFY(!model->index(1, 0).data(Qt::ToolTipRole).toString().isEmpty());

    ImportResultPage* result = finish(&wizard);
    QVERIFY(result);
    QCOMPARE(result->importedCount(), 0);
    QVERIFY2(result->resultText().contains(QStringLiteral("ничего")) ||
                 result->resultText().contains(QStringLiteral("Ничего")),
             qPrintable(result->resultText()));
    QCOMPARE(studentsIn5A(), 0);
}

void TestImportWizard::goodFileImports27Students()
{
    ImportWizard wizard(m_secretary.get());
    int importedSignal = 0;
    connect(&wizard, &ImportWizard::imported, this, [&](int count) { importedSignal = count; });
    openPreview(&wizard, QStringLiteral("roster-5A-excel-cp1251.csv"));
    ImportResultPage* result = finish(&wizard);
    QVERIFY(result);
    QCOMPARE(result->importedCount(), 27);
    QCOMPARE(importedSignal, 27);
    QCOMPARE(studentsIn5A(), 27);
}

void TestImportWizard::rosterPageListsTheImportedClass()
{
    RosterPage page(m_secretary.get());
    QVERIFY(page.admitAction()->isVisible());
    QVERIFY(page.importAction()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(page.classModel()->rowCount() == 1, 20'000);
    QCOMPARE(page.classModel()->classAt(0).title(), QStringLiteral("5А"));
    QVERIFY(page.selectClass(m_class5a));
    QTRY_VERIFY_WITH_TIMEOUT(page.studentModel()->rowCount() == 27 && !page.isBusy(), 20'000);
    QCOMPARE(page.studentModel()->index(0, StudentListModel::NameColumn).data().toString(),
             QStringLiteral("Андреев Никита Александрович"));
}

void TestImportWizard::rosterPageHidesChangesFromDirector()
{
    auto director = signIn(QStringLiteral("director"));
    QVERIFY(director);
    RosterPage page(director.get());
    QVERIFY(!page.admitAction()->isVisible());
    QVERIFY(!page.transferAction()->isVisible());
    QVERIFY(!page.expelAction()->isVisible());
    QVERIFY(!page.importAction()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(page.classModel()->rowCount() == 1, 20'000);
}

void TestImportWizard::admissionByOrderShowsInMovementReport()
{
    RosterPage page(m_secretary.get());
    QTRY_VERIFY_WITH_TIMEOUT(page.classModel()->rowCount() == 1 && !page.isBusy(), 20'000);
    QVERIFY(page.selectClass(m_class5a));
    QTRY_VERIFY_WITH_TIMEOUT(page.admitAction()->isEnabled(), 20'000);
    const auto admitOnce = [&page](const QString& lastName) -> AdmitDialog* {
        page.admit();
        auto* dialog = page.findChild<AdmitDialog*>();
        if (!dialog)
            return nullptr;
        dialog->findChild<QLineEdit*>(QStringLiteral("lastNameEdit"))->setText(lastName);
        dialog->findChild<QLineEdit*>(QStringLiteral("firstNameEdit"))
            ->setText(QStringLiteral("Пётр"));
        dialog->findChild<QDateEdit*>(QStringLiteral("birthDateEdit"))->setDate(QDate(2015, 3, 2));
        dialog->findChild<QComboBox*>(QStringLiteral("sexCombo"))->setCurrentIndex(1);
        dialog->findChild<QLineEdit*>(QStringLiteral("fileNoEdit"))
            ->setText(QStringLiteral("П-915"));
        dialog->findChild<QDateEdit*>(QStringLiteral("dateEdit"))->setDate(QDate(2026, 11, 2));
        dialog->findChild<QLineEdit*>(QStringLiteral("orderNoEdit"))
            ->setText(QStringLiteral("77-у"));
        dialog->findChild<QDateEdit*>(QStringLiteral("orderDateEdit"))
            ->setDate(QDate(2026, 10, 30));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")),
                          Qt::LeftButton);
        return dialog;
    };
    QPointer<AdmitDialog> first = admitOnce(QStringLiteral("Петров"));
    QVERIFY(first);
    QCOMPARE(first->requestsSent(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!first, 20'000); // accepted and closed
    QTRY_COMPARE_WITH_TIMEOUT(studentsIn5A(), 28, 20'000);

    // The same personal file number again: the server refuses, the dialog shows why.
    QPointer<AdmitDialog> second = admitOnce(QStringLiteral("Сидоров"));
    QVERIFY(second);
    QTRY_VERIFY_WITH_TIMEOUT(!second->errorText().isEmpty(), 20'000);
    QVERIFY2(second->errorText().contains(QStringLiteral("П-915")),
             qPrintable(second->errorText()));
    QVERIFY(second->isVisible());
    second->reject();
    QCOMPARE(studentsIn5A(), 28);

    MovementReportPage report(m_secretary.get());
    report.setRange(QDate(2026, 11, 1), QDate(2026, 11, 10));
    report.load();
    QTRY_VERIFY_WITH_TIMEOUT(report.model()->rowCount() == 1, 20'000);
    const Movement movement = report.model()->movements().first();
    QCOMPARE(movement.kind, QStringLiteral("admit"));
    QCOMPARE(movement.orderNo, QStringLiteral("77-у"));
    QVERIFY2(movement.studentName.startsWith(QStringLiteral("Петров")),
             qPrintable(movement.studentName));
}

void TestImportWizard::mainWindowShowsRosterAndStructureForDeputy()
{
    auto deputy = signIn(QStringLiteral("deputy"));
    QVERIFY(deputy);
    MainWindow window(deputy.get());
    QVERIFY(window.selectSection(NavigationTable::Section::ClassesAndStudents));
    QVERIFY(window.findChild<RosterPage*>());
    QVERIFY(window.selectSection(NavigationTable::Section::SchoolStructure));
    QVERIFY(window.sectionTitles().contains(QStringLiteral("Структура школы")));
    QVERIFY(!window.selectSection(NavigationTable::Section::Users));
}

QTEST_MAIN(TestImportWizard)
#include "tst_ImportWizard.moc"
