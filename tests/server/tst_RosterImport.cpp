// roster.import over the sample files schools really produce (R22): encodings detected,
// Cyrillic names kept, every bad row reported by line, nothing imported from a bad file
// unless only the valid rows are asked for, and a dry run writes nothing.
#include "protocol/OpNames.h"
#include "support/SchoolBuilder.h"
#include "support/TestClient.h"
#include "support/TestServer.h"

#include <QCborArray>
#include <QFile>
#include <QtTest>

namespace {
const QString password = QStringLiteral("Secret-pass-1");

QByteArray sample(const QString& name)
{
    QFile file(qEnvironmentVariable("EJOURNAL_SOURCE_DIR") + QStringLiteral("/tests/data/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList issueSummary(const Reply& reply)
{
    QStringList summary;
    for (const QCborValue& issue : reply.result[QStringLiteral("issues")].toArray())
        summary.append(QString::number(issue[QStringLiteral("line")].toInteger()) +
                       QLatin1Char(':') + issue[QStringLiteral("code")].toString());
    return summary;
}
} // namespace

class TestRosterImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start(false));
        QVERIFY(m_server.addUser(QStringLiteral("deputy"), password, {Role::Deputy}));
        QVERIFY(m_server.addUser(QStringLiteral("secretary"), password, {Role::Secretary}));
        QVERIFY(m_server.addUser(QStringLiteral("teacher"), password, {Role::Teacher}));
        m_deputy = signIn(QStringLiteral("deputy"));
        m_secretary = signIn(QStringLiteral("secretary"));
        SchoolBuilder school(*m_deputy);
        m_yearId = school.year(QStringLiteral("2026/2027"), QDate(2026, 9, 1), QDate(2027, 5, 31));
        m_class5a = school.classGroup(m_yearId, 5, QStringLiteral("А"));
        QVERIFY(m_class5a && school.classGroup(m_yearId, 7, QStringLiteral("Б")));
        QVERIFY(!sample(QStringLiteral("roster-5A-excel-cp1251.csv")).isEmpty());
    }

    void dryRunDetectsWindows1251AndWritesNothing()
    {
        const Reply reply = importFile(QStringLiteral("roster-5A-excel-cp1251.csv"),
                                       {{QStringLiteral("dry_run"), true}});
        QVERIFY2(reply.ok, qPrintable(reply.error.message));
        QCOMPARE(reply.result[QStringLiteral("encoding")].toString(),
                 QStringLiteral("Windows-1251"));
        QCOMPARE(reply.result[QStringLiteral("separator")].toString(), QStringLiteral(";"));
        QCOMPARE(reply.result[QStringLiteral("rows")].toInteger(), 27);
        QCOMPARE(issueSummary(reply), QStringList());
        QCOMPARE(reply.result[QStringLiteral("imported")].toInteger(), 0);
        QCOMPARE(reply.result[QStringLiteral("preview")].toArray().at(0).toArray().at(1).toString(),
                 QStringLiteral("Андреев"));
        QCOMPARE(classList(m_class5a).size(), 0);
    }

    void r22_importWithoutOrderIsRefused()
    {
        const Reply reply = importFile(QStringLiteral("roster-5A-excel-cp1251.csv"), {});
        QCOMPARE(reply.error.rule, QStringLiteral("R22"));
        QCOMPARE(classList(m_class5a).size(), 0);
    }

    void importKeepsCyrillicNames()
    {
        const Reply reply = importFile(QStringLiteral("roster-5A-excel-cp1251.csv"), withOrder());
        QVERIFY2(reply.ok, qPrintable(reply.error.message));
        QCOMPARE(reply.result[QStringLiteral("imported")].toInteger(), 27);
        const QStringList names = classList(m_class5a);
        QCOMPARE(names.size(), 27);
        QCOMPARE(names.first(), QStringLiteral("Андреев Никита Александрович"));
        QVERIFY(names.contains(QStringLiteral("Васильев Дмитрий Игоревич")));
    }

    void importingTheSameFileTwiceFindsTakenFileNumbers()
    {
        const Reply reply = importFile(QStringLiteral("roster-5A-excel-cp1251.csv"), withOrder());
        QVERIFY(reply.ok);
        QCOMPARE(reply.result[QStringLiteral("imported")].toInteger(), 0);
        QCOMPARE(reply.result[QStringLiteral("issues")].toArray().size(), 27);
        QVERIFY(issueSummary(reply).first().endsWith(QStringLiteral(":file_no_taken")));
        QCOMPARE(classList(m_class5a).size(), 27);
    }

    void utf8FileImportsIntoItsClass()
    {
        const Reply reply = importFile(QStringLiteral("roster-7B-utf8.csv"), withOrder());
        QVERIFY2(reply.ok, qPrintable(reply.error.message));
        QVERIFY(reply.result[QStringLiteral("encoding")].toString().startsWith(
            QStringLiteral("UTF-8")));
        QCOMPARE(reply.result[QStringLiteral("imported")].toInteger(), 25);
    }

    void fileWithErrorsReportsEveryBadRowAndImportsNothing()
    {
        const int before = classList(m_class5a).size();
        const Reply reply = importFile(QStringLiteral("roster-5A-with-errors.csv"), withOrder());
        QVERIFY2(reply.ok, qPrintable(reply.error.message));
        QCOMPARE(issueSummary(reply),
                 (QStringList{QStringLiteral("3:empty_name"), QStringLiteral("4:impossible_date"),
                              QStringLiteral("5:duplicate_file_no"),
                              QStringLiteral("6:unknown_class"), QStringLiteral("7:bad_date"),
                              QStringLiteral("8:unknown_sex"), QStringLiteral("10:column_count")}));
        for (const QCborValue& issue : reply.result[QStringLiteral("issues")].toArray())
            QVERIFY(!issue[QStringLiteral("message")].toString().isEmpty());
        QCOMPARE(reply.result[QStringLiteral("imported")].toInteger(), 0);
        QCOMPARE(classList(m_class5a).size(), before);
    }

    void validOnlyImportsTheGoodRows()
    {
        QCborMap args = withOrder();
        args.insert(QStringLiteral("valid_only"), true);
        const Reply reply = importFile(QStringLiteral("roster-5A-with-errors.csv"), args);
        QVERIFY2(reply.ok, qPrintable(reply.error.message));
        QCOMPARE(reply.result[QStringLiteral("imported")].toInteger(), 2);
        const QStringList names = classList(m_class5a);
        QVERIFY(names.contains(QStringLiteral("Белова Анна Игоревна")));
        QVERIFY(names.contains(QStringLiteral("Иванова-Петрова Алёна Юрьевна")));
    }

    void teacherCannotImport()
    {
        auto teacher = signIn(QStringLiteral("teacher"));
        const Reply reply = teacher->call(
            QString::fromLatin1(Op::RosterImport),
            {{QStringLiteral("csv"), QStringLiteral("x")}, {QStringLiteral("dry_run"), true}});
        QCOMPARE(reply.error.code, ErrorCode::Forbidden);
    }

private:
    std::unique_ptr<TestClient> signIn(const QString& login)
    {
        auto client = std::make_unique<TestClient>(m_server.endpoint());
        if (!client->connectToServer() || !client->login(login, password).ok)
            qWarning() << "cannot sign in" << login;
        return client;
    }

    QCborMap withOrder() const
    {
        return {{QStringLiteral("order_no"), QStringLiteral("101-у")},
                {QStringLiteral("order_date"), QStringLiteral("2026-08-28")},
                {QStringLiteral("date"), QStringLiteral("2026-09-01")}};
    }

    Reply importFile(const QString& name, QCborMap args)
    {
        args.insert(QStringLiteral("csv_base64"), QString::fromLatin1(sample(name).toBase64()));
        args.insert(QStringLiteral("year_id"), m_yearId);
        return m_secretary->call(QString::fromLatin1(Op::RosterImport), args);
    }

    QStringList classList(qint64 classId)
    {
        const Reply reply =
            m_secretary->call(QString::fromLatin1(Op::StudentList),
                              {{QStringLiteral("class_id"), classId},
                               {QStringLiteral("date"), QStringLiteral("2026-09-02")}});
        QStringList names;
        for (const QCborValue& student : reply.result[QStringLiteral("students")].toArray())
            names.append(student[QStringLiteral("full_name")].toString());
        return names;
    }

    TestServer m_server;
    std::unique_ptr<TestClient> m_deputy;
    std::unique_ptr<TestClient> m_secretary;
    qint64 m_yearId = 0;
    qint64 m_class5a = 0;
};

QTEST_GUILESS_MAIN(TestRosterImport)
#include "tst_RosterImport.moc"
