#include "console/DemoCommand.h"

#include "auth/PasswordHasher.h"
#include "console/InitCommand.h"
#include "console/SchoolDatabase.h"
#include "core/Clock.h"
#include "demo/DemoSchoolPlan.h"
#include "storage/DemoWriter.h"
#include "storage/ManagedCluster.h"
#include "storage/UserStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QSaveFile>
#include <QThread>

#include <atomic>
#include <thread>

namespace {
constexpr int kDefaultStudents = 1000;
constexpr int kMinStudents = 50;
constexpr int kMaxStudents = 20000;
constexpr int kPasswordLength = 10;

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// argon2id takes ~0.1 s a hash: the accounts are hashed on all cores while the school is
// written, and the writer waits for them only at the end.
class ParallelHasher
{
public:
    explicit ParallelHasher(const QStringList& passwords)
        : m_passwords(passwords)
        , m_hashes(passwords.size())
    {
        const int threads = std::max(1, QThread::idealThreadCount());
        for (int i = 0; i < threads; ++i) {
            m_threads.emplace_back([this] {
                for (qsizetype next = m_next++; next < m_passwords.size(); next = m_next++)
                    m_hashes[next] = PasswordHasher::hash(m_passwords.at(next));
            });
        }
    }
    ~ParallelHasher()
    {
        m_next = m_passwords.size(); // the command failed: stop hashing
        wait();
    }

    QStringList wait()
    {
        for (std::thread& thread : m_threads) {
            if (thread.joinable())
                thread.join();
        }
        return m_hashes;
    }

private:
    const QStringList m_passwords;
    QStringList m_hashes;
    std::atomic<qsizetype> m_next{0};
    std::vector<std::thread> m_threads;
};

// Staff first (admin, director, deputies, secretary), then class teachers, teachers,
// students and parents, each group in the plan's order.
QStringList credentialLines(const DemoSchoolPlan& plan)
{
    QStringList lines{QStringLiteral("login,password,role,full_name,class_or_subject")};
    const QList<QList<Role>> groups{
        {Role::Admin, Role::Director, Role::Deputy, Role::Secretary},
        {Role::ClassTeacher},
        {Role::Teacher},
        {Role::Student},
        {Role::Parent},
    };
    for (const QList<Role>& group : groups) {
        for (Role role : group) {
            for (const DemoAccount& account : plan.accounts) {
                if (account.mainRole != role)
                    continue;
                lines.append(QStringList{csvField(account.login), account.password,
                                         roleCode(account.mainRole), csvField(account.fullName),
                                         csvField(account.classOrSubject)}
                                 .join(QLatin1Char(',')));
            }
        }
    }
    return lines;
}
} // namespace

QString DemoCommand::summary() const
{
    return tr("create a demo school: classes, staff, students, a timetable and a year of "
              "lessons and marks (credentials in DIR/demo-credentials.csv)");
}

int DemoCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addOptions({
        {QStringLiteral("data-dir"), tr("The school's data directory."), tr("DIR")},
        {QStringLiteral("students"),
         tr("About how many students (default %1).").arg(kDefaultStudents), tr("N"),
         QString::number(kDefaultStudents)},
        {QStringLiteral("seed"), tr("The seed: the same seed gives the same school (default 1)."),
         tr("S"), QStringLiteral("1")},
    });
    if (!parse(parser, arguments))
        return 2;
    const QString dataDirArgument = parser.value(QStringLiteral("data-dir"));
    if (dataDirArgument.isEmpty())
        return fail(tr("Give --data-dir DIR."));
    bool studentsOk = false;
    bool seedOk = false;
    const int students = parser.value(QStringLiteral("students")).toInt(&studentsOk);
    const int seed = parser.value(QStringLiteral("seed")).toInt(&seedOk);
    if (!studentsOk || students < kMinStudents || students > kMaxStudents)
        return fail(
            tr("--students takes a number from %1 to %2.").arg(kMinStudents).arg(kMaxStudents));
    if (!seedOk)
        return fail(tr("--seed takes a whole number."));
    const QString dataDir = QDir(dataDirArgument).absolutePath();
    const QString credentialsPath = QDir(dataDir).filePath(QStringLiteral("demo-credentials.csv"));

    QElapsedTimer total;
    total.start();
    const auto progress = [this, &total](const QString& step) {
        out() << QStringLiteral("[%1 s] ").arg(total.elapsed() / 1000.0, 0, 'f', 1) << step << '\n';
        out().flush();
    };

    QString error;
    const bool fresh = !ManagedCluster(dataDir).isInitialized();
    SchoolDatabase database;
    if (!fresh) {
        if (!database.open(dataDir, {}, SchoolDatabase::Mode::Command, &error))
            return fail(error);
        auto existing = UserStore(database.owner()).findByLogin(QStringLiteral("deputy"));
        if (!existing)
            return fail(existing.error().message);
        if (existing.value() && QFile::exists(credentialsPath)) {
            out() << tr("The demo school is already there; credentials are in %1.")
                         .arg(credentialsPath)
                  << '\n';
            out().flush();
            return 0;
        }
        if (existing.value())
            return fail(
                tr("%1 holds a school that is not the demo; use another directory.").arg(dataDir));
    }

    const QDateTime now = Clock::current().now();
    DemoSchoolPlan plan = DemoSchoolPlan::generate(students, seed, now.toLocalTime().date());
    QStringList passwords;
    for (DemoAccount& account : plan.accounts) {
        account.password = PasswordHasher::generatePassword(kPasswordLength);
        passwords.append(account.password);
        if (account.existing)
            account.fullName = tr("School administrator");
    }
    progress(tr("planned %1 classes, %2 students, %3 accounts, %4 lessons, %5 journal cells")
                 .arg(plan.classes.size())
                 .arg(plan.students.size())
                 .arg(plan.accounts.size())
                 .arg(plan.lessons.size())
                 .arg(plan.cells.size()));
    if (plan.timetableConflicts > 0)
        progress(tr("warning: %1 timetable lessons share a teacher with another class")
                     .arg(plan.timetableConflicts));
    ParallelHasher hasher(passwords);

    if (fresh) {
        if (!InitCommand::initialize(dataDir, tr("Demo school No. 1"),
                                     PasswordHasher::generatePassword(12), false, &error))
            return fail(error);
        progress(tr("database created"));
        if (!database.open(dataDir, {}, SchoolDatabase::Mode::Command, &error))
            return fail(error);
    }

    AuditEntry audit;
    audit.at = now;
    audit.clientAddress = QStringLiteral("console");
    audit.op = QStringLiteral("console.demo");
    audit.entity = QStringLiteral("school");
    audit.newValue = QJsonObject{{QStringLiteral("students"), int(plan.students.size())},
                                 {QStringLiteral("classes"), int(plan.classes.size())},
                                 {QStringLiteral("accounts"), int(plan.accounts.size())},
                                 {QStringLiteral("lessons"), int(plan.lessons.size())},
                                 {QStringLiteral("seed"), seed}};
    const DemoWriter writer(database.owner(), progress);
    if (auto written = writer.write(
            plan, [&hasher] { return hasher.wait(); }, now, audit);
        !written)
        return fail(written.error().message);

    QSaveFile file(credentialsPath);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write((credentialLines(plan).join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()) <
            0 ||
        !file.commit())
        return fail(tr("Cannot write %1.").arg(credentialsPath));
    QFile::setPermissions(credentialsPath, QFile::ReadOwner | QFile::WriteOwner);
    out() << tr("Demo school created in %1 in %2 s; credentials are in %3.")
                 .arg(dataDir)
                 .arg(total.elapsed() / 1000.0, 0, 'f', 1)
                 .arg(credentialsPath)
          << '\n';
    out().flush();
    return 0;
}
