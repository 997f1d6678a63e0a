#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

// The server's own TLS identity: a self-signed certificate made with OpenSSL's library at
// `init`, stored as PEM files in the data directory, pinned by clients on first use.
namespace SelfSignedCertificate {
bool create(const QString& certificatePath, const QString& keyPath, const QString& commonName,
            QString* error);
bool load(const QString& certificatePath, const QString& keyPath, QSslCertificate* certificate,
          QSslKey* key, QString* error);
} // namespace SelfSignedCertificate
