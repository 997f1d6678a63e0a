// Every op under every role, over a real socket, against the permission matrix written down
// here; a registered op missing from the matrix (or the other way round) fails the test.
#include "dispatch/OpRegistry.h"
#include "protocol/OpNames.h"
#include "support/TestClient.h"
#include "support/TestServer.h"

#include <QtTest>

#include <set>

namespace {
const QString kPassword = QStringLiteral("Matrix-pass-1");

// Who may call an op, as the school's rules (R17) say; kept by hand on purpose.
struct Allowed
{
    enum class Kind
    {
        Anyone,
        SignedIn,
        Roles
    };
    Kind kind;
    QList<Role> roles;
};

const QMap<QString, Allowed>& expectedMatrix()
{
    using K = Allowed::Kind;
    const QList<Role> staff{Role::Admin,     Role::Director, Role::Deputy,
                            Role::Secretary, Role::Teacher,  Role::ClassTeacher};
    const QList<Role> structureKeepers{Role::Deputy, Role::Admin};
    const QList<Role> rosterKeepers{Role::Secretary, Role::Admin};
    const QList<Role> accountKeepers{Role::Admin, Role::ClassTeacher};
    static const QMap<QString, Allowed> matrix{
        {QStringLiteral("auth.login"), {K::Anyone, {}}},
        {QStringLiteral("auth.resume"), {K::Anyone, {}}},
        {QStringLiteral("auth.logout"), {K::SignedIn, {}}},
        {QStringLiteral("auth.change_password"), {K::SignedIn, {}}},
        // R20: the locked desktop asks the signed-in user for their password again.
        {QStringLiteral("auth.unlock"), {K::SignedIn, {}}},
        {QStringLiteral("me"), {K::SignedIn, {}}},
        {QStringLiteral("audit.list"), {K::Roles, {Role::Deputy, Role::Director, Role::Admin}}},
        {QStringLiteral("year.list"), {K::SignedIn, {}}},
        {QStringLiteral("period.list"), {K::SignedIn, {}}},
        {QStringLiteral("subject.list"), {K::SignedIn, {}}},
        {QStringLiteral("work_type.list"), {K::SignedIn, {}}},
        {QStringLiteral("class.list"), {K::Roles, staff}},
        // PROTOCOL.md says "signed in, in scope"; students and parents are refused for now.
        {QStringLiteral("assignment.list"), {K::Roles, staff}},
        {QStringLiteral("year.save"), {K::Roles, structureKeepers}},
        {QStringLiteral("period.save"), {K::Roles, structureKeepers}},
        {QStringLiteral("class.save"), {K::Roles, structureKeepers}},
        {QStringLiteral("subject.save"), {K::Roles, structureKeepers}},
        {QStringLiteral("work_type.save"), {K::Roles, structureKeepers}},
        {QStringLiteral("assignment.save"), {K::Roles, structureKeepers}},
        {QStringLiteral("student.list"), {K::Roles, staff}},
        {QStringLiteral("student.admit"), {K::Roles, rosterKeepers}},
        {QStringLiteral("student.transfer"), {K::Roles, rosterKeepers}},
        {QStringLiteral("student.expel"), {K::Roles, rosterKeepers}},
        {QStringLiteral("roster.import"), {K::Roles, rosterKeepers}},
        {QStringLiteral("movement.list"),
         {K::Roles, {Role::Secretary, Role::Deputy, Role::Director, Role::Admin}}},
        // A class teacher manages the accounts of their own class (scope, not role).
        {QStringLiteral("user.list"), {K::Roles, accountKeepers}},
        {QStringLiteral("user.create"), {K::Roles, accountKeepers}},
        {QStringLiteral("user.reset_password"), {K::Roles, accountKeepers}},
        {QStringLiteral("user.disable"), {K::Roles, accountKeepers}},
        {QStringLiteral("curriculum.list"), {K::Roles, staff}},
        {QStringLiteral("curriculum.set"), {K::Roles, structureKeepers}},
        {QStringLiteral("subgroup.list"), {K::Roles, staff}},
        {QStringLiteral("subgroup.save"), {K::Roles, structureKeepers}},
        // R08: moving students between subgroups is the administrator's.
        {QStringLiteral("subgroup.set_members"), {K::Roles, {Role::Admin}}},
        {QStringLiteral("holiday.list"), {K::SignedIn, {}}},
        {QStringLiteral("holiday.save"), {K::Roles, structureKeepers}},
        // Journals: scope (own journal, own class, lesson taught) is checked inside.
        {QStringLiteral("journal.get"),
         {K::Roles,
          {Role::Teacher, Role::ClassTeacher, Role::Deputy, Role::Director, Role::Admin}}},
        {QStringLiteral("lesson.save"), {K::Roles, {Role::Teacher}}},
        {QStringLiteral("lesson.delete"), {K::Roles, {Role::Teacher}}},
        {QStringLiteral("cell.set"), {K::Roles, {Role::Teacher, Role::ClassTeacher}}},
        {QStringLiteral("cells.set"), {K::Roles, {Role::Teacher, Role::ClassTeacher}}},
        // R19: who may see whose diary is the op's scope check.
        {QStringLiteral("diary.get"), {K::SignedIn, {}}},
        {QStringLiteral("period_mark.set"), {K::Roles, {Role::Teacher, Role::Deputy}}},
        {QStringLiteral("period.unlock"), {K::Roles, {Role::Deputy}}},
        {QStringLiteral("journal.subscribe"),
         {K::Roles,
          {Role::Teacher, Role::ClassTeacher, Role::Deputy, Role::Director, Role::Admin}}},
        {QStringLiteral("journal.unsubscribe"),
         {K::Roles,
          {Role::Teacher, Role::ClassTeacher, Role::Deputy, Role::Director, Role::Admin}}},
        {QStringLiteral("setting.list"),
         {K::Roles,
          {Role::Admin, Role::Director, Role::Deputy, Role::Secretary, Role::Teacher,
           Role::ClassTeacher}}},
        {QStringLiteral("setting.set"), {K::Roles, {Role::Admin, Role::Director, Role::Deputy}}},
        {QStringLiteral("staff.list"),
         {K::Roles,
          {Role::Admin, Role::Director, Role::Deputy, Role::Secretary, Role::Teacher,
           Role::ClassTeacher}}},
    };
    return matrix;
}

QString userOf(Role role)
{
    return QStringLiteral("matrix_") + roleCode(role);
}
} // namespace

class TestPermissionMatrix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start(false));
        for (Role role : allRoles()) {
            QVERIFY(m_server.addUser(userOf(role), kPassword, {role}));
            TestClient client(m_server.endpoint());
            QVERIFY(client.connectToServer());
            const Reply login = client.login(userOf(role), kPassword);
            QVERIFY2(login.ok, qPrintable(login.error.message));
            m_tokens.insert(role, login.result[QStringLiteral("token")].toString());
        }
    }

    void matrixListsExactlyTheRegisteredOps()
    {
        const OpRegistry registry = buildOpRegistry();
        std::set<QString> registered;
        for (const OpSpec* spec : registry.all())
            registered.insert(spec->name);
        for (const QString& name : registered)
            QVERIFY2(
                expectedMatrix().contains(name),
                qPrintable(
                    QStringLiteral("op %1 is registered but missing from the matrix").arg(name)));
        for (const QString& name : expectedMatrix().keys())
            QVERIFY2(
                registered.count(name),
                qPrintable(QStringLiteral("op %1 is in the matrix but not registered").arg(name)));
    }

    void everyOpUnderEveryRole_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("caller"); // a role code, or "nobody" for not signed in
        for (const QString& op : expectedMatrix().keys()) {
            QTest::addRow("%s by nobody", qPrintable(op)) << op << QStringLiteral("nobody");
            for (Role role : allRoles())
                QTest::addRow("%s by %s", qPrintable(op), qPrintable(roleCode(role)))
                    << op << roleCode(role);
        }
    }

    // Empty args: an allowed call may still fail (bad_request…); only the access errors matter.
    void everyOpUnderEveryRole()
    {
        QFETCH(QString, op);
        QFETCH(QString, caller);
        const Allowed allowed = expectedMatrix().value(op);
        const std::optional<Role> role = roleFromCode(caller);

        // A fresh connection per call, so logout or a password change cannot leak into the next.
        TestClient client(m_server.endpoint());
        QVERIFY(client.connectToServer());
        // Ops that may end a session sign in afresh; the rest resume the role's session,
        // which is much cheaper than hashing a password for each of the rows.
        const bool endsSession =
            op == QLatin1String(Op::AuthLogout) || op == QLatin1String(Op::AuthChangePassword);
        if (role) {
            const Reply signIn =
                endsSession
                    ? client.login(userOf(*role), kPassword)
                    : client.call(QString::fromLatin1(Op::AuthResume),
                                  QCborMap{{QStringLiteral("token"), m_tokens.value(*role)}});
            QVERIFY2(signIn.ok, qPrintable(signIn.error.message));
        }
        const Reply reply = client.call(op, {});
        const QString got = reply.ok ? QStringLiteral("ok") : errorCodeText(reply.error.code);

        if (allowed.kind == Allowed::Kind::Anyone) {
            QVERIFY2(reply.error.code != ErrorCode::Forbidden &&
                         reply.error.code != ErrorCode::Unauthenticated,
                     qPrintable(got));
        } else if (!role) {
            QCOMPARE(got, QStringLiteral("unauthenticated"));
        } else if (allowed.kind == Allowed::Kind::SignedIn || allowed.roles.contains(*role)) {
            QVERIFY2(reply.ok || (reply.error.code != ErrorCode::Forbidden &&
                                  reply.error.code != ErrorCode::Unauthenticated),
                     qPrintable(got + QStringLiteral(": ") + reply.error.message));
        } else {
            QCOMPARE(got, QStringLiteral("forbidden"));
        }
    }

    // The permissions `me` hands the desktop agree with the matrix too.
    void meListsTheOpsTheMatrixAllows()
    {
        for (Role role : allRoles()) {
            TestClient client(m_server.endpoint());
            QVERIFY(client.connectToServer());
            QVERIFY(client.login(userOf(role), kPassword).ok);
            const Reply me = client.call(QString::fromLatin1(Op::Me));
            QVERIFY(me.ok);
            QStringList listed;
            for (const QCborValue& value : me.result[QStringLiteral("ops")].toArray())
                listed.append(value.toString());
            listed.sort();
            QStringList expected;
            for (auto it = expectedMatrix().cbegin(); it != expectedMatrix().cend(); ++it) {
                if (it->kind != Allowed::Kind::Roles || it->roles.contains(role))
                    expected.append(it.key());
            }
            expected.sort();
            QCOMPARE(listed, expected);
        }
    }

private:
    TestServer m_server;
    QHash<Role, QString> m_tokens; // one session per role, resumed per call
};

QTEST_GUILESS_MAIN(TestPermissionMatrix)
#include "tst_PermissionMatrix.moc"
