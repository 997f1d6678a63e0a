// Signing in with the real dialog against a real server: first-use certificate trust, the main
// window for a teacher, and the server's own error for a wrong password.
#include "app/AppController.h"
#include "app/Application.h"
#include "login/LoginDialog.h"
#include "login/TrustCertificateDialog.h"
#include "main/MainWindow.h"
#include "net/Fingerprint.h"
#include "net/KnownServers.h"
#include "session/DesktopSession.h"
#include "support/TestServer.h"

#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>

namespace {
const QString kLogin = QStringLiteral("teacher1");
const QString kPassword = QStringLiteral("Secret-pass-1");
const QString kFullName = QStringLiteral("Иванова Мария Петровна");
} // namespace

class TestLoginFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void firstSignInTrustsCertificateAndOpensJournal();
    void wrongPasswordShowsServersMessage();

private:
    StartupOptions options() const;
    static void fillAndSubmit(LoginDialog* dialog, const QString& password);

    TestServer m_server;
};

void TestLoginFlow::initTestCase()
{
    Application::setIdentity();
    QVERIFY(Application::installTranslator(*qApp));
    QSettings().clear();
    QVERIFY(m_server.start(true));
    QVERIFY(m_server.addUser(kLogin, kPassword, {Role::Teacher}, kFullName) != 0);
}

StartupOptions TestLoginFlow::options() const
{
    StartupOptions startup;
    startup.server = m_server.endpoint().hostAndPort();
    return startup;
}

void TestLoginFlow::fillAndSubmit(LoginDialog* dialog, const QString& password)
{
    dialog->findChild<QLineEdit*>(QStringLiteral("loginEdit"))->setText(kLogin);
    dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(password);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInButton")),
                      Qt::LeftButton);
}

void TestLoginFlow::firstSignInTrustsCertificateAndOpensJournal()
{
    AppController controller(options());
    controller.start();
    LoginDialog* dialog = controller.loginDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    fillAndSubmit(dialog, kPassword);

    TrustCertificateDialog* trust = nullptr;
    QTRY_VERIFY((trust = dialog->findChild<TrustCertificateDialog*>()) && trust->isVisible());
    QVERIFY(!trust->isChangedWarning());
    QCOMPARE(trust->fingerprintText(), Fingerprint::display(m_server.fingerprint()));
    QTest::mouseClick(trust->findChild<QPushButton*>(QStringLiteral("trustButton")),
                      Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() && controller.mainWindow()->isVisible(),
                             15000);
    MainWindow* window = controller.mainWindow();
    QCOMPARE(KnownServers().pinnedFingerprint(m_server.endpoint().hostAndPort()),
             m_server.fingerprint());
    QCOMPARE(window->userText(), kFullName);
    QVERIFY2(window->sectionTitles().contains(QStringLiteral("Журнал")),
             qPrintable(window->sectionTitles().join(',')));
    QVERIFY(!window->sectionTitles().contains(QStringLiteral("Дневник")));
    QTRY_VERIFY(window->connectionText().startsWith(QStringLiteral("Подключено к")));
    QCOMPARE(controller.session()->phase(), DesktopSession::Phase::SignedIn);
}

void TestLoginFlow::wrongPasswordShowsServersMessage()
{
    AppController controller(options());
    controller.start();
    LoginDialog* dialog = controller.loginDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    fillAndSubmit(dialog, QStringLiteral("Wrong-pass-9"));

    // The certificate is pinned now: no question, straight to the server's answer.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    QVERIFY(!dialog->findChild<TrustCertificateDialog*>());
    const QString error = dialog->errorText();
    QVERIFY2(error.contains(QRegularExpression(QStringLiteral("[А-Яа-яЁё]"))), qPrintable(error));
    QVERIFY(dialog->isVisible());
    QVERIFY(!controller.mainWindow());
    QCOMPARE(controller.session()->phase(), DesktopSession::Phase::SignedOut);
}

QTEST_MAIN(TestLoginFlow)
#include "tst_LoginFlow.moc"
