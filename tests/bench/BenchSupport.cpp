#include "BenchSupport.h"

#include "protocol/OpNames.h"
#include "support/TestClient.h"

#include <QCborArray>
#include <QDir>
#include <QFile>

#include <algorithm>

LatencySummary LatencySummary::of(std::vector<qint64> nanoseconds)
{
    LatencySummary summary;
    if (nanoseconds.empty())
        return summary;
    std::sort(nanoseconds.begin(), nanoseconds.end());
    const auto at = [&](double fraction) {
        return nanoseconds.at(
            std::min(nanoseconds.size() - 1, size_t(fraction * nanoseconds.size())));
    };
    summary.count = qint64(nanoseconds.size());
    summary.p50Us = at(0.50) / 1000;
    summary.p99Us = at(0.99) / 1000;
    double sum = 0;
    for (qint64 value : nanoseconds)
        sum += double(value);
    summary.meanUs = sum / double(nanoseconds.size()) / 1000.0;
    return summary;
}

QString serverBinary()
{
    const QString binaries = qEnvironmentVariable("EJOURNAL_BINARY_DIR");
    if (!binaries.isEmpty())
        return binaries + QStringLiteral("/server/ejournal-server");
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral("../../server/ejournal-server"));
}

QList<DemoCredential> readDemoCredentials(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<DemoCredential> accounts;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QStringList fields = line.split(QLatin1Char(','));
        if (fields.size() >= 3 && fields.at(0) != QLatin1String("login"))
            accounts.append({fields.at(0), fields.at(1), fields.at(2)});
    }
    return accounts;
}

JournalShape largestJournal(TestClient& reader)
{
    const Reply assignments = reader.call(QString::fromLatin1(Op::AssignmentList));
    JournalShape largest;
    for (const QCborValue& assignment :
         assignments.result[QStringLiteral("assignments")].toArray()) {
        const qint64 id = assignment[QStringLiteral("id")].toInteger();
        const Reply journal = reader.call(QString::fromLatin1(Op::JournalGet),
                                          {{QStringLiteral("assignment_id"), id}});
        const qsizetype students = journal.result[QStringLiteral("students")].toArray().size();
        const qsizetype lessons = journal.result[QStringLiteral("lessons")].toArray().size();
        if (students * lessons <= largest.students * largest.lessons)
            continue;
        const QCborValue about = journal.result[QStringLiteral("assignment")];
        largest = {id,
                   students,
                   lessons,
                   journal.result[QStringLiteral("cells")].toArray().size(),
                   about[QStringLiteral("class")].toString(),
                   about[QStringLiteral("subject")].toString()};
    }
    return largest;
}
