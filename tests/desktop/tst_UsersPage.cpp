// The users screen against a real server (R20): the administrator creates a staff account,
// the generated password is kept for the credential slips, the account can be disabled.
#include "admin/CreateUserDialog.h"
#include "admin/IssuedCredentials.h"
#include "admin/UsersPage.h"
#include "app/Application.h"
#include "main/MainWindow.h"
#include "main/NavigationTable.h"
#include "models/UserListModel.h"
#include "session/DesktopSession.h"
#include "support/TestServer.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kPassword = QStringLiteral("Secret-pass-1");
}

class TestUsersPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void adminCreatesStaffAccountAndGetsASlip();
    void namesAndSectionTitlesAreShownWhole();

private:
    TestServer m_server;
};

void TestUsersPage::initTestCase()
{
    Application::setIdentity();
    QVERIFY(Application::installTranslator(*qApp));
    QSettings().clear();
    QVERIFY(m_server.start(false));
    QVERIFY(m_server.addUser(QStringLiteral("admin1"), kPassword, {Role::Admin},
                             QStringLiteral("Админ Сергей Петрович")));
}

void TestUsersPage::adminCreatesStaffAccountAndGetsASlip()
{
    DesktopSession session;
    session.signIn(m_server.endpoint(), QStringLiteral("admin1"), kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(session.phase() == DesktopSession::Phase::SignedIn, 20'000);
    UsersPage page(&session);
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() >= 1, 20'000);
    const int before = page.model()->rowCount();

    page.createUser();
    auto* dialog = page.findChild<CreateUserDialog*>();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("fullNameEdit"))
        ->setText(QStringLiteral("Смирнова Ольга Викторовна"));
    // Without a role the form is refused in place.
    dialog->accept();
    QCOMPARE(dialog->requestsSent(), 0);
    QVERIFY(!dialog->errorText().isEmpty());
    dialog->findChild<QCheckBox*>(QStringLiteral("role_teacher"))->setChecked(true);
    QPointer<CreateUserDialog> guard(dialog);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->errorText().isEmpty(), 20'000);
    QVERIFY2(!guard, qPrintable(guard ? guard->errorText() : QString()));
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), before + 1, 20'000);

    const QList<CredentialSlip> slips = page.credentials()->all();
    QCOMPARE(slips.size(), 1);
    QCOMPARE(slips.first().fullName, QStringLiteral("Смирнова Ольга Викторовна"));
    QVERIFY(!slips.first().login.isEmpty());
    QVERIFY(slips.first().password.size() >= 8);
    // The collection belongs to the session: a rebuilt page sees the same slips.
    QCOMPARE(IssuedCredentials::of(&session), page.credentials());

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("slips.pdf"));
    QVERIFY(CredentialSlips(page.schoolName(), page.serverAddress()).writePdf(pdf, slips));
    QVERIFY(QFileInfo(pdf).size() > 0);
}

// The users' long toolbar once squeezed the filter to nothing, the names into two cut lines
// and the navigation until its titles were cut off.
void TestUsersPage::namesAndSectionTitlesAreShownWhole()
{
    DesktopSession session;
    session.signIn(m_server.endpoint(), QStringLiteral("admin1"), kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(session.phase() == DesktopSession::Phase::SignedIn, 20'000);
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.selectSection(NavigationTable::Section::Users));
    auto* page = window.findChild<UsersPage*>();
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() >= 1, 20'000);

    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(navigation->viewport()->width() >= navigation->sizeHintForColumn(0));
    auto* filter = page->findChild<QLineEdit*>(QStringLiteral("userFilter"));
    QVERIFY2(filter->width() >= filter->fontMetrics().horizontalAdvance(filter->placeholderText()),
             qPrintable(QString::number(filter->width())));
    auto* view = page->findChild<QTableView*>(QStringLiteral("userView"));
    QVERIFY(!view->wordWrap());
    // QAbstractItemView makes the size hint public; QTableView hides it.
    const QAbstractItemView* base = view;
    QVERIFY(view->columnWidth(UserListModel::NameColumn) >=
            base->sizeHintForColumn(UserListModel::NameColumn));
}

QTEST_MAIN(TestUsersPage)
#include "tst_UsersPage.moc"
