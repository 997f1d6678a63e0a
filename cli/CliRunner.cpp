#include "CliRunner.h"

#include "JsonCbor.h"
#include "net/Fingerprint.h"
#include "net/KnownServers.h"
#include "protocol/OpNames.h"

#include <QSocketNotifier>
#include <QSslSocket>
#include <QTimer>

#include <cerrno>
#include <cstdio>
#include <unistd.h>

namespace {
// Lines read ahead of the requests in flight; reading pauses above the high mark.
constexpr qsizetype kQueuedLinesHigh = 1024;
constexpr qsizetype kQueuedLinesLow = 64;
constexpr qsizetype kStdinChunkBytes = 64 * 1024;

QString clientName()
{
    return QStringLiteral("ejournal-cli/") + QStringLiteral(EJOURNAL_VERSION);
}

void writeStderr(const QString& text)
{
    const QByteArray bytes = "ejournal-cli: " + text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}
} // namespace

CliRunner::CliRunner(CliOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_connection(clientName())
{
    connect(&m_connection, &Connection::ready, this, &CliRunner::onReady);
    connect(&m_connection, &Connection::closed, this, &CliRunner::onClosed);
    connect(&m_connection, &Connection::untrustedCertificate, this,
            &CliRunner::onUntrustedCertificate);
}

void CliRunner::start()
{
    m_address = m_options.host + QLatin1Char(':') + QString::number(m_options.port);
    if (m_options.trust != TrustMode::Plain && !QSslSocket::supportsSsl()) {
        fail(tr("TLS is not available on this computer (no OpenSSL backend); "
                "only --plain connections are possible."));
        return;
    }
    switch (m_options.trust) {
    case TrustMode::Plain:
        open({});
        break;
    case TrustMode::Fingerprint:
        open(m_options.fingerprint);
        break;
    case TrustMode::Pinned:
    case TrustMode::TrustOnFirstUse:
        open(KnownServers().pinnedFingerprint(m_address));
        break;
    }
}

void CliRunner::open(const QByteArray& pinnedFingerprint)
{
    Connection::Endpoint endpoint;
    endpoint.host = m_options.host;
    endpoint.port = m_options.port;
    endpoint.plain = m_options.trust == TrustMode::Plain;
    endpoint.pinnedFingerprint = pinnedFingerprint;
    m_connection.open(endpoint);
}

void CliRunner::onReady()
{
    if (!m_acceptedFingerprint.isEmpty()) {
        KnownServers().pin(m_address, m_acceptedFingerprint);
        writeStderr(tr("Trusted and remembered the certificate of %1: %2")
                        .arg(m_address, Fingerprint::display(m_acceptedFingerprint)));
        m_acceptedFingerprint.clear();
    }
    QCborMap credentials;
    credentials.insert(QStringLiteral("login"), m_options.login);
    credentials.insert(QStringLiteral("password"), m_options.password);
    m_connection.send(QString::fromLatin1(Op::AuthLogin), credentials,
                      [this](const Reply& reply) { onLoginReply(reply); });
}

void CliRunner::onClosed(const QString& reason)
{
    if (m_done)
        return;
    // Connection emits untrustedCertificate right after closed; decide once both are in.
    QTimer::singleShot(0, this, [this, reason] { afterClosed(reason); });
}

void CliRunner::onUntrustedCertificate(const QSslCertificate& certificate, bool changed)
{
    const QByteArray presented = Fingerprint::of(certificate);
    const QString presentedText = Fingerprint::display(presented);
    if (m_options.trust == TrustMode::Fingerprint) {
        m_certificateRefusal =
            tr("The certificate of %1 does not match --fingerprint.\n"
               "  expected:  %2\n  presented: %3\nThe connection was refused.")
                .arg(m_address, Fingerprint::display(m_options.fingerprint), presentedText);
        return;
    }
    if (changed) {
        const QByteArray pinned = m_acceptedFingerprint.isEmpty()
                                      ? KnownServers().pinnedFingerprint(m_address)
                                      : m_acceptedFingerprint;
        m_certificateRefusal =
            tr("WARNING: the certificate of %1 has CHANGED since it was trusted.\n"
               "  trusted:   %2\n  presented: %3\n"
               "Someone may be impersonating the server. The connection was refused. If the "
               "server was really reinstalled, confirm the new fingerprint with its "
               "administrator and run with --fingerprint %3.")
                .arg(m_address, Fingerprint::display(pinned), presentedText);
        return;
    }
    if (m_options.trust == TrustMode::TrustOnFirstUse && m_acceptedFingerprint.isEmpty()) {
        m_acceptedFingerprint = presented;
        m_reopenWithAcceptedCertificate = true;
        return;
    }
    m_certificateRefusal =
        tr("The server %1 presented a certificate that is not trusted yet.\n"
           "  SHA-256 fingerprint: %2\n"
           "Confirm this fingerprint with the server's administrator, then run again with\n"
           "  --fingerprint %2   to trust it for this call, or\n"
           "  --trust-on-first-use   to trust it and remember it for later calls.")
            .arg(m_address, presentedText);
}

void CliRunner::afterClosed(const QString& reason)
{
    if (m_done)
        return;
    if (m_reopenWithAcceptedCertificate) {
        m_reopenWithAcceptedCertificate = false;
        open(m_acceptedFingerprint);
        return;
    }
    if (!m_certificateRefusal.isEmpty()) {
        fail(m_certificateRefusal);
        return;
    }
    fail(tr("Could not talk to the server %1: %2")
             .arg(m_address, reason.isEmpty() ? tr("the connection was closed") : reason));
}

bool CliRunner::connectionLost(const Reply& reply) const
{
    // Connection answers pending requests with `unavailable` after it has gone down; the
    // closed signal that follows reports it (exit 2), so such a reply is not printed.
    return !reply.ok && reply.error.code == ErrorCode::Unavailable &&
           m_connection.state() == Connection::State::Disconnected;
}

void CliRunner::onLoginReply(const Reply& reply)
{
    if (m_done || connectionLost(reply))
        return;
    if (!reply.ok) {
        printReply(reply);
        finish(1);
        return;
    }
    if (m_options.batch) {
        startBatch();
        return;
    }
    if (m_options.op == QLatin1String(Op::AuthLogin)) {
        // The caller asked for the session itself: print it and keep it open.
        printReply(reply);
        finish(0);
        return;
    }
    m_connection.send(m_options.op, m_options.args, [this](const Reply& opReply) {
        if (m_done || connectionLost(opReply))
            return;
        printReply(opReply);
        m_exitCode = opReply.ok ? 0 : 1;
        if (m_options.op == QLatin1String(Op::AuthLogout))
            finish(m_exitCode);
        else
            signOutAndFinish();
    });
}

void CliRunner::startBatch()
{
    m_stdinNotifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_stdinNotifier, &QSocketNotifier::activated, this, &CliRunner::readStdin);
    m_stdinNotifier->setEnabled(true);
}

void CliRunner::readStdin()
{
    QByteArray chunk(kStdinChunkBytes, Qt::Uninitialized);
    const ssize_t count = ::read(STDIN_FILENO, chunk.data(), size_t(chunk.size()));
    if (count < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (count <= 0) {
        m_stdinNotifier->setEnabled(false);
        m_stdinAtEnd = true;
        takeLines(true);
    } else {
        m_stdinBuffer.append(chunk.constData(), qsizetype(count));
        takeLines(false);
        if (m_lines.size() > kQueuedLinesHigh)
            m_stdinNotifier->setEnabled(false);
    }
    runNextBatchLine();
}

void CliRunner::takeLines(bool atEnd)
{
    qsizetype start = 0;
    for (qsizetype newline = m_stdinBuffer.indexOf('\n'); newline >= 0;
         newline = m_stdinBuffer.indexOf('\n', start)) {
        m_lines.enqueue(m_stdinBuffer.mid(start, newline - start));
        start = newline + 1;
    }
    m_stdinBuffer.remove(0, start);
    if (atEnd && !m_stdinBuffer.isEmpty())
        m_lines.enqueue(std::exchange(m_stdinBuffer, {}));
}

void CliRunner::runNextBatchLine()
{
    while (!m_done && !m_requestInFlight && !m_lines.isEmpty()) {
        const QByteArray line = m_lines.dequeue().trimmed();
        ++m_lineNumber;
        if (m_stdinNotifier && !m_stdinAtEnd && m_lines.size() < kQueuedLinesLow)
            m_stdinNotifier->setEnabled(true);
        if (line.isEmpty())
            continue;
        QString why;
        const auto request = JsonCbor::requestFromJsonLine(line, &why);
        if (!request) {
            const Error error{
                ErrorCode::BadRequest, tr("line %1: %2").arg(m_lineNumber).arg(why), {}, {}};
            printReply(Reply::failure(0, error));
            m_exitCode = 1;
            continue;
        }
        m_requestInFlight = true;
        m_connection.send(request->op, request->args, [this](const Reply& reply) {
            if (m_done || connectionLost(reply))
                return;
            m_requestInFlight = false;
            printReply(reply);
            if (!reply.ok)
                m_exitCode = 1;
            runNextBatchLine();
        });
    }
    if (!m_done && !m_requestInFlight && m_lines.isEmpty() && m_stdinAtEnd)
        signOutAndFinish();
}

void CliRunner::signOutAndFinish()
{
    // The op's reply decides the exit code; the logout's reply is only awaited.
    m_connection.send(QString::fromLatin1(Op::AuthLogout), {},
                      [this](const Reply&) { finish(m_exitCode); });
}

void CliRunner::printReply(const Reply& reply)
{
    const QByteArray line = JsonCbor::replyToJsonLine(reply) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

void CliRunner::fail(const QString& message)
{
    writeStderr(message);
    finish(2);
}

void CliRunner::finish(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    if (m_stdinNotifier)
        m_stdinNotifier->setEnabled(false);
    m_connection.close();
    Q_EMIT finished(exitCode);
}
