// The sign-in dialog, the certificate dialogs, the translation and the navigation table,
// offscreen and without a server.
#include "app/Application.h"
#include "app/ClientSettings.h"
#include "login/LoginDialog.h"
#include "login/TrustCertificateDialog.h"
#include "main/NavigationTable.h"
#include "net/Fingerprint.h"
#include "session/DesktopSession.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

namespace {
const QByteArray kFingerprint = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

QStringList titles(const QList<NavigationTable::Section>& sections)
{
    QStringList result;
    for (NavigationTable::Section section : sections)
        result.append(NavigationTable::title(section));
    return result;
}

template <typename T> T* child(QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}
} // namespace

class TestLoginDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void russianTranslationIsLoaded();
    void defaultServerAddress();
    void rememberedServerAddressRoundTrips();
    void emptyFieldsAreRefusedWithoutSending_data();
    void emptyFieldsAreRefusedWithoutSending();
    void trustDialogShowsFingerprint();
    void changedCertificateOffersNoAcceptPath();
    void studentSeesDiaryNotJournal();
    void adminSeesUsers();
};

void TestLoginDialog::initTestCase()
{
    Application::setIdentity();
    QVERIFY(Application::installTranslator(*qApp));
}

void TestLoginDialog::init()
{
    QSettings().clear();
}

void TestLoginDialog::russianTranslationIsLoaded()
{
    QCOMPARE(NavigationTable::title(NavigationTable::Section::Journal), QStringLiteral("Журнал"));
    DesktopSession session;
    LoginDialog dialog(&session);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Электронный журнал: вход"));
    // common/'s strings come from the same file.
    QCOMPARE(QCoreApplication::translate("Connection", "No connection to the server."),
             QStringLiteral("Нет связи с сервером."));
}

void TestLoginDialog::defaultServerAddress()
{
    DesktopSession session;
    LoginDialog dialog(&session);
    QCOMPARE(child<QLineEdit>(&dialog, "serverEdit")->text(), QStringLiteral("localhost:7443"));
}

void TestLoginDialog::rememberedServerAddressRoundTrips()
{
    DesktopSession session;
    {
        LoginDialog dialog(&session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Port 1 on loopback refuses at once: the attempt fails, the address stays.
        child<QLineEdit>(&dialog, "serverEdit")->setText(QStringLiteral("127.0.0.1:1"));
        child<QLineEdit>(&dialog, "loginEdit")->setText(QStringLiteral("ivanova"));
        child<QLineEdit>(&dialog, "passwordEdit")->setText(QStringLiteral("whatever-1"));
        QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(dialog.isVisible());
    }
    QCOMPARE(session.phase(), DesktopSession::Phase::SignedOut);
    QCOMPARE(ClientSettings().serverAddress(), QStringLiteral("127.0.0.1:1"));

    LoginDialog again(&session);
    QCOMPARE(child<QLineEdit>(&again, "serverEdit")->text(), QStringLiteral("127.0.0.1:1"));
    QCOMPARE(child<QLineEdit>(&again, "loginEdit")->text(), QStringLiteral("ivanova"));
    QVERIFY(child<QLineEdit>(&again, "passwordEdit")->text().isEmpty());
}

void TestLoginDialog::emptyFieldsAreRefusedWithoutSending_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("pressEnter");
    QTest::addColumn<QString>("error");
    QTest::newRow("no login") << QString() << QStringLiteral("secret-123") << false
                              << QStringLiteral("Введите логин.");
    QTest::newRow("blank login") << QStringLiteral("   ") << QStringLiteral("secret-123") << true
                                 << QStringLiteral("Введите логин.");
    QTest::newRow("no password") << QStringLiteral("ivanova") << QString() << true
                                 << QStringLiteral("Введите пароль.");
}

void TestLoginDialog::emptyFieldsAreRefusedWithoutSending()
{
    QFETCH(QString, login);
    QFETCH(QString, password);
    QFETCH(bool, pressEnter);
    QFETCH(QString, error);
    DesktopSession session;
    LoginDialog dialog(&session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy connectionStates(&session.connection(), &Connection::stateChanged);
    QSignalSpy phases(&session, &DesktopSession::phaseChanged);

    child<QLineEdit>(&dialog, "serverEdit")->setText(QStringLiteral("127.0.0.1:1"));
    child<QLineEdit>(&dialog, "loginEdit")->setText(login);
    auto* passwordEdit = child<QLineEdit>(&dialog, "passwordEdit");
    passwordEdit->setText(password);
    if (pressEnter)
        QTest::keyClick(passwordEdit, Qt::Key_Return);
    else
        QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);

    QCOMPARE(dialog.errorText(), error);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.isBusy());
    QTest::qWait(50);
    QCOMPARE(connectionStates.count(), 0);
    QCOMPARE(phases.count(), 0);
    QCOMPARE(session.connection().state(), Connection::State::Disconnected);
}

void TestLoginDialog::trustDialogShowsFingerprint()
{
    TrustCertificateDialog dialog(kFingerprint, QStringLiteral("school.local:7443"), false);
    const QString expected = Fingerprint::display(kFingerprint);
    QVERIFY(expected.startsWith(QStringLiteral("01:23:45:67")));
    QCOMPARE(child<QLabel>(&dialog, "fingerprintLabel")->text(), expected);
    QVERIFY(child<QLabel>(&dialog, "introLabel")->text().contains(QStringLiteral("school.local")));
    QVERIFY(child<QLabel>(&dialog, "questionLabel")->text().contains(QStringLiteral("Доверять")));

    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(child<QPushButton>(&dialog, "trustButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestLoginDialog::changedCertificateOffersNoAcceptPath()
{
    TrustCertificateDialog dialog(kFingerprint, QStringLiteral("school.local:7443"), true);
    QVERIFY(dialog.isChangedWarning());
    auto* warning = child<QLabel>(&dialog, "introLabel");
    QVERIFY(warning->text().contains(QStringLiteral("изменился")));
    QVERIFY(warning->styleSheet().contains(QStringLiteral("#b00000")));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("trustButton")));

    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    QVERIFY(!buttons->buttons().isEmpty());
    for (QAbstractButton* button : buttons->buttons()) {
        const auto role = buttons->buttonRole(button);
        QVERIFY2(role != QDialogButtonBox::AcceptRole && role != QDialogButtonBox::YesRole &&
                     role != QDialogButtonBox::ApplyRole,
                 qPrintable(button->text()));
    }
    QCOMPARE(dialog.findChildren<QPushButton*>().size(), buttons->buttons().size());

    // Enter picks the only, refusing, button.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Return);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestLoginDialog::studentSeesDiaryNotJournal()
{
    const QStringList sections = titles(NavigationTable::sectionsFor({Role::Student}));
    QVERIFY2(sections.contains(QStringLiteral("Дневник")), qPrintable(sections.join(',')));
    QVERIFY(!sections.contains(QStringLiteral("Журнал")));
    QVERIFY(!sections.contains(QStringLiteral("Пользователи")));
    QVERIFY(sections.contains(QStringLiteral("Расписание")));
    QVERIFY(sections.contains(QStringLiteral("Профиль")));
}

void TestLoginDialog::adminSeesUsers()
{
    const QStringList sections = titles(NavigationTable::sectionsFor({Role::Admin}));
    QVERIFY2(sections.contains(QStringLiteral("Пользователи")), qPrintable(sections.join(',')));
    QVERIFY(sections.contains(QStringLiteral("Журнал аудита")));
    QVERIFY(!sections.contains(QStringLiteral("Дневник")));
    QVERIFY(!sections.contains(QStringLiteral("Журнал")));
    // A teacher who leads a class also gets users (students and parents of the class).
    const QStringList classTeacher =
        titles(NavigationTable::sectionsFor({Role::Teacher, Role::ClassTeacher}));
    QVERIFY(classTeacher.contains(QStringLiteral("Журнал")));
    QVERIFY(classTeacher.contains(QStringLiteral("Пользователи")));
    QVERIFY(!classTeacher.contains(QStringLiteral("Журнал аудита")));
}

QTEST_MAIN(TestLoginDialog)
#include "tst_LoginDialog.moc"
