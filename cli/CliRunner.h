#pragma once

#include "CliOptions.h"
#include "net/Connection.h"

#include <QByteArray>
#include <QObject>
#include <QQueue>
#include <QSslCertificate>

class QSocketNotifier;

// Runs one cli session on a Connection: open, trust check, sign in, the op (or the stdin
// batch), sign out; prints replies as JSON lines and reports the exit code.
class CliRunner : public QObject
{
    Q_OBJECT
public:
    explicit CliRunner(CliOptions options, QObject* parent = nullptr);

    void start();

Q_SIGNALS:
    // 0: every reply ok; 1: an error reply; 2: no connection or a refused certificate.
    void finished(int exitCode);

private:
    void open(const QByteArray& pinnedFingerprint);
    void onReady();
    void onClosed(const QString& reason);
    void onUntrustedCertificate(const QSslCertificate& certificate, bool changed);
    void afterClosed(const QString& reason);
    void onLoginReply(const Reply& reply);
    void startBatch();
    void readStdin();
    void takeLines(bool atEnd);
    void runNextBatchLine();
    void signOutAndFinish();
    bool connectionLost(const Reply& reply) const;
    void printReply(const Reply& reply);
    void fail(const QString& message);
    void finish(int exitCode);

    CliOptions m_options;
    Connection m_connection;
    QString m_address;
    // Trust on first use: the unknown certificate's fingerprint we reconnect with and
    // remember once that connection is ready.
    QByteArray m_acceptedFingerprint;
    bool m_reopenWithAcceptedCertificate = false;
    QString m_certificateRefusal;
    bool m_done = false;
    int m_exitCode = 0;

    QSocketNotifier* m_stdinNotifier = nullptr;
    QByteArray m_stdinBuffer;
    QQueue<QByteArray> m_lines;
    bool m_stdinAtEnd = false;
    bool m_requestInFlight = false;
    int m_lineNumber = 0;
};
