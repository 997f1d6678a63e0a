#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QString>

// SHA-256 certificate fingerprints as people read them ("AB:CD:…") and as we compare
// them (64 lower-case hex digits).
namespace Fingerprint {
QByteArray of(const QSslCertificate& certificate);
// Accepts upper or lower case, with or without colons or spaces; empty if not a SHA-256.
QByteArray normalized(const QString& text);
QString display(const QByteArray& normalizedFingerprint);
} // namespace Fingerprint
