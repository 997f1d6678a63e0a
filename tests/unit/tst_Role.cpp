#include "domain/Role.h"

#include <QTest>

// Role codes (R17) round trip exactly; unknown codes are not roles.
class tst_Role : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codesAreThoseOfProtocol()
    {
        QStringList codes;
        for (Role role : allRoles())
            codes.append(roleCode(role));
        QCOMPARE(codes, (QStringList{"admin", "director", "deputy", "secretary", "teacher",
                                     "class_teacher", "student", "parent"}));
    }

    void everyCodeRoundTrips()
    {
        for (Role role : allRoles()) {
            const auto back = roleFromCode(roleCode(role));
            QVERIFY(back);
            QCOMPARE(*back, role);
        }
    }

    void unknownCodeIsNoRole()
    {
        QVERIFY(!roleFromCode(QStringLiteral("superuser")));
        QVERIFY(!roleFromCode(QString()));
        QVERIFY(!roleFromCode(QStringLiteral("Admin")));
        QVERIFY(!roleFromCode(QStringLiteral("admin ")));
    }

    void roleSetCodesRoundTrip()
    {
        const RoleSet set{Role::Teacher, Role::ClassTeacher, Role::Parent};
        QCOMPARE(set.codes(), (QStringList{"teacher", "class_teacher", "parent"}));
        QCOMPARE(RoleSet::fromCodes(set.codes()), set);
        QVERIFY(set.contains(Role::Parent));
        QVERIFY(!set.contains(Role::Admin));
        QVERIFY(set.intersects(RoleSet{Role::Admin, Role::Teacher}));
        QVERIFY(!set.intersects(RoleSet{Role::Admin}));
    }

    void roleSetIgnoresUnknownCodes()
    {
        QCOMPARE(RoleSet::fromCodes({QStringLiteral("root"), QStringLiteral("student")}),
                 RoleSet{Role::Student});
        QVERIFY(RoleSet::fromCodes({QStringLiteral("root")}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Role)
#include "tst_Role.moc"
