// Curriculum hours, subgroups (R08) and holidays (R12) through the real ops.
#include "protocol/OpNames.h"
#include "support/SchoolBuilder.h"
#include "support/SignedInClients.h"
#include "support/TestClient.h"
#include "support/TestServer.h"

#include <QCborArray>
#include <QtTest>

namespace {
const QString password = QStringLiteral("Secret-pass-1");

QList<qint64> ids(const QCborValue& array)
{
    QList<qint64> list;
    for (const QCborValue& id : array.toArray())
        list.append(id.toInteger());
    return list;
}
} // namespace

class TestCurriculum : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start(false));
        QVERIFY(m_server.addUser(QStringLiteral("admin"), password, {Role::Admin}));
        QVERIFY(m_server.addUser(QStringLiteral("deputy"), password, {Role::Deputy}));
        QVERIFY(m_server.addUser(QStringLiteral("secretary"), password, {Role::Secretary}));
        SchoolBuilder school(client(QStringLiteral("deputy")));
        m_yearId = school.year(QStringLiteral("2026/2027"), QDate(2026, 9, 1), QDate(2027, 5, 31));
        m_classId = school.classGroup(m_yearId, 7, QStringLiteral("Б"));
        m_otherClassId = school.classGroup(m_yearId, 7, QStringLiteral("В"));
        m_english = school.subject(QStringLiteral("Иностранный язык (английский)"));
        QVERIFY(m_classId && m_otherClassId && m_english);
        for (const QString& name :
             {QStringLiteral("Акимов"), QStringLiteral("Белов"), QStringLiteral("Власов")})
            m_students.append(admit(m_classId, name));
        m_stranger = admit(m_otherClassId, QStringLiteral("Чужой"));
    }

    void curriculumHoursAreSetChangedAndRemoved()
    {
        TestClient& deputy = client(QStringLiteral("deputy"));
        auto set = [&](double hours) {
            return deputy.call(QString::fromLatin1(Op::CurriculumSet),
                               {{QStringLiteral("class_id"), m_classId},
                                {QStringLiteral("subject_id"), m_english},
                                {QStringLiteral("hours_per_week"), hours}});
        };
        QVERIFY(set(3).ok);
        QVERIFY(set(2).ok);
        Reply list = deputy.call(QString::fromLatin1(Op::CurriculumList),
                                 {{QStringLiteral("class_id"), m_classId}});
        QCOMPARE(list.result[QStringLiteral("curriculum")].toArray().size(), 1);
        QCOMPARE(list.result[QStringLiteral("curriculum")][0][QStringLiteral("hours_per_week")]
                     .toDouble(),
                 2.0);
        QCOMPARE(set(99).error.code, ErrorCode::BadRequest);
        QVERIFY(set(0).ok);
        list = deputy.call(QString::fromLatin1(Op::CurriculumList),
                           {{QStringLiteral("class_id"), m_classId}});
        QCOMPARE(list.result[QStringLiteral("curriculum")].toArray().size(), 0);
    }

    void r08_subgroupsSplitAClassAndTheAdministratorMovesStudents()
    {
        TestClient& deputy = client(QStringLiteral("deputy"));
        const qint64 first = saveSubgroup(QStringLiteral("1 группа"));
        const qint64 second = saveSubgroup(QStringLiteral("2 группа"));
        QVERIFY(first && second);
        TestClient& admin = client(QStringLiteral("admin"));
        QVERIFY(setMembers(admin, first, {m_students.at(0), m_students.at(1)}).ok);
        QVERIFY(setMembers(admin, second, {m_students.at(2)}).ok);
        // Moving Белов to the second group takes him out of the first.
        QVERIFY(setMembers(admin, second, {m_students.at(2), m_students.at(1)}).ok);
        const Reply list = deputy.call(QString::fromLatin1(Op::SubgroupList),
                                       {{QStringLiteral("class_id"), m_classId}});
        QVERIFY(list.ok);
        const QCborArray groups = list.result[QStringLiteral("subgroups")].toArray();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(ids(groups.at(0)[QStringLiteral("student_ids")]), QList<qint64>{m_students.at(0)});
        QCOMPARE(ids(groups.at(1)[QStringLiteral("student_ids")]),
                 (QList<qint64>{m_students.at(1), m_students.at(2)}));
        // The second group's journal lists its students only, in journal order.
        const qint64 teacher =
            m_server.addUser(QStringLiteral("teacher"), password, {Role::Teacher});
        const qint64 journal =
            SchoolBuilder(deputy).assignment(m_classId, m_english, teacher, 2, second);
        QVERIFY(teacher && journal);
        const Reply opened = deputy.call(QString::fromLatin1(Op::JournalGet),
                                         {{QStringLiteral("assignment_id"), journal}});
        QVERIFY2(opened.ok, qPrintable(opened.error.message));
        QList<qint64> listed;
        for (const QCborValue& student : opened.result[QStringLiteral("students")].toArray())
            listed.append(student[QStringLiteral("id")].toInteger());
        QCOMPARE(listed, (QList<qint64>{m_students.at(1), m_students.at(2)}));
        // Only students of the class, and only the administrator.
        const Reply stranger = setMembers(admin, first, {m_stranger});
        QCOMPARE(stranger.error.rule, QStringLiteral("R08"));
        QCOMPARE(setMembers(deputy, first, {m_students.at(0)}).error.code, ErrorCode::Forbidden);
    }

    void r12_holidaysBelongToAYear()
    {
        TestClient& deputy = client(QStringLiteral("deputy"));
        const Reply saved =
            deputy.call(QString::fromLatin1(Op::HolidaySave),
                        {{QStringLiteral("year_id"), m_yearId},
                         {QStringLiteral("title"), QStringLiteral("Осенние каникулы")},
                         {QStringLiteral("starts_on"), QStringLiteral("2026-10-26")},
                         {QStringLiteral("ends_on"), QStringLiteral("2026-11-03")}});
        QVERIFY2(saved.ok, qPrintable(saved.error.message));
        const Reply wrong =
            deputy.call(QString::fromLatin1(Op::HolidaySave),
                        {{QStringLiteral("year_id"), m_yearId},
                         {QStringLiteral("title"), QStringLiteral("Наоборот")},
                         {QStringLiteral("starts_on"), QStringLiteral("2026-12-31")},
                         {QStringLiteral("ends_on"), QStringLiteral("2026-12-29")}});
        QCOMPARE(wrong.error.code, ErrorCode::BadRequest);
        const Reply list = client(QStringLiteral("secretary"))
                               .call(QString::fromLatin1(Op::HolidayList),
                                     {{QStringLiteral("year_id"), m_yearId}});
        QCOMPARE(list.result[QStringLiteral("holidays")].toArray().size(), 1);
        QCOMPARE(list.result[QStringLiteral("holidays")][0][QStringLiteral("title")].toString(),
                 QStringLiteral("Осенние каникулы"));
    }

private:
    TestClient& client(const QString& login) { return m_clients[login]; }

    qint64 admit(qint64 classId, const QString& lastName)
    {
        const Reply reply =
            client(QStringLiteral("secretary"))
                .call(QString::fromLatin1(Op::StudentAdmit),
                      {{QStringLiteral("person"),
                        QCborMap{{QStringLiteral("last_name"), lastName},
                                 {QStringLiteral("first_name"), QStringLiteral("Иван")}}},
                       {QStringLiteral("personal_file_no"), QStringLiteral("7-") + lastName},
                       {QStringLiteral("class_id"), classId},
                       {QStringLiteral("date"), QStringLiteral("2026-09-01")},
                       {QStringLiteral("order_no"), QStringLiteral("1")},
                       {QStringLiteral("order_date"), QStringLiteral("2026-08-30")}});
        return reply.result[QStringLiteral("student")][QStringLiteral("id")].toInteger();
    }

    qint64 saveSubgroup(const QString& title)
    {
        const Reply reply = client(QStringLiteral("deputy"))
                                .call(QString::fromLatin1(Op::SubgroupSave),
                                      {{QStringLiteral("class_id"), m_classId},
                                       {QStringLiteral("subject_id"), m_english},
                                       {QStringLiteral("title"), title}});
        return reply.result[QStringLiteral("id")].toInteger();
    }

    Reply setMembers(TestClient& caller, qint64 subgroupId, const QList<qint64>& studentIds)
    {
        QCborArray array;
        for (qint64 id : studentIds)
            array.append(id);
        return caller.call(
            QString::fromLatin1(Op::SubgroupSetMembers),
            {{QStringLiteral("subgroup_id"), subgroupId}, {QStringLiteral("student_ids"), array}});
    }

    TestServer m_server;
    SignedInClients m_clients{m_server, password};
    qint64 m_yearId = 0;
    qint64 m_classId = 0;
    qint64 m_otherClassId = 0;
    qint64 m_english = 0;
    QList<qint64> m_students;
    qint64 m_stranger = 0;
};

QTEST_GUILESS_MAIN(TestCurriculum)
#include "tst_Curriculum.moc"
