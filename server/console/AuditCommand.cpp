#include "console/AuditCommand.h"

#include "console/SchoolDatabase.h"
#include "storage/AuditLog.h"

QString AuditCommand::summary() const
{
    return tr("verify the audit log's hash chain (audit verify)");
}

int AuditCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("action"), tr("verify"));
    parser.addOptions({
        {QStringLiteral("data-dir"), tr("The school's data directory."), tr("DIR")},
        {QStringLiteral("db"), tr("An external PostgreSQL (libpq conninfo)."), tr("CONNINFO")},
    });
    if (!parse(parser, arguments))
        return 2;
    if (parser.positionalArguments() != QStringList{QStringLiteral("verify")})
        return fail(tr("Usage: ejournal-server audit verify --data-dir DIR"));
    SchoolDatabase database;
    QString error;
    if (!database.open(parser.value(QStringLiteral("data-dir")), parser.value(QStringLiteral("db")),
                       SchoolDatabase::Mode::Command, &error))
        return fail(error);
    auto verification = AuditLog(database.owner()).verify();
    if (!verification)
        return fail(verification.error().message);
    if (verification->firstBrokenId) {
        out() << tr("AUDIT LOG DAMAGED: row %1 does not match its hash chain (%2 rows checked).")
                     .arg(*verification->firstBrokenId)
                     .arg(verification->rowsChecked)
              << '\n';
        out().flush();
        return 1;
    }
    out() << tr("Audit log intact: %1 rows, hash chain holds.").arg(verification->rowsChecked)
          << '\n';
    out().flush();
    return 0;
}
