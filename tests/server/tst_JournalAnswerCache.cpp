// journal.get's kept answers (JournalAnswerCache, sql/0010): a journal opened again unchanged
// is answered from what was kept, and after any change of what the answer is made of — through
// this server, another instance or straight in the database — the answer is the one a server
// that keeps nothing gives.
#include "app/Server.h"
#include "journal/JournalAnswerCache.h"
#include "protocol/OpNames.h"
#include "support/SchoolBuilder.h"
#include "support/SignedInClients.h"
#include "support/TestClient.h"
#include "support/TestServer.h"

#include <QCborArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <functional>

namespace {
const QString password = QStringLiteral("Secret-pass-1");
}

class TestJournalAnswerCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start(false));
        QVERIFY(m_server.addUser(QStringLiteral("deputy"), password, {Role::Deputy}));
        QVERIFY(m_server.addUser(QStringLiteral("secretary"), password, {Role::Secretary}));
        QVERIFY(m_server.addUser(QStringLiteral("admin"), password, {Role::Admin}));
        m_teacher = m_server.addUser(QStringLiteral("teacher"), password, {Role::Teacher});
        QVERIFY(m_teacher);
        // A second instance on the same database that keeps no answers: what every answer of
        // the first must equal.
        ServerSettings keepsNothing;
        keepsNothing.journalAnswerCacheBytes = 0;
        m_plain = std::make_unique<Server>(m_server.databaseConfig(), keepsNothing);
        ListenOptions options;
        options.address = QHostAddress::LocalHost;
        options.port = 0;
        options.plain = true;
        QString error;
        QVERIFY2(m_plain->listen(options, &error), qPrintable(error));
        Connection::Endpoint endpoint = m_server.endpoint();
        endpoint.port = m_plain->port();
        for (const QString& login : {QStringLiteral("deputy"), QStringLiteral("teacher")}) {
            m_plainClients[login] = std::make_unique<TestClient>(endpoint);
            QVERIFY(m_plainClients[login]->connectToServer());
            QVERIFY(m_plainClients[login]->login(login, password).ok);
        }

        SchoolBuilder school(client(QStringLiteral("deputy")));
        const qint64 year =
            school.year(QStringLiteral("2026/2027"), QDate(2026, 9, 1), QDate(2027, 5, 31));
        m_period =
            school.quarter(year, 1, QDate(2026, 9, 1), QDate(2026, 10, 31), QDate(2026, 11, 5));
        m_classId = school.classGroup(year, 6, QStringLiteral("А"));
        m_subject = school.subject(QStringLiteral("История"));
        const qint64 english = school.subject(QStringLiteral("Английский язык"));
        m_oral = school.workType(QStringLiteral("Ответ на уроке"), 1);
        m_test = school.workType(QStringLiteral("Контрольная работа"), 2, true);
        QVERIFY(m_period && m_classId && m_subject && english && m_oral && m_test);
        m_journal = school.assignment(m_classId, m_subject, m_teacher, 2);
        TestClient& secretary = client(QStringLiteral("secretary"));
        for (const QString& name :
             {QStringLiteral("Гаврилов"), QStringLiteral("Иванова"), QStringLiteral("Петров")})
            m_students.append(SchoolBuilder::admit(secretary, m_classId, name, name.left(3)));
        QVERIFY(m_journal && !m_students.contains(0));
        // A subgroup's journal: the first two students learn English in the first group.
        const Reply group = client(QStringLiteral("deputy"))
                                .call(QString::fromLatin1(Op::SubgroupSave),
                                      {{QStringLiteral("class_id"), m_classId},
                                       {QStringLiteral("subject_id"), english},
                                       {QStringLiteral("title"), QStringLiteral("1 группа")}});
        QVERIFY2(group.ok, qPrintable(group.error.message));
        const qint64 subgroup = group.result[QStringLiteral("id")].toInteger();
        const Reply members =
            client(QStringLiteral("admin"))
                .call(QString::fromLatin1(Op::SubgroupSetMembers),
                      {{QStringLiteral("subgroup_id"), subgroup},
                       {QStringLiteral("student_ids"), QCborArray{m_students[0], m_students[1]}}});
        QVERIFY2(members.ok, qPrintable(members.error.message));
        m_groupJournal = school.assignment(m_classId, english, m_teacher, 3, subgroup);
        QVERIFY(m_groupJournal);

        // Today's lessons: an oral answer and a test, with marks of both work types.
        m_oralLesson = lesson(m_journal, 1, m_oral);
        m_testLesson = lesson(m_journal, 2, m_test);
        m_groupLesson = lesson(m_groupJournal, 1, m_oral);
        QVERIFY(m_oralLesson && m_testLesson && m_groupLesson);
        QVERIFY(setCell(m_oralLesson, m_students[0], QStringLiteral("5")));
        QVERIFY(setCell(m_testLesson, m_students[0], QStringLiteral("2")));
        QVERIFY(setCell(m_groupLesson, m_students[1], QStringLiteral("4")));
    }

    // Asked again unchanged, the journal is answered from what was kept: per range and layout,
    // with the caller's own read_only, and the same as the server that keeps nothing.
    void anUnchangedJournalIsAnsweredFromWhatWasKept()
    {
        const QList<QCborMap> asked{
            {{QStringLiteral("assignment_id"), m_journal}},
            {{QStringLiteral("assignment_id"), m_journal},
             {QStringLiteral("layout"), QStringLiteral("columns")}},
            {{QStringLiteral("assignment_id"), m_journal},
             {QStringLiteral("from"), QDate::currentDate().toString(Qt::ISODate)},
             {QStringLiteral("to"), QDate::currentDate().toString(Qt::ISODate)}},
            {{QStringLiteral("assignment_id"), m_groupJournal}},
        };
        for (const QString& login : {QStringLiteral("deputy"), QStringLiteral("teacher")}) {
            for (const QCborMap& args : asked) {
                const QCborMap first = get(client(login), args);
                const qint64 hitsBefore = answers().hits();
                const QCborMap again = get(client(login), args);
                QCOMPARE(answers().hits(), hitsBefore + 1);
                QCOMPARE(again, first);
                QCOMPARE(again, get(*m_plainClients[login], args));
                QCOMPARE(again[QStringLiteral("assignment")][QStringLiteral("read_only")].toBool(),
                         login == QLatin1String("deputy"));
            }
        }
        QCOMPARE(m_plain->journalAnswers().hits(), 0);
    }

    // Every kind of change of what the answer is made of shows in the next answer.
    void everyChangeShowsInTheNextAnswer()
    {
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QList<std::pair<QString, std::function<bool()>>> changes{
            {QStringLiteral("a mark set through the other instance"),
             [&] {
                 return m_plainClients[QStringLiteral("teacher")]
                     ->call(QString::fromLatin1(Op::CellSet),
                            {{QStringLiteral("lesson_id"), m_oralLesson},
                             {QStringLiteral("student_id"), m_students[1]},
                             {QStringLiteral("mark"), QStringLiteral("4")}})
                     .ok;
             }},
            {QStringLiteral("a cell changed in the database"),
             [&] {
                 return sql(QStringLiteral("UPDATE journal_cell SET mark = '3', version = "
                                           "version + 1 WHERE lesson_id = %1 AND student_id = %2")
                                .arg(m_oralLesson)
                                .arg(m_students[1]));
             }},
            {QStringLiteral("a lesson added"),
             [&] {
                 return sql(QStringLiteral("INSERT INTO lesson (assignment_id, held_on, lesson_no, "
                                           "taught_by, updated_at) VALUES (%1, '%2', 5, %3, now())")
                                .arg(m_journal)
                                .arg(today)
                                .arg(m_teacher));
             }},
            {QStringLiteral("a lesson's topic changed"),
             [&] {
                 return sql(QStringLiteral("UPDATE lesson SET topic = 'Реформы Петра' "
                                           "WHERE assignment_id = %1 AND lesson_no = 5")
                                .arg(m_journal));
             }},
            {QStringLiteral("a lesson deleted"),
             [&] {
                 return sql(QStringLiteral("DELETE FROM lesson WHERE assignment_id = %1 "
                                           "AND lesson_no = 5")
                                .arg(m_journal));
             }},
            {QStringLiteral("a period mark set"),
             [&] {
                 return sql(QStringLiteral("INSERT INTO period_mark (assignment_id, student_id, "
                                           "period_id, value, updated_at) "
                                           "VALUES (%1, %2, %3, '4', now())")
                                .arg(m_journal)
                                .arg(m_students[0])
                                .arg(m_period));
             }},
            {QStringLiteral("a student renamed"),
             [&] {
                 return sql(QStringLiteral("UPDATE person SET last_name = 'Гаврилова' WHERE id = "
                                           "(SELECT person_id FROM student WHERE id = %1)")
                                .arg(m_students[0]));
             }},
            {QStringLiteral("a student left the class"),
             [&] {
                 return sql(QStringLiteral("UPDATE enrollment SET to_date = '%1' "
                                           "WHERE student_id = %2")
                                .arg(today)
                                .arg(m_students[2]));
             }},
            {QStringLiteral("a student admitted"),
             [&] {
                 return SchoolBuilder::admit(client(QStringLiteral("secretary")), m_classId,
                                             QStringLiteral("Андреев"), QStringLiteral("Анд")) != 0;
             }},
            {QStringLiteral("a work type's weight changed"),
             [&] {
                 return sql(
                     QStringLiteral("UPDATE work_type SET weight = 3 WHERE id = %1").arg(m_test));
             }},
            {QStringLiteral("a subgroup's member left it"),
             [&] {
                 return sql(QStringLiteral("DELETE FROM subgroup_member WHERE student_id = %1")
                                .arg(m_students[1]));
             }},
            {QStringLiteral("the subject's marks became pass/fail"),
             [&] {
                 return sql(QStringLiteral("UPDATE subject SET pass_fail = true WHERE id = %1")
                                .arg(m_subject));
             }},
        };
        for (const auto& [what, change] : changes) {
            QList<QCborMap> before;
            for (qint64 journal : {m_journal, m_groupJournal}) {
                before.append(get(journal));
                const qint64 hits = answers().hits();
                QCOMPARE(get(journal), before.last());
                QCOMPARE(answers().hits(), hits + 1); // kept now
            }
            QVERIFY2(change(), qPrintable(what));
            bool changed = false;
            for (qint64 journal : {m_journal, m_groupJournal}) {
                const QCborMap after = get(journal);
                QVERIFY2(after == get(*m_plainClients[QStringLiteral("deputy")], journal),
                         qPrintable(what));
                changed = changed || after != before.takeFirst();
            }
            QVERIFY2(changed, qPrintable(what + QStringLiteral(": the change does not show")));
        }
    }

    // A change committed while the journal is read makes the answer newer than the revisions
    // its lookup saw: it must not be kept for them. Here the lookup waits for a lock the change
    // holds and then reads with its snapshot from before the change (a prepared statement takes
    // it before its locks); the contents are read after the change. Restoring a backup of the
    // state before the change brings those revisions back, and the answer must then be the
    // restored journal's.
    void anAnswerReadAcrossAChangeIsNotKept()
    {
        QVERIFY(sql(QStringLiteral("UPDATE journal_cell SET mark = '3' WHERE lesson_id = %1 AND "
                                   "student_id = %2")
                        .arg(m_oralLesson)
                        .arg(m_students[0])));
        const QString revision = value(
            QStringLiteral("SELECT revision::text FROM assignment WHERE id = %1").arg(m_journal));
        QVERIFY(!revision.isEmpty());

        QSqlDatabase other =
            QSqlDatabase::cloneDatabase(m_server.ownerDatabase(), QStringLiteral("changing"));
        QVERIFY2(other.open(), qPrintable(other.lastError().text()));
        QSqlQuery changing(other);
        QVERIFY(changing.exec(QStringLiteral("BEGIN")));
        QVERIFY(changing.exec(QStringLiteral("LOCK TABLE academic_year IN ACCESS EXCLUSIVE MODE")));
        const qint64 keptBefore = answers().kept();
        std::optional<Reply> reply;
        client(QStringLiteral("deputy"))
            .connection()
            .send(QString::fromLatin1(Op::JournalGet),
                  {{QStringLiteral("assignment_id"), m_journal}},
                  [&reply](const Reply& answer) { reply = answer; });
        // The server's lookup of the journal waits for the lock.
        QTRY_VERIFY_WITH_TIMEOUT(
            value(QStringLiteral("SELECT count(*) FROM pg_locks WHERE NOT granted "
                                 "AND relation = 'academic_year'::regclass")) == QLatin1String("1"),
            10'000);
        QVERIFY(!reply);
        QVERIFY(changing.exec(QStringLiteral("UPDATE journal_cell SET mark = '2', version = "
                                             "version + 1 WHERE lesson_id = %1 AND student_id = %2")
                                  .arg(m_oralLesson)
                                  .arg(m_students[0])));
        QVERIFY(changing.exec(QStringLiteral("COMMIT")));
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 10'000);
        QVERIFY2(reply->ok, qPrintable(reply->error.message));
        QCOMPARE(markIn(reply->result.toMap(), m_oralLesson, m_students[0]), QStringLiteral("2"));
        // Read after the change, looked up before it: not kept.
        QCOMPARE(answers().kept(), keptBefore);
        changing.clear();
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("changing"));

        // The backup's state: the mark and the revision as before the change.
        QVERIFY(sql(QStringLiteral("ALTER TABLE journal_cell DISABLE TRIGGER USER")));
        QVERIFY(sql(QStringLiteral("UPDATE journal_cell SET mark = '3', version = version - 1 "
                                   "WHERE lesson_id = %1 AND student_id = %2")
                        .arg(m_oralLesson)
                        .arg(m_students[0])));
        QVERIFY(sql(QStringLiteral("ALTER TABLE journal_cell ENABLE TRIGGER USER")));
        QVERIFY(sql(QStringLiteral("UPDATE assignment SET revision = '%1' WHERE id = %2")
                        .arg(revision)
                        .arg(m_journal)));
        const QCborMap restored = get(*m_plainClients[QStringLiteral("deputy")], m_journal);
        QCOMPARE(markIn(restored, m_oralLesson, m_students[0]), QStringLiteral("3"));
        const qint64 hits = answers().hits();
        QCOMPARE(get(m_journal), restored);
        QCOMPARE(answers().hits(), hits); // made afresh
        QCOMPARE(get(m_journal), restored);
        QCOMPARE(answers().hits(), hits + 1);
    }

    // A journal's revision is set when a transaction commits, so a write into a journal does
    // not wait for another transaction that wrote into it and is still open (with the revision
    // set after every statement, a batch of cells and a single mark could deadlock).
    void aWriteDoesNotWaitForAnotherOpenOneInTheSameJournal()
    {
        QSqlDatabase other =
            QSqlDatabase::cloneDatabase(m_server.ownerDatabase(), QStringLiteral("open"));
        QVERIFY2(other.open(), qPrintable(other.lastError().text()));
        {
            QSqlQuery open(other);
            QVERIFY(open.exec(QStringLiteral("BEGIN")));
            QVERIFY(open.exec(QStringLiteral("UPDATE journal_cell SET comment = 'у доски' "
                                             "WHERE lesson_id = %1 AND student_id = %2")
                                  .arg(m_testLesson)
                                  .arg(m_students[0])));
            QElapsedTimer timer;
            timer.start();
            const Reply reply = client(QStringLiteral("teacher"))
                                    .call(QString::fromLatin1(Op::CellSet),
                                          {{QStringLiteral("lesson_id"), m_testLesson},
                                           {QStringLiteral("student_id"), m_students[1]},
                                           {QStringLiteral("absence"), QStringLiteral("н")}},
                                          3000);
            QVERIFY2(reply.ok, qPrintable(reply.error.message));
            QVERIFY(timer.elapsed() < 2000);
            QVERIFY(open.exec(QStringLiteral("UPDATE journal_cell SET comment = 'у доски' "
                                             "WHERE lesson_id = %1 AND student_id = %2")
                                  .arg(m_testLesson)
                                  .arg(m_students[1])));
            QVERIFY2(open.exec(QStringLiteral("COMMIT")), qPrintable(open.lastError().text()));
        }
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("open"));
        QCOMPARE(get(m_journal), get(*m_plainClients[QStringLiteral("deputy")], m_journal));
    }

    // The least recently used answers go first beyond the budget; one larger than the whole
    // budget is not kept.
    void theBudgetKeepsTheMostRecentlyUsed()
    {
        // Each body of 1 KiB costs 2 KiB with its bookkeeping: three fit.
        JournalAnswerCache cache(6 * 1024);
        JournalInfo journal;
        journal.revision = QStringLiteral("r");
        journal.schoolRevision = QStringLiteral("s");
        const auto keep = [&](qint64 id, qsizetype bytes) {
            journal.assignmentId = id;
            cache.keep(journal, {}, {}, JournalAnswer::Layout::Maps, QByteArray(bytes, 'x'));
        };
        const auto kept = [&](qint64 id) {
            journal.assignmentId = id;
            return !cache.find(journal, {}, {}, JournalAnswer::Layout::Maps).isNull();
        };
        keep(1, 1024);
        keep(2, 1024);
        keep(3, 1024);
        QVERIFY(kept(1)); // now the most recently used
        keep(4, 1024);
        QVERIFY(kept(1) && kept(3) && kept(4));
        QVERIFY(!kept(2));
        const qint64 keptSoFar = cache.kept();
        keep(5, 6 * 1024);
        QVERIFY(!kept(5));
        QCOMPARE(cache.kept(), keptSoFar);
        // Another revision of the same journal is not the kept one.
        journal.revision = QStringLiteral("r2");
        QVERIFY(!kept(1));
        QCOMPARE(JournalAnswerCache(0).hits(), 0);
    }

    void cleanupTestCase()
    {
        m_plainClients.clear();
        m_plain.reset();
    }

private:
    TestClient& client(const QString& login) { return m_clients[login]; }
    const JournalAnswerCache& answers() { return m_server.server().journalAnswers(); }

    qint64 lesson(qint64 journal, int number, qint64 workType)
    {
        const Reply reply =
            client(QStringLiteral("teacher"))
                .call(QString::fromLatin1(Op::LessonSave),
                      {{QStringLiteral("assignment_id"), journal},
                       {QStringLiteral("date"), QDate::currentDate().toString(Qt::ISODate)},
                       {QStringLiteral("lesson_no"), number},
                       {QStringLiteral("topic"), QStringLiteral("Урок %1").arg(number)},
                       {QStringLiteral("work_type_id"), workType}});
        if (!reply.ok)
            qWarning().noquote() << reply.error.message;
        return reply.result[QStringLiteral("lesson")][QStringLiteral("id")].toInteger();
    }

    bool setCell(qint64 lessonId, qint64 studentId, const QString& mark)
    {
        const Reply reply =
            client(QStringLiteral("teacher"))
                .call(QString::fromLatin1(Op::CellSet), {{QStringLiteral("lesson_id"), lessonId},
                                                         {QStringLiteral("student_id"), studentId},
                                                         {QStringLiteral("mark"), mark}});
        if (!reply.ok)
            qWarning().noquote() << reply.error.message;
        return reply.ok;
    }

    static QString markIn(const QCborMap& answer, qint64 lessonId, qint64 studentId)
    {
        for (const QCborValue& cell : answer[QStringLiteral("cells")].toArray()) {
            if (cell[QStringLiteral("lesson_id")].toInteger() == lessonId &&
                cell[QStringLiteral("student_id")].toInteger() == studentId)
                return cell[QStringLiteral("mark")].toString();
        }
        return {};
    }

    static QCborMap get(TestClient& caller, const QCborMap& args)
    {
        const Reply reply = caller.call(QString::fromLatin1(Op::JournalGet), args);
        if (!reply.ok)
            qWarning().noquote() << "journal.get:" << reply.error.message;
        return reply.result.toMap();
    }
    static QCborMap get(TestClient& caller, qint64 journal)
    {
        return get(caller, {{QStringLiteral("assignment_id"), journal}});
    }
    // The journal as the deputy reads it through the server that keeps answers.
    QCborMap get(qint64 journal) { return get(client(QStringLiteral("deputy")), journal); }

    bool sql(const QString& statement)
    {
        QSqlQuery query(m_server.ownerDatabase());
        if (query.exec(statement))
            return true;
        qWarning().noquote() << statement << query.lastError().text();
        return false;
    }
    QString value(const QString& statement)
    {
        QSqlQuery query(m_server.ownerDatabase());
        if (!query.exec(statement) || !query.next()) {
            qWarning().noquote() << statement << query.lastError().text();
            return {};
        }
        return query.value(0).toString();
    }

    TestServer m_server;
    SignedInClients m_clients{m_server, password};
    std::unique_ptr<Server> m_plain;
    std::map<QString, std::unique_ptr<TestClient>> m_plainClients;
    qint64 m_teacher = 0;
    qint64 m_period = 0;
    qint64 m_classId = 0;
    qint64 m_subject = 0;
    qint64 m_oral = 0;
    qint64 m_test = 0;
    qint64 m_journal = 0;
    qint64 m_groupJournal = 0;
    QList<qint64> m_students;
    qint64 m_oralLesson = 0;
    qint64 m_testLesson = 0;
    qint64 m_groupLesson = 0;
};

QTEST_GUILESS_MAIN(TestJournalAnswerCache)
#include "tst_JournalAnswerCache.moc"
