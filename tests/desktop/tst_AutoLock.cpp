// Auto-lock after inactivity (R20) against a real server: the window hides the journal,
// asks for the password again, refuses a wrong one and opens for the right one. And what
// the window keeps across a lost connection: its pages.
#include "app/Application.h"
#include "app/ClientSettings.h"
#include "journal/JournalPage.h"
#include "lock/InactivityWatcher.h"
#include "lock/LockScreen.h"
#include "main/MainWindow.h"
#include "session/DesktopSession.h"
#include "support/TestServer.h"

#include <QDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <chrono>

using namespace std::chrono_literals;

namespace {
const QString kLogin = QStringLiteral("teacher1");
const QString kPassword = QStringLiteral("Secret-pass-1");
const QString kFullName = QStringLiteral("Иванова Мария Петровна");
} // namespace

class TestAutoLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultIntervalIsTenMinutes();
    void locksAfterInactivityAndHidesTheJournal();
    void wrongPasswordStaysLockedRightPasswordOpens();
    void activityResetsTheTimer();
    void aReconnectOfTheSameUserKeepsThePages();
    void dialogsOverTheJournalWaitHiddenUntilUnlock();
    void switchUserOnTheLockScreenAsksToSignOut();

private:
    static void unlockWith(MainWindow& window, const QString& password);
    static QListWidget* navigation(MainWindow& window);

    TestServer m_server;
    DesktopSession* m_session = nullptr;
};

void TestAutoLock::initTestCase()
{
    Application::setIdentity();
    QVERIFY(Application::installTranslator(*qApp));
    QSettings().clear();
    QVERIFY(m_server.start(false));
    QVERIFY(m_server.addUser(kLogin, kPassword, {Role::Teacher, Role::Admin}, kFullName));
    m_session = new DesktopSession(this);
    m_session->signIn(m_server.endpoint(), kLogin, kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->phase() == DesktopSession::Phase::SignedIn, 20'000);
}

void TestAutoLock::init()
{
    QCOMPARE(m_session->phase(), DesktopSession::Phase::SignedIn);
}

void TestAutoLock::defaultIntervalIsTenMinutes()
{
    QCOMPARE(ClientSettings().autoLockInterval(), std::chrono::milliseconds(10min));
    MainWindow window(m_session);
    QCOMPARE(window.inactivityWatcher()->interval(), std::chrono::milliseconds(10min));
    QVERIFY(window.inactivityWatcher()->isActive());
    QVERIFY(!window.isLocked());
    ClientSettings().setValue(ClientSettings::Key::AutoLockMinutes, 3);
    QCOMPARE(ClientSettings().autoLockInterval(), std::chrono::milliseconds(3min));
    ClientSettings().setValue(ClientSettings::Key::AutoLockMinutes, 0); // never: not allowed
    QCOMPARE(ClientSettings().autoLockInterval(), std::chrono::milliseconds(1min));
    QSettings().remove(QStringLiteral("security/auto_lock_minutes"));
}

void TestAutoLock::locksAfterInactivityAndHidesTheJournal()
{
    MainWindow window(m_session);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QListWidget* sections = navigation(window);
    QVERIFY(sections->isVisible());
    sections->setCurrentRow(0);
    window.inactivityWatcher()->setInterval(200ms);
    QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 5'000);

    QVERIFY(!sections->isVisible());
    QVERIFY(window.lockScreen()->isVisible());
    QCOMPARE(window.lockScreen()->userText(), kFullName);
    QCOMPARE(QApplication::focusWidget(),
             window.lockScreen()->findChild<QLineEdit*>(QStringLiteral("unlockPasswordEdit")));
    // The section shortcuts do not reach the hidden journal.
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(sections->currentRow(), 0);
    QVERIFY(window.isLocked());
    // Locked, the watcher waits: there is nothing left to lock.
    QVERIFY(!window.inactivityWatcher()->isActive());
}

void TestAutoLock::wrongPasswordStaysLockedRightPasswordOpens()
{
    MainWindow window(m_session);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.inactivityWatcher()->setInterval(10min);
    window.lock();
    QVERIFY(window.isLocked());

    unlockWith(window, QStringLiteral("Wrong-pass-9"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.lockScreen()->messageText().isEmpty(), 20'000);
    const QString message = window.lockScreen()->messageText();
    QVERIFY2(message.contains(QRegularExpression(QStringLiteral("[А-Яа-яЁё]"))),
             qPrintable(message));
    QVERIFY(window.isLocked());
    QVERIFY(!navigation(window)->isVisible());

    unlockWith(window, kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLocked(), 20'000);
    QVERIFY(navigation(window)->isVisible());
    QVERIFY(navigation(window)->isEnabled());
    QVERIFY(window.inactivityWatcher()->isActive());
    // The same session goes on.
    QCOMPARE(m_session->phase(), DesktopSession::Phase::SignedIn);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(navigation(window)->currentRow(), 1);
}

void TestAutoLock::activityResetsTheTimer()
{
    MainWindow window(m_session);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.inactivityWatcher()->setInterval(600ms);
    window.inactivityWatcher()->start();
    // Keys every 150 ms for three times the interval: never idle long enough to lock.
    for (int step = 0; step < 12; ++step) {
        QTest::qWait(150);
        QTest::keyClick(navigation(window), Qt::Key_Shift);
        QVERIFY2(!window.isLocked(), qPrintable(QString::number(step)));
    }
    QTest::mouseMove(navigation(window), QPoint(5, 5));
    QVERIFY(!window.isLocked());
    // Then hands off: it locks.
    QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 5'000);
}

// The server goes away and comes back; the session resumes for the same user. The window's
// pages stay as they were (an open journal, its editor, what was typed), not built anew.
void TestAutoLock::aReconnectOfTheSameUserKeepsThePages()
{
    MainWindow window(m_session);
    window.show();
    QVERIFY(window.selectSection(NavigationTable::Section::Journal));
    QPointer<JournalPage> journal = window.findChild<JournalPage*>();
    QVERIFY(journal);
    QSignalSpy resumed(m_session, &DesktopSession::resumed);
    m_server.stopServer();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->phase(), DesktopSession::Phase::Reconnecting, 10'000);
    QVERIFY(m_server.start(false));
    QTRY_VERIFY_WITH_TIMEOUT(!resumed.isEmpty(), 20'000);
    QTest::qWait(100); // a page replaced meanwhile would be deleted by now
    QVERIFY(journal);
    QCOMPARE(window.findChild<JournalPage*>(), journal.data());
    QCOMPARE(m_session->phase(), DesktopSession::Phase::SignedIn);
}

void TestAutoLock::dialogsOverTheJournalWaitHiddenUntilUnlock()
{
    MainWindow window(m_session);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.inactivityWatcher()->setInterval(10min);
    auto* dialog = new QDialog(&window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    window.lock();
    QVERIFY(!dialog->isVisible());
    unlockWith(window, kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLocked(), 20'000);
    QVERIFY(dialog->isVisible());
    dialog->reject();
}

void TestAutoLock::switchUserOnTheLockScreenAsksToSignOut()
{
    MainWindow window(m_session);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.lock();
    QSignalSpy switchUser(&window, &MainWindow::switchUserRequested);
    QTest::mouseClick(
        window.lockScreen()->findChild<QPushButton*>(QStringLiteral("lockSwitchUserButton")),
        Qt::LeftButton);
    QCOMPARE(switchUser.count(), 1);
    // After a new sign-in the window opens without the old lock.
    window.resetLock();
    QVERIFY(!window.isLocked());
    QVERIFY(navigation(window)->isVisible());
}

void TestAutoLock::unlockWith(MainWindow& window, const QString& password)
{
    LockScreen* screen = window.lockScreen();
    QTRY_VERIFY(!screen->isBusy());
    auto* edit = screen->findChild<QLineEdit*>(QStringLiteral("unlockPasswordEdit"));
    edit->setText(password);
    QTest::keyClick(edit, Qt::Key_Return);
}

QListWidget* TestAutoLock::navigation(MainWindow& window)
{
    return window.findChild<QListWidget*>(QStringLiteral("navigation"));
}

QTEST_MAIN(TestAutoLock)
#include "tst_AutoLock.moc"
