// The roster dialogs keep R22 in the UI: an admission, a transfer or a leaving without the
// director's order number or date is refused in place and no request is sent.
#include "app/Application.h"
#include "roster/AdmitDialog.h"
#include "roster/ExpelDialog.h"
#include "session/DesktopSession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

class TestOrderDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void admitWithoutOrderNumberIsRefusedInPlace();
    void admitWithoutOrderDateIsRefusedInPlace();
    void expelWithoutOrderIsRefusedInPlace();
};

void TestOrderDialogs::initTestCase()
{
    Application::setIdentity();
    QVERIFY(Application::installTranslator(*qApp));
}

namespace {
void fillPerson(AdmitDialog& dialog)
{
    dialog.findChild<QLineEdit*>(QStringLiteral("lastNameEdit"))->setText(QStringLiteral("Петров"));
    dialog.findChild<QLineEdit*>(QStringLiteral("firstNameEdit"))->setText(QStringLiteral("Пётр"));
    dialog.findChild<QDateEdit*>(QStringLiteral("birthDateEdit"))->setDate(QDate(2015, 3, 2));
    dialog.findChild<QComboBox*>(QStringLiteral("sexCombo"))->setCurrentIndex(1);
    dialog.findChild<QLineEdit*>(QStringLiteral("fileNoEdit"))->setText(QStringLiteral("П-15"));
}

ClassGroup class5a()
{
    ClassGroup group;
    group.id = 7;
    group.grade = 5;
    group.letter = QStringLiteral("А");
    return group;
}
} // namespace

void TestOrderDialogs::admitWithoutOrderNumberIsRefusedInPlace()
{
    DesktopSession session;
    AdmitDialog dialog(&session, class5a(), QDate(2026, 9, 1));
    dialog.show();
    fillPerson(dialog);
    dialog.findChild<QDateEdit*>(QStringLiteral("orderDateEdit"))->setDate(QDate(2026, 8, 28));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.requestsSent(), 0);
    QCOMPARE(session.connection().pendingRequests(), 0);
    QVERIFY2(dialog.errorText().contains(QStringLiteral("номер приказа")),
             qPrintable(dialog.errorText()));
    QCOMPARE(dialog.focusWidget(), dialog.findChild<QLineEdit*>(QStringLiteral("orderNoEdit")));
}

void TestOrderDialogs::admitWithoutOrderDateIsRefusedInPlace()
{
    DesktopSession session;
    AdmitDialog dialog(&session, class5a(), QDate(2026, 9, 1));
    dialog.show();
    fillPerson(dialog);
    dialog.findChild<QLineEdit*>(QStringLiteral("orderNoEdit"))->setText(QStringLiteral("12-у"));
    QTest::keyClick(&dialog, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.requestsSent(), 0);
    QVERIFY2(dialog.errorText().contains(QStringLiteral("дату приказа")),
             qPrintable(dialog.errorText()));
}

void TestOrderDialogs::expelWithoutOrderIsRefusedInPlace()
{
    DesktopSession session;
    RosterStudent student;
    student.id = 3;
    student.person.lastName = QStringLiteral("Сидоров");
    student.person.firstName = QStringLiteral("Иван");
    ExpelDialog dialog(&session, student, QDate(2026, 10, 1));
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.requestsSent(), 0);
    QVERIFY(!dialog.errorText().isEmpty());
}

QTEST_MAIN(TestOrderDialogs)
#include "tst_OrderDialogs.moc"
