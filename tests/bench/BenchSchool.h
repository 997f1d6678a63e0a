#pragma once

#include "BenchSupport.h"
#include "net/Connection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <vector>

// The 1,000-student demo school with a full year of lessons, and `ejournal-server serve` on
// it as a separate process: what the issue-5 benchmarks run against.
class BenchSchool
{
public:
    using Account = DemoCredential;

    BenchSchool();
    ~BenchSchool();

    // Runs the demo generator in this process with the clock at the day after the school
    // year (so every lesson from September to May is there); false on failure.
    bool create(int students);
    // Starts `ejournal-server serve` (TLS unless plain) on 127.0.0.1 with the `options` given;
    // false on failure.
    bool serve(bool plain, const QStringList& options = {});
    void stopServing();

    QString dataDir() const;
    QString socketDir() const;
    // The first school day after the year: the demo's "today".
    QDate demoToday() const { return m_demoToday; }
    const Connection::Endpoint& endpoint() const { return m_endpoint; }
    QString passwordOf(const QString& login) const { return m_accounts.value(login).password; }
    QList<Account> accounts() const { return m_accounts.values(); }

private:
    QTemporaryDir m_dir;
    QDate m_demoToday;
    QMap<QString, Account> m_accounts;
    QProcess m_serve;
    Connection::Endpoint m_endpoint;
};
