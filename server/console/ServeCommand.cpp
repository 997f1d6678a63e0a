#include "console/ServeCommand.h"

#include "app/Server.h"
#include "app/TerminationSignals.h"
#include "console/SchoolDatabase.h"
#include "net/Fingerprint.h"
#include "storage/SettingsStore.h"
#include "tls/SelfSignedCertificate.h"

#include <QDir>

namespace {
constexpr quint16 kDefaultPort = 7443;

bool parseListen(const QString& text, QHostAddress* address, quint16* port)
{
    if (text.isEmpty())
        return true;
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint value = text.mid(colon + 1).toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    *port = quint16(value);
    if (host.isEmpty() || host == QLatin1String("*"))
        *address = QHostAddress::Any;
    else if (host == QLatin1String("localhost"))
        *address = QHostAddress::LocalHost;
    else if (!address->setAddress(host))
        return false;
    return true;
}
} // namespace

QString ServeCommand::summary() const
{
    return tr("run the server (stops cleanly on SIGTERM or Ctrl+C)");
}

int ServeCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addOptions({
        {QStringLiteral("data-dir"), tr("The school's data directory."), tr("DIR")},
        {QStringLiteral("db"), tr("An external PostgreSQL (libpq conninfo)."), tr("CONNINFO")},
        {QStringLiteral("listen"), tr("Address and port, default 0.0.0.0:7443."), tr("ADDR:PORT")},
        {QStringLiteral("plain"), tr("No TLS (tests and loopback only).")},
        {QStringLiteral("journal-cache"),
         tr("Memory for answers kept for journals opened again unchanged, in MB (default 64; "
            "0: none)."),
         tr("MB")},
    });
    if (!parse(parser, arguments))
        return 2;
    ListenOptions listen;
    listen.port = kDefaultPort;
    if (!parseListen(parser.value(QStringLiteral("listen")), &listen.address, &listen.port))
        return fail(tr("--listen wants ADDR:PORT, e.g. 0.0.0.0:7443."));
    listen.plain = parser.isSet(QStringLiteral("plain"));
    const QString dataDir = parser.value(QStringLiteral("data-dir"));
    QString error;
    if (!listen.plain) {
        if (dataDir.isEmpty())
            return fail(tr("TLS needs the certificate in --data-dir DIR (or use --plain)."));
        if (!SelfSignedCertificate::load(DataDir::certificatePath(dataDir),
                                         DataDir::keyPath(dataDir), &listen.certificate,
                                         &listen.privateKey, &error))
            return fail(error);
    }
    ServerSettings settings;
    if (parser.isSet(QStringLiteral("journal-cache"))) {
        bool number = false;
        const int megabytes = parser.value(QStringLiteral("journal-cache")).toInt(&number);
        if (!number || megabytes < 0 || megabytes > ServerSettings::kMaxJournalAnswerCacheMb)
            return fail(tr("--journal-cache wants a number of megabytes from 0 to %1.")
                            .arg(ServerSettings::kMaxJournalAnswerCacheMb));
        settings.journalAnswerCacheBytes = qsizetype(megabytes) * 1024 * 1024;
    }
    SchoolDatabase database;
    if (!database.open(dataDir, parser.value(QStringLiteral("db")), SchoolDatabase::Mode::Serve,
                       &error))
        return fail(error);
    const QString school = SettingsStore(database.owner())
                               .value(QString::fromLatin1(SettingsStore::kSchoolName))
                               .value();

    Server server(database.config(), settings);
    server.setSchoolName(school);
    if (!server.listen(listen, &error))
        return fail(tr("Cannot listen on %1:%2: %3")
                        .arg(listen.address.toString())
                        .arg(listen.port)
                        .arg(error));
    if (!server.listenForChanges(database.config(), &error))
        return fail(tr("Cannot listen for journal changes: %1").arg(error));
    TerminationSignals terminationSignals;
    QObject::connect(&terminationSignals, &TerminationSignals::received, &server,
                     [](int) { QCoreApplication::exit(0); });
    // A fixed, untranslated line: scripts and tests read the port and fingerprint from it.
    out() << QStringLiteral("ejournal-server: listening on %1:%2 (%3)")
                 .arg(listen.address.toString())
                 .arg(server.port())
                 .arg(listen.plain
                          ? QStringLiteral("plain, no TLS")
                          : QStringLiteral("TLS, certificate %1")
                                .arg(Fingerprint::display(Fingerprint::of(listen.certificate))))
          << '\n';
    out().flush();
    const int code = QCoreApplication::exec();
    server.stop();
    database.close();
    out() << tr("ejournal-server: stopped.") << '\n';
    out().flush();
    return code;
}
