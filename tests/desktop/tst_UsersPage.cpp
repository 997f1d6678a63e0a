// The users screen against a real server (R20): the administrator creates a staff account,
// the generated password is kept for the credential slips, the account can be disabled.
#include "admin/CreateUserDialog.h"
#include "admin/IssuedCredentials.h"
#include "admin/UsersPage.h"
#include "app/Application.h"
#include "models/UserListModel.h"
#include "session/DesktopSession.h"
#include "support/TestServer.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
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

QTEST_MAIN(TestUsersPage)
#include "tst_UsersPage.moc"
