#include "CliOptions.h"

#include "JsonCbor.h"
#include "net/Fingerprint.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CliOptions", text);
}

CliParseResult wrongCall(const QString& why)
{
    CliParseResult result;
    result.exitCode = 2;
    result.error = why;
    return result;
}
} // namespace

std::optional<std::pair<QString, quint16>> parseServerAddress(const QString& text)
{
    QString host = text.trimmed();
    QString portText;
    if (host.startsWith(QLatin1Char('['))) {
        const qsizetype close = host.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::nullopt;
        const QString rest = host.mid(close + 1);
        host = host.mid(1, close - 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return std::nullopt;
            portText = rest.mid(1);
        }
    } else if (host.count(QLatin1Char(':')) == 1) {
        const qsizetype colon = host.indexOf(QLatin1Char(':'));
        portText = host.mid(colon + 1);
        host = host.left(colon);
    }
    if (host.isEmpty())
        return std::nullopt;
    quint16 port = CliOptions::kDefaultPort;
    if (!portText.isNull()) {
        bool ok = false;
        const uint value = portText.toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return std::nullopt;
        port = quint16(value);
    }
    return std::make_pair(host, port);
}

std::optional<QString> readPasswordFile(const QString& path, QString* why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = tr("cannot read the password file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray line = file.readLine();
    if (file.error() != QFileDevice::NoError) {
        *why = tr("cannot read the password file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

CliParseResult parseCliOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs one journal op (or one per stdin line with --batch) and prints the reply as "
           "one line of JSON. Exit code: 0 ok, 1 error reply, 2 no connection or wrong call."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          tr("Server address (default localhost:7443)."),
                                          QStringLiteral("HOST:PORT"));
    const QCommandLineOption plainOption(QStringLiteral("plain"),
                                         tr("No TLS (tests and loopback only)."));
    const QCommandLineOption fingerprintOption(QStringLiteral("fingerprint"),
                                               tr("Trust only the certificate with this SHA-256."),
                                               QStringLiteral("SHA256"));
    const QCommandLineOption tofuOption(
        QStringLiteral("trust-on-first-use"),
        tr("Accept and remember an unknown server certificate (a changed one is refused)."));
    const QCommandLineOption loginOption(QStringLiteral("login"), tr("Login to sign in with."),
                                         QStringLiteral("LOGIN"));
    const QCommandLineOption passwordFileOption(QStringLiteral("password-file"),
                                                tr("File whose first line is the password."),
                                                QStringLiteral("FILE"));
    const QCommandLineOption batchOption(
        QStringLiteral("batch"),
        tr("Read one JSON request {\"op\":…,\"args\":…} per stdin line, in one session."));
    for (const auto& option : {serverOption, plainOption, fingerprintOption, tofuOption,
                               loginOption, passwordFileOption, batchOption})
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("OP"), tr("Op name, e.g. me or class.list."));
    parser.addPositionalArgument(QStringLiteral("JSON-ARGS"),
                                 tr("The op's arguments as a JSON object (default {})."),
                                 QStringLiteral("[JSON-ARGS]"));

    if (!parser.parse(arguments))
        return wrongCall(parser.errorText());
    if (parser.isSet(helpOption)) {
        CliParseResult result;
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        CliParseResult result;
        result.output = QStringLiteral("ejournal-cli ") + QCoreApplication::applicationVersion();
        return result;
    }

    CliOptions options;
    if (parser.isSet(serverOption)) {
        const auto address = parseServerAddress(parser.value(serverOption));
        if (!address)
            return wrongCall(
                tr("--server wants HOST:PORT, got \"%1\"").arg(parser.value(serverOption)));
        options.host = address->first;
        options.port = address->second;
    }
    const int trustFlags = int(parser.isSet(plainOption)) + int(parser.isSet(fingerprintOption)) +
                           int(parser.isSet(tofuOption));
    if (trustFlags > 1)
        return wrongCall(tr("use only one of --plain, --fingerprint and --trust-on-first-use"));
    if (parser.isSet(plainOption)) {
        options.trust = TrustMode::Plain;
    } else if (parser.isSet(fingerprintOption)) {
        options.trust = TrustMode::Fingerprint;
        options.fingerprint = Fingerprint::normalized(parser.value(fingerprintOption));
        if (options.fingerprint.isEmpty())
            return wrongCall(tr("--fingerprint wants a SHA-256 (64 hex digits, colons "
                                "optional), got \"%1\"")
                                 .arg(parser.value(fingerprintOption)));
    } else if (parser.isSet(tofuOption)) {
        options.trust = TrustMode::TrustOnFirstUse;
    }

    options.login = parser.value(loginOption);
    if (options.login.isEmpty())
        return wrongCall(tr("--login is required"));
    if (!parser.isSet(passwordFileOption))
        return wrongCall(tr("--password-file is required"));

    options.batch = parser.isSet(batchOption);
    const QStringList positional = parser.positionalArguments();
    if (options.batch) {
        if (!positional.isEmpty())
            return wrongCall(tr("--batch reads its ops from stdin; no OP on the command line"));
    } else {
        if (positional.isEmpty())
            return wrongCall(tr("no OP given (see --help)"));
        if (positional.size() > 2)
            return wrongCall(tr("too many arguments; JSON-ARGS must be one argument (quote it)"));
        options.op = positional.at(0);
        if (positional.size() == 2) {
            QString why;
            const auto args = JsonCbor::argsFromJson(positional.at(1).toUtf8(), &why);
            if (!args)
                return wrongCall(tr("invalid JSON-ARGS: %1").arg(why));
            options.args = *args;
        }
    }

    QString why;
    const auto password = readPasswordFile(parser.value(passwordFileOption), &why);
    if (!password)
        return wrongCall(why);
    options.password = *password;

    CliParseResult result;
    result.options = options;
    return result;
}
