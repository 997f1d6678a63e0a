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

// A second connection as the owner, for a transaction the test holds open; rolled back and
// closed however the test ends, so that a failed check leaves no lock behind.
class SideSession
{
public:
    explicit SideSession(const QSqlDatabase& like)
        : m_db(QSqlDatabase::cloneDatabase(like, QStringLiteral("side")))
    {
        if (!m_db.open())
            qWarning().noquote() << m_db.lastError().text();
    }
    ~SideSession()
    {
        if (m_db.isOpen())
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("side"));
    }
    bool exec(const QString& statement)
    {
        QSqlQuery query(m_db);
        if (query.exec(statement))
            return true;
        qWarning().noquote() << statement << query.lastError().text();
        return false;
    }

private:
    QSqlDatabase m_db;
};
} // namespace

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
        const qint64 year = school.year(m_dates);
        m_period = school.quarter(year, 1, m_dates.startsOn, m_dates.startsOn.addDays(60),
                                  m_dates.startsOn.addDays(65));
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
            m_students.append(
                SchoolBuilder::admit(secretary, m_classId, name, name.left(3), m_dates.startsOn));
        QVERIFY(m_journal && !m_students.contains(0));
        // A subgroup's journal: the first two students learn English in the first group.
        const Reply group = client(QStringLiteral("deputy"))
                                .call(QString::fromLatin1(Op::SubgroupSave),
                                      {{QStringLiteral("class_id"), m_classId},
                                       {QStringLiteral("subject_id"), english},
                                       {QStringLiteral("title"), QStringLiteral("1 группа")}});
        QVERIFY2(group.ok, qPrintable(group.error.message));
        m_subgroup = group.result[QStringLiteral("id")].toInteger();
        const Reply members =
            client(QStringLiteral("admin"))
                .call(QString::fromLatin1(Op::SubgroupSetMembers),
                      {{QStringLiteral("subgroup_id"), m_subgroup},
                       {QStringLiteral("student_ids"), QCborArray{m_students[0], m_students[1]}}});
        QVERIFY2(members.ok, qPrintable(members.error.message));
        m_groupJournal = school.assignment(m_classId, english, m_teacher, 3, m_subgroup);
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
            {QStringLiteral("a lesson added"), [&] { return sql(addLesson(5)); }},
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
             [&] { return sql(addPeriodMark(m_students[0], QStringLiteral("4"))); }},
            {QStringLiteral("a period mark deleted"),
             [&] {
                 return sql(QStringLiteral("DELETE FROM period_mark WHERE assignment_id = %1")
                                .arg(m_journal));
             }},
            {QStringLiteral("a period mark set again"),
             [&] { return sql(addPeriodMark(m_students[1], QStringLiteral("5"))); }},
            {QStringLiteral("every period mark truncated"),
             [&] { return sql(QStringLiteral("TRUNCATE period_mark")); }},
            {QStringLiteral("a lesson added, to be moved"), [&] { return sql(addLesson(7)); }},
            {QStringLiteral("a lesson moved to another journal"),
             [&] {
                 return sql(QStringLiteral("UPDATE lesson SET assignment_id = %1 WHERE "
                                           "assignment_id = %2 AND lesson_no = 7")
                                .arg(m_groupJournal)
                                .arg(m_journal));
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
                                             QStringLiteral("Андреев"), QStringLiteral("Анд"),
                                             m_dates.startsOn) != 0;
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
            {QStringLiteral("a subgroup's member added"),
             [&] {
                 return sql(QStringLiteral("INSERT INTO subgroup_member (subgroup_id, student_id) "
                                           "VALUES (%1, %2)")
                                .arg(m_subgroup)
                                .arg(m_students[2]));
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
    // its lookup saw: it must not be kept for them. Here the lookup is done, the class list
    // (the first read after it) waits for a lock the change holds, and the lessons, read after
    // the change, show it. Restoring a backup of the state before the change brings the
    // lookup's revisions back, and the answer must then be the restored journal's.
    void anAnswerReadAcrossAChangeIsNotKept()
    {
        // A change first, so that the journal is not answered from what was kept.
        QVERIFY(sql(
            QStringLiteral("UPDATE lesson SET homework = '§ 12' WHERE id = %1").arg(m_oralLesson)));
        const QString revision = value(
            QStringLiteral("SELECT revision::text FROM assignment WHERE id = %1").arg(m_journal));
        const QString topic =
            value(QStringLiteral("SELECT topic FROM lesson WHERE id = %1").arg(m_oralLesson));
        QVERIFY(!revision.isEmpty() && !topic.isEmpty());
        const QString changedTopic = QStringLiteral("Смутное время");
        {
            SideSession changing(m_server.ownerDatabase());
            QVERIFY(changing.exec(QStringLiteral("BEGIN")));
            QVERIFY(
                changing.exec(QStringLiteral("LOCK TABLE enrollment IN ACCESS EXCLUSIVE MODE")));
            const qint64 keptBefore = answers().kept();
            std::optional<Reply> reply;
            client(QStringLiteral("deputy"))
                .connection()
                .send(QString::fromLatin1(Op::JournalGet),
                      {{QStringLiteral("assignment_id"), m_journal}},
                      [&reply](const Reply& answer) { reply = answer; });
            QTRY_VERIFY_WITH_TIMEOUT(
                value(QStringLiteral("SELECT count(*) FROM pg_locks WHERE NOT granted "
                                     "AND relation = 'enrollment'::regclass")) ==
                    QLatin1String("1"),
                10'000);
            QVERIFY(!reply);
            QVERIFY(changing.exec(QStringLiteral("UPDATE lesson SET topic = '%1' WHERE id = %2")
                                      .arg(changedTopic)
                                      .arg(m_oralLesson)));
            QVERIFY(changing.exec(QStringLiteral("COMMIT")));
            QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 10'000);
            QVERIFY2(reply->ok, qPrintable(reply->error.message));
            QCOMPARE(topicIn(reply->result.toMap(), m_oralLesson), changedTopic);
            // Looked up before the change, read after it: not kept.
            QCOMPARE(answers().kept(), keptBefore);
        }

        // The backup's state: the topic and the revision as before the change.
        QVERIFY(sql(QStringLiteral("ALTER TABLE lesson DISABLE TRIGGER USER")));
        QVERIFY(sql(QStringLiteral("UPDATE lesson SET topic = '%1' WHERE id = %2")
                        .arg(topic)
                        .arg(m_oralLesson)));
        QVERIFY(sql(QStringLiteral("ALTER TABLE lesson ENABLE TRIGGER USER")));
        QVERIFY(sql(QStringLiteral("UPDATE assignment SET revision = '%1' WHERE id = %2")
                        .arg(revision)
                        .arg(m_journal)));
        const QCborMap restored = get(*m_plainClients[QStringLiteral("deputy")], m_journal);
        QCOMPARE(topicIn(restored, m_oralLesson), topic);
        const qint64 hits = answers().hits();
        QCOMPARE(get(m_journal), restored);
        QCOMPARE(answers().hits(), hits); // made afresh
        QCOMPARE(get(m_journal), restored);
        QCOMPARE(answers().hits(), hits + 1);
    }

    // A journal's revision is set when a transaction commits, so a write into a journal does
    // not wait for another open transaction that wrote into it (with the revision set after
    // every statement, a batch of cells and a single mark could deadlock).
    void aWriteDoesNotWaitForAnotherOpenOneInTheSameJournal()
    {
        {
            SideSession open(m_server.ownerDatabase());
            QVERIFY(open.exec(QStringLiteral("BEGIN")));
            QVERIFY(open.exec(commentOf(m_testLesson, m_students[0], QStringLiteral("у доски"))));
            const Reply reply = client(QStringLiteral("teacher"))
                                    .call(QString::fromLatin1(Op::CellSet),
                                          {{QStringLiteral("lesson_id"), m_testLesson},
                                           {QStringLiteral("student_id"), m_students[1]},
                                           {QStringLiteral("absence"), QStringLiteral("н")}},
                                          3000);
            QVERIFY2(reply.ok, qPrintable(reply.error.message));
            QVERIFY(open.exec(commentOf(m_testLesson, m_students[1], QStringLiteral("у доски"))));
            QVERIFY(open.exec(QStringLiteral("COMMIT")));
        }
        QCOMPARE(get(m_journal), get(*m_plainClients[QStringLiteral("deputy")], m_journal));
    }

    // A batch of cells and another transaction writing the same two cells the other way round
    // deadlock; PostgreSQL ends the batch's transaction, and the server runs the batch again
    // once the other has committed, instead of answering with an internal error.
    void aWriteEndedToBreakADeadlockRunsAgain()
    {
        QVERIFY(sql(
            QStringLiteral("UPDATE subject SET pass_fail = false WHERE id = %1").arg(m_subject)));
        const qint64 runsBefore = m_server.server().dispatcher().conflictRuns();
        const auto cell = [&](qint64 lessonId, const QString& comment) {
            return QCborMap{{QStringLiteral("lesson_id"), lessonId},
                            {QStringLiteral("student_id"), m_students[0]},
                            {QStringLiteral("comment"), comment}};
        };
        const auto comments = [&] {
            return value(QStringLiteral("SELECT string_agg(comment, ',' ORDER BY lesson_id) FROM "
                                        "journal_cell WHERE student_id = %1 AND lesson_id IN "
                                        "(%2, %3)")
                             .arg(m_students[0])
                             .arg(m_oralLesson)
                             .arg(m_testLesson));
        };
        std::optional<Reply> reply;
        {
            SideSession other(m_server.ownerDatabase());
            QVERIFY(other.exec(QStringLiteral("BEGIN")));
            QVERIFY(other.exec(commentOf(m_testLesson, m_students[0], QStringLiteral("другая"))));
            client(QStringLiteral("teacher"))
                .connection()
                .send(QString::fromLatin1(Op::CellsSet),
                      {{QStringLiteral("cells"),
                        QCborArray{cell(m_oralLesson, QStringLiteral("пакет")),
                                   cell(m_testLesson, QStringLiteral("пакет"))}}},
                      [&reply](const Reply& answer) { reply = answer; });
            // The batch has its first cell and waits for the second.
            QTRY_VERIFY_WITH_TIMEOUT(
                value(QStringLiteral("SELECT count(*) FROM pg_locks WHERE NOT granted")) ==
                    QLatin1String("1"),
                10'000);
            // Now the other waits for the batch's first cell: PostgreSQL ends the batch, which
            // waited first, after deadlock_timeout, and this statement goes on.
            QVERIFY(other.exec(commentOf(m_oralLesson, m_students[0], QStringLiteral("другая"))));
            QVERIFY(other.exec(QStringLiteral("COMMIT")));
        }
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 10'000);
        QVERIFY2(reply->ok, qPrintable(reply->error.message));
        QCOMPARE(comments(), QStringLiteral("пакет,пакет"));
        QCOMPARE(m_server.server().dispatcher().conflictRuns(), runsBefore + 1);
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

    // A lesson of today in the test's journal, straight in the database.
    QString addLesson(int lessonNo) const
    {
        return QStringLiteral("INSERT INTO lesson (assignment_id, held_on, lesson_no, taught_by, "
                              "updated_at) VALUES (%1, '%2', %3, %4, now())")
            .arg(m_journal)
            .arg(QDate::currentDate().toString(Qt::ISODate))
            .arg(lessonNo)
            .arg(m_teacher);
    }
    // A first-quarter mark in the test's journal, straight in the database.
    QString addPeriodMark(qint64 studentId, const QString& value) const
    {
        return QStringLiteral("INSERT INTO period_mark (assignment_id, student_id, period_id, "
                              "value, updated_at) VALUES (%1, %2, %3, '%4', now())")
            .arg(m_journal)
            .arg(studentId)
            .arg(m_period)
            .arg(value);
    }

    // A side session's change of one cell's comment.
    static QString commentOf(qint64 lessonId, qint64 studentId, const QString& comment)
    {
        return QStringLiteral("UPDATE journal_cell SET comment = '%1' WHERE lesson_id = %2 AND "
                              "student_id = %3")
            .arg(comment)
            .arg(lessonId)
            .arg(studentId);
    }

    static QString topicIn(const QCborMap& answer, qint64 lessonId)
    {
        for (const QCborValue& lesson : answer[QStringLiteral("lessons")].toArray()) {
            if (lesson[QStringLiteral("id")].toInteger() == lessonId)
                return lesson[QStringLiteral("topic")].toString();
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
    // Lessons are dated today: the year holds it.
    const SchoolBuilder::YearDates m_dates = SchoolBuilder::yearHolding(QDate::currentDate());
    qint64 m_period = 0;
    qint64 m_classId = 0;
    qint64 m_subject = 0;
    qint64 m_oral = 0;
    qint64 m_test = 0;
    qint64 m_journal = 0;
    qint64 m_groupJournal = 0;
    qint64 m_subgroup = 0;
    QList<qint64> m_students;
    qint64 m_oralLesson = 0;
    qint64 m_testLesson = 0;
    qint64 m_groupLesson = 0;
};

QTEST_GUILESS_MAIN(TestJournalAnswerCache)
#include "tst_JournalAnswerCache.moc"
