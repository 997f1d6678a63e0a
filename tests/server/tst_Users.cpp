// Personal credentials (R20): the administrator hands out staff accounts, a class teacher
// those of the students and parents of their own class; passwords are generated, shown
// once and must be changed at first sign-in.
#include "protocol/OpNames.h"
#include "support/SchoolBuilder.h"
#include "support/SignedInClients.h"
#include "support/TestClient.h"
#include "support/TestServer.h"

#include <QCborArray>
#include <QtTest>

namespace {
const QString password = QStringLiteral("Secret-pass-1");
}

class TestUsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start(false));
        QVERIFY(m_server.addUser(QStringLiteral("admin"), password, {Role::Admin},
                                 QStringLiteral("Админ")));
        QVERIFY(m_server.addUser(QStringLiteral("deputy"), password, {Role::Deputy}));
        QVERIFY(m_server.addUser(QStringLiteral("secretary"), password, {Role::Secretary}));
        const qint64 homeroom =
            m_server.addUser(QStringLiteral("homeroom"), password,
                             {Role::Teacher, Role::ClassTeacher}, QStringLiteral("Классный"));
        QVERIFY(m_server.addUser(QStringLiteral("other"), password,
                                 {Role::Teacher, Role::ClassTeacher}));
        SchoolBuilder school(client(QStringLiteral("deputy")));
        const qint64 year =
            school.year(QStringLiteral("2026/2027"), QDate(2026, 9, 1), QDate(2027, 5, 31));
        m_ownClass = school.classGroup(year, 6, QStringLiteral("А"), homeroom);
        m_otherClass = school.classGroup(year, 6, QStringLiteral("Б"));
        QVERIFY(m_ownClass && m_otherClass);
        m_ownStudent = admit(m_ownClass, QStringLiteral("Орлова"), QStringLiteral("Дарья"),
                             QStringLiteral("6-1"));
        m_otherStudent = admit(m_otherClass, QStringLiteral("Сомов"), QStringLiteral("Павел"),
                               QStringLiteral("6-2"));
        QVERIFY(m_ownStudent && m_otherStudent);
    }

    void r20_adminCreatesStaffWithAGeneratedLoginAndPassword()
    {
        const Reply reply =
            client(QStringLiteral("admin"))
                .call(QString::fromLatin1(Op::UserCreate),
                      {{QStringLiteral("full_name"), QStringLiteral("Петров Алексей Дмитриевич")},
                       {QStringLiteral("roles"), QCborArray{QStringLiteral("teacher")}}});
        QVERIFY2(reply.ok, qPrintable(reply.error.message));
        QCOMPARE(reply.result[QStringLiteral("user")][QStringLiteral("login")].toString(),
                 QStringLiteral("petrov.ad"));
        const QString generated = reply.result[QStringLiteral("password")].toString();
        QVERIFY(generated.size() >= 8);
        TestClient fresh(m_server.endpoint());
        QVERIFY(fresh.connectToServer());
        const Reply login = fresh.login(QStringLiteral("petrov.ad"), generated);
        QVERIFY(login.ok);
        QVERIFY(login.result[QStringLiteral("must_change_password")].toBool());
        // The same name again gets the next free login.
        const Reply second =
            client(QStringLiteral("admin"))
                .call(QString::fromLatin1(Op::UserCreate),
                      {{QStringLiteral("full_name"), QStringLiteral("Петров Андрей Дмитриевич")},
                       {QStringLiteral("roles"), QCborArray{QStringLiteral("teacher")}}});
        QCOMPARE(second.result[QStringLiteral("user")][QStringLiteral("login")].toString(),
                 QStringLiteral("petrov.ad2"));
    }

    void r20_classTeacherCreatesAccountsForOwnClassOnly()
    {
        TestClient& homeroom = client(QStringLiteral("homeroom"));
        const Reply student =
            homeroom.call(QString::fromLatin1(Op::UserCreate),
                          {{QStringLiteral("roles"), QCborArray{QStringLiteral("student")}},
                           {QStringLiteral("student_id"), m_ownStudent}});
        QVERIFY2(student.ok, qPrintable(student.error.message));
        QCOMPARE(student.result[QStringLiteral("user")][QStringLiteral("full_name")].toString(),
                 QStringLiteral("Орлова Дарья Сергеевна"));
        m_studentLogin = student.result[QStringLiteral("user")][QStringLiteral("login")].toString();
        m_studentPassword = student.result[QStringLiteral("password")].toString();

        const Reply parent =
            homeroom.call(QString::fromLatin1(Op::UserCreate),
                          {{QStringLiteral("full_name"), QStringLiteral("Орлова Ирина Павловна")},
                           {QStringLiteral("roles"), QCborArray{QStringLiteral("parent")}},
                           {QStringLiteral("child_student_id"), m_ownStudent}});
        QVERIFY2(parent.ok, qPrintable(parent.error.message));
        m_parentId = parent.result[QStringLiteral("user")][QStringLiteral("id")].toInteger();

        const Reply foreign =
            homeroom.call(QString::fromLatin1(Op::UserCreate),
                          {{QStringLiteral("roles"), QCborArray{QStringLiteral("student")}},
                           {QStringLiteral("student_id"), m_otherStudent}});
        QCOMPARE(foreign.error.code, ErrorCode::Forbidden);
        QCOMPARE(foreign.error.rule, QStringLiteral("R20"));
        const Reply staff =
            homeroom.call(QString::fromLatin1(Op::UserCreate),
                          {{QStringLiteral("full_name"), QStringLiteral("Кто-то")},
                           {QStringLiteral("roles"), QCborArray{QStringLiteral("teacher")}}});
        QCOMPARE(staff.error.code, ErrorCode::Forbidden);
        const Reply again =
            homeroom.call(QString::fromLatin1(Op::UserCreate),
                          {{QStringLiteral("roles"), QCborArray{QStringLiteral("student")}},
                           {QStringLiteral("student_id"), m_ownStudent}});
        QCOMPARE(again.error.code, ErrorCode::Conflict);
    }

    void classTeacherListsOwnClassAccounts()
    {
        TestClient& homeroom = client(QStringLiteral("homeroom"));
        const Reply own = homeroom.call(QString::fromLatin1(Op::UserList),
                                        {{QStringLiteral("class_id"), m_ownClass}});
        QVERIFY2(own.ok, qPrintable(own.error.message));
        QStringList names;
        for (const QCborValue& user : own.result[QStringLiteral("users")].toArray())
            names.append(user[QStringLiteral("full_name")].toString());
        QCOMPARE(names, (QStringList{QStringLiteral("Орлова Дарья Сергеевна"),
                                     QStringLiteral("Орлова Ирина Павловна")}));
        QCOMPARE(homeroom
                     .call(QString::fromLatin1(Op::UserList),
                           {{QStringLiteral("class_id"), m_otherClass}})
                     .error.code,
                 ErrorCode::Forbidden);
        QCOMPARE(homeroom.call(QString::fromLatin1(Op::UserList)).error.code,
                 ErrorCode::BadRequest);
    }

    void resetPasswordReplacesTheOldOne()
    {
        TestClient& homeroom = client(QStringLiteral("homeroom"));
        const qint64 studentUser = userId(m_studentLogin);
        const Reply reset = homeroom.call(QString::fromLatin1(Op::UserResetPassword),
                                          {{QStringLiteral("user_id"), studentUser}});
        QVERIFY2(reset.ok, qPrintable(reset.error.message));
        TestClient fresh(m_server.endpoint());
        QVERIFY(fresh.connectToServer());
        QCOMPARE(fresh.login(m_studentLogin, m_studentPassword).error.code,
                 ErrorCode::Unauthenticated);
        QVERIFY(
            fresh.login(m_studentLogin, reset.result[QStringLiteral("password")].toString()).ok);
        // Staff accounts are the administrator's.
        const Reply staff =
            homeroom.call(QString::fromLatin1(Op::UserResetPassword),
                          {{QStringLiteral("user_id"), userId(QStringLiteral("other"))}});
        QCOMPARE(staff.error.code, ErrorCode::Forbidden);
    }

    void disabledParentCannotSignIn()
    {
        const Reply disabled = client(QStringLiteral("homeroom"))
                                   .call(QString::fromLatin1(Op::UserDisable),
                                         {{QStringLiteral("user_id"), m_parentId}});
        QVERIFY2(disabled.ok, qPrintable(disabled.error.message));
        const Reply reset = client(QStringLiteral("admin"))
                                .call(QString::fromLatin1(Op::UserResetPassword),
                                      {{QStringLiteral("user_id"), m_parentId}});
        QVERIFY(reset.ok);
        TestClient fresh(m_server.endpoint());
        QVERIFY(fresh.connectToServer());
        const Reply login = fresh.login(QStringLiteral("orlova.ip"),
                                        reset.result[QStringLiteral("password")].toString());
        QCOMPARE(login.error.code, ErrorCode::Unauthenticated);
    }

    void accountChangesAreAuditedWithoutPasswords()
    {
        const Reply reply = client(QStringLiteral("admin"))
                                .call(QString::fromLatin1(Op::AuditList),
                                      {{QStringLiteral("op"), QStringLiteral("user.create")}});
        QVERIFY(reply.ok);
        const QCborArray rows = reply.result[QStringLiteral("rows")].toArray();
        QCOMPARE(rows.size(), 4);
        for (const QCborValue& row : rows)
            QVERIFY(!row[QStringLiteral("new")].toMap().contains(QStringLiteral("password")));
    }

    void deputyListsStaffForPickers()
    {
        const Reply reply =
            client(QStringLiteral("deputy")).call(QString::fromLatin1(Op::StaffList));
        QVERIFY2(reply.ok, qPrintable(reply.error.message));
        QStringList logins;
        for (const QCborValue& person : reply.result[QStringLiteral("staff")].toArray())
            logins.append(person[QStringLiteral("login")].toString());
        QVERIFY(logins.contains(QStringLiteral("homeroom")));
        QVERIFY(!logins.contains(m_studentLogin)); // no students or parents
        // Teachers pick substitutes by name (R07) but do not see their colleagues' logins.
        const Reply forTeacher =
            client(QStringLiteral("homeroom")).call(QString::fromLatin1(Op::StaffList));
        QVERIFY2(forTeacher.ok, qPrintable(forTeacher.error.message));
        const QCborArray staff = forTeacher.result[QStringLiteral("staff")].toArray();
        QCOMPARE(staff.size(), logins.size());
        for (const QCborValue& person : staff) {
            QVERIFY(!person.toMap().contains(QStringLiteral("login")));
            QVERIFY(person[QStringLiteral("id")].toInteger() > 0);
        }
    }

    void teachersAndSecretariesCannotManageAccounts()
    {
        QCOMPARE(
            client(QStringLiteral("secretary")).call(QString::fromLatin1(Op::UserList)).error.code,
            ErrorCode::Forbidden);
    }

private:
    TestClient& client(const QString& login) { return m_clients[login]; }

    qint64 admit(qint64 classId, const QString& lastName, const QString& firstName,
                 const QString& fileNo)
    {
        const Reply reply =
            client(QStringLiteral("secretary"))
                .call(QString::fromLatin1(Op::StudentAdmit),
                      {{QStringLiteral("person"),
                        QCborMap{{QStringLiteral("last_name"), lastName},
                                 {QStringLiteral("first_name"), firstName},
                                 {QStringLiteral("middle_name"), QStringLiteral("Сергеевна")}}},
                       {QStringLiteral("personal_file_no"), fileNo},
                       {QStringLiteral("class_id"), classId},
                       {QStringLiteral("date"), QStringLiteral("2026-09-01")},
                       {QStringLiteral("order_no"), QStringLiteral("1-у")},
                       {QStringLiteral("order_date"), QStringLiteral("2026-08-30")}});
        return reply.result[QStringLiteral("student")][QStringLiteral("id")].toInteger();
    }

    qint64 userId(const QString& login)
    {
        const Reply reply = client(QStringLiteral("admin")).call(QString::fromLatin1(Op::UserList));
        for (const QCborValue& user : reply.result[QStringLiteral("users")].toArray()) {
            if (user[QStringLiteral("login")].toString() == login)
                return user[QStringLiteral("id")].toInteger();
        }
        return 0;
    }

    TestServer m_server;
    SignedInClients m_clients{m_server, password};
    qint64 m_ownClass = 0;
    qint64 m_otherClass = 0;
    qint64 m_ownStudent = 0;
    qint64 m_otherStudent = 0;
    qint64 m_parentId = 0;
    QString m_studentLogin;
    QString m_studentPassword;
};

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_Users.moc"
