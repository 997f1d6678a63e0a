#include "WriteBench.h"

#include "core/Clock.h"
#include "protocol/OpNames.h"
#include "storage/AuditLog.h"
#include "storage/DatabaseConfig.h"
#include "storage/JournalStore.h"
#include "storage/SqlRunner.h"
#include "support/TestClient.h"

#include <QCborArray>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QThread>

#include <atomic>

namespace {
constexpr qint64 kWarmUpMs = 500;
constexpr qint64 kMeasureMs = 3'000;
constexpr size_t kMaxTargets = 4'000;

QString flipped(const QString& mark)
{
    return mark == QLatin1String("5") ? QStringLiteral("4") : QStringLiteral("5");
}

// The cells of one journal a teacher can write now: lessons from today on (R06 needs no
// reason), with a work type (R04), no correction columns, students still in the class.
std::vector<WriteBench::Target> targetsOf(const QCborMap& journal, const QDate& today)
{
    const QCborMap assignment = journal[QStringLiteral("assignment")].toMap();
    if (assignment[QStringLiteral("grade")].toInteger() < 2 ||
        assignment[QStringLiteral("double_mark")].toBool() ||
        assignment[QStringLiteral("pass_fail")].toBool())
        return {};
    QHash<qint64, QDate> lessonDates;
    for (const QCborValue& lesson : journal[QStringLiteral("lessons")].toArray())
        lessonDates.insert(
            lesson[QStringLiteral("id")].toInteger(),
            QDate::fromString(lesson[QStringLiteral("date")].toString(), Qt::ISODate));
    QHash<QPair<qint64, qint64>, QString> marks;
    QSet<qint64> enrolledBeforeToday; // students who came during the year are left out
    for (const QCborValue& cell : journal[QStringLiteral("cells")].toArray()) {
        const qint64 lessonId = cell[QStringLiteral("lesson_id")].toInteger();
        const qint64 studentId = cell[QStringLiteral("student_id")].toInteger();
        marks.insert({lessonId, studentId}, cell[QStringLiteral("mark")].toString());
        if (lessonDates.value(lessonId) < today)
            enrolledBeforeToday.insert(studentId);
    }
    std::vector<WriteBench::Target> targets;
    for (const QCborValue& lesson : journal[QStringLiteral("lessons")].toArray()) {
        const QDate date =
            QDate::fromString(lesson[QStringLiteral("date")].toString(), Qt::ISODate);
        if (date < today || !lesson[QStringLiteral("work_type_id")].isInteger() ||
            lesson[QStringLiteral("correction_of")].isInteger())
            continue;
        for (const QCborValue& student : journal[QStringLiteral("students")].toArray()) {
            const qint64 lessonId = lesson[QStringLiteral("id")].toInteger();
            const qint64 studentId = student[QStringLiteral("id")].toInteger();
            if (!student[QStringLiteral("left_on")].isNull() ||
                !enrolledBeforeToday.contains(studentId) || targets.size() >= kMaxTargets)
                continue;
            targets.push_back({lessonId, studentId, marks.value({lessonId, studentId})});
        }
    }
    return targets;
}

WriteBench::Figures figuresOf(int clients, std::vector<qint64> latencies)
{
    WriteBench::Figures figures;
    figures.clients = clients;
    figures.seconds = kMeasureMs / 1000.0;
    figures.latency = LatencySummary::of(std::move(latencies));
    figures.writesPerSecond = double(figures.latency.count) / figures.seconds;
    return figures;
}
} // namespace

WriteBench::WriteBench(BenchSchool& school)
    : m_school(school)
{}

WriteBench::~WriteBench() = default;

bool WriteBench::prepare(int count)
{
    TestClient deputy(m_school.endpoint());
    if (!deputy.connectToServer() ||
        !deputy.login(QStringLiteral("deputy"), m_school.passwordOf(QStringLiteral("deputy"))).ok)
        return false;
    QHash<qint64, QList<qint64>> journalsOf; // teacher → assignments
    for (const QCborValue& assignment : deputy.call(QString::fromLatin1(Op::AssignmentList))
                                            .result[QStringLiteral("assignments")]
                                            .toArray())
        journalsOf[assignment[QStringLiteral("teacher_id")].toInteger()].append(
            assignment[QStringLiteral("id")].toInteger());

    int signedIn = 0;
    int answered = 0;
    // Every teacher signs in once, to learn their id; each writing thread signs in again.
    struct Candidate
    {
        QString login;
        qint64 userId = 0;
        std::unique_ptr<Connection> connection;
    };
    std::vector<Candidate> candidates;
    for (const BenchSchool::Account& account : m_school.accounts()) {
        if (account.role != QLatin1String("teacher") &&
            account.role != QLatin1String("class_teacher"))
            continue;
        Candidate candidate;
        candidate.login = account.login;
        candidate.connection = std::make_unique<Connection>(QStringLiteral("bench_journal"));
        candidate.connection->open(m_school.endpoint());
        candidates.push_back(std::move(candidate));
    }
    for (Candidate& writer : candidates) {
        writer.connection->send(
            QString::fromLatin1(Op::AuthLogin),
            QCborMap{{QStringLiteral("login"), writer.login},
                     {QStringLiteral("password"), m_school.passwordOf(writer.login)}},
            [&, writer = &writer](const Reply& reply) {
                ++answered;
                if (!reply.ok)
                    return;
                writer->userId =
                    reply.result[QStringLiteral("user")][QStringLiteral("id")].toInteger();
                ++signedIn;
            });
    }
    if (!spinUntil([&] { return answered == int(candidates.size()); }, 120'000))
        return false;
    // One writer per teacher first; then teachers with more journals write into the next one,
    // as at another computer.
    const QDate today = Clock::current().now().toLocalTime().date();
    for (int round = 0; round < 4 && int(m_writers.size()) < count; ++round) {
        for (const Candidate& candidate : candidates) {
            if (int(m_writers.size()) >= count || !candidate.userId)
                continue;
            QList<qint64>& journals = journalsOf[candidate.userId];
            Writer writer;
            writer.login = candidate.login;
            writer.userId = candidate.userId;
            while (writer.targets.empty() && !journals.isEmpty()) {
                const qint64 assignmentId = journals.takeFirst();
                const Reply journal =
                    deputy.call(QString::fromLatin1(Op::JournalGet),
                                {{QStringLiteral("assignment_id"), assignmentId}});
                writer.targets = targetsOf(journal.result.toMap(), today);
                writer.assignmentId = assignmentId;
            }
            if (writer.targets.size() < 20)
                continue;
            m_writers.push_back(std::move(writer));
        }
    }
    qInfo().noquote() << QStringLiteral("%1 teachers signed in, %2 writers with a journal each")
                             .arg(signedIn)
                             .arg(m_writers.size());
    return int(m_writers.size()) >= count;
}

std::optional<WriteBench::Figures>
WriteBench::inThreads(int clients, const std::function<OneWrite(int index)>& open)
{
    // One thread per client, as separate computers would be: each polls its own connection
    // only (one event loop over all of them spends its time polling the idle ones).
    std::vector<std::vector<qint64>> latencies(clients);
    std::atomic<bool> failed = false;
    std::atomic<int> ready = 0;
    std::atomic<bool> start = false;
    QElapsedTimer clock;
    QList<QThread*> threads;
    for (int index = 0; index < clients; ++index) {
        threads.append(QThread::create([&, index] {
            OneWrite write = open(index);
            if (!write)
                failed = true;
            ++ready;
            while (!start)
                QThread::msleep(1);
            Writer& writer = m_writers.at(index);
            while (write && !failed) {
                const qint64 sentAt = clock.nsecsElapsed();
                if (sentAt / 1'000'000 >= kWarmUpMs + kMeasureMs)
                    break;
                Target& target = writer.targets.at(writer.next++ % writer.targets.size());
                if (!write(writer, target)) {
                    failed = true;
                    break;
                }
                target.mark = flipped(target.mark);
                if (sentAt / 1'000'000 >= kWarmUpMs)
                    latencies[index].push_back(clock.nsecsElapsed() - sentAt);
            }
        }));
        threads.last()->start();
    }
    while (ready < clients)
        QThread::msleep(1);
    clock.start();
    start = true;
    for (QThread* thread : std::as_const(threads)) {
        thread->wait();
        delete thread;
    }
    if (failed)
        return std::nullopt;
    std::vector<qint64> all;
    for (const auto& part : latencies)
        all.insert(all.end(), part.begin(), part.end());
    return figuresOf(clients, std::move(all));
}

std::optional<WriteBench::Figures> WriteBench::throughServer(int clients)
{
    return inThreads(clients, [this](int index) -> OneWrite {
        // The writer signs in again at its own thread's connection.
        const QString login = m_writers.at(index).login;
        auto client = std::make_shared<TestClient>(m_school.endpoint());
        if (!client->connectToServer() || !client->login(login, m_school.passwordOf(login)).ok)
            return {};
        return [client](const Writer&, const Target& target) {
            const Reply reply = client->call(QString::fromLatin1(Op::CellSet),
                                             {{QStringLiteral("lesson_id"), target.lessonId},
                                              {QStringLiteral("student_id"), target.studentId},
                                              {QStringLiteral("mark"), flipped(target.mark)}});
            if (!reply.ok)
                qWarning().noquote() << "cell.set failed:" << reply.error.message;
            return reply.ok;
        };
    });
}

namespace {
// A thread's own database connection, closed when the thread's last write is done.
class ThreadDatabase
{
public:
    ThreadDatabase(const DatabaseConfig& config, int index)
        : m_name(QStringLiteral("bench-direct-%1").arg(index))
        , m_db(config.open(m_name, DatabaseConfig::Account::Application))
    {}
    ~ThreadDatabase()
    {
        m_db = QSqlDatabase();
        closeDatabase(m_name);
    }
    QSqlDatabase& db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};
} // namespace

// Per write, in one transaction opened and closed as the server's dispatcher does (its BEGIN
// rides on the first statement, the audit row on the COMMIT): the cell as it is (the audit row
// records the old value), the upsert of the cell while it still has that version, the audit
// row — the storage calls the server makes, and nothing of the server around them (no session
// check, rules, lesson or roster lookups).
std::optional<WriteBench::Figures> WriteBench::straightToDatabase(int clients)
{
    const DatabaseConfig config = DatabaseConfig::managed(m_school.socketDir());
    return inThreads(clients, [config](int index) -> OneWrite {
        auto database = std::make_shared<ThreadDatabase>(config, index);
        if (!database->db().isOpen())
            return {};
        return [database](const Writer& writer, const Target& target) {
            QSqlDatabase& db = database->db();
            const QDateTime now = Clock::current().now();
            const JournalStore store(db);
            SqlRunner::beginWithNextStatement(db);
            auto before = store.cell(target.lessonId, target.studentId);
            CellRecord after = before ? before.value() : CellRecord{};
            after.mark = flipped(target.mark);
            auto version = before ? store.writeCell(after, before->version, now, writer.userId,
                                                    writer.assignmentId)
                                  : Result<std::optional<int>>(before.error());
            AuditEntry entry;
            entry.at = now;
            entry.userId = writer.userId;
            entry.clientAddress = QStringLiteral("127.0.0.1");
            entry.op = QStringLiteral("cell.set");
            entry.entity = QStringLiteral("journal_cell");
            entry.entityId = target.lessonId;
            entry.oldValue = QJsonObject{{QStringLiteral("mark"), target.mark},
                                         {QStringLiteral("student_id"), target.studentId}};
            entry.newValue = QJsonObject{{QStringLiteral("mark"), after.mark},
                                         {QStringLiteral("student_id"), target.studentId}};
            const Status audited = version && version.value()
                                       ? AuditLog(db).appendAtCommit(entry)
                                       : Status(makeError(ErrorCode::Conflict, QString()));
            if (!audited || !SqlRunner::commit(db)) {
                SqlRunner::rollback(db);
                return false;
            }
            return true;
        };
    });
}
