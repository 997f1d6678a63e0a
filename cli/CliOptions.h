#pragma once

#include <QCborMap>
#include <QString>
#include <QStringList>

#include <optional>

// How the cli decides to trust the server's TLS certificate.
enum class TrustMode
{
    Pinned,          // the pin stored for host:port (KnownServers)
    Fingerprint,     // the pin given with --fingerprint
    TrustOnFirstUse, // the stored pin, or accept and store an unknown certificate
    Plain,           // no TLS at all
};

// The parsed command line of ejournal-cli (PROTOCOL.md, "ejournal-cli").
struct CliOptions
{
    static constexpr quint16 kDefaultPort = 7443;

    QString host = QStringLiteral("localhost");
    quint16 port = kDefaultPort;
    TrustMode trust = TrustMode::Pinned;
    QByteArray fingerprint; // normalized, only with TrustMode::Fingerprint
    QString login;
    QString password;
    bool batch = false;
    QString op;
    QCborMap args;
};

// Result of parsing: options to run, or an exit code with text for stdout/stderr.
struct CliParseResult
{
    std::optional<CliOptions> options;
    int exitCode = 0;
    QString output; // --help / --version text (stdout)
    QString error;  // why the call was wrong (stderr)
};

// Parses arguments (argv including the program name), reads the password file.
CliParseResult parseCliOptions(const QStringList& arguments);

// Splits "host:port", "host" or "[v6]:port"; nullopt when the port is not 1..65535.
std::optional<std::pair<QString, quint16>> parseServerAddress(const QString& text);

// The first line of a password file without its line ending; nullopt when unreadable.
std::optional<QString> readPasswordFile(const QString& path, QString* why);
