#pragma once

#include <QByteArray>

// 256-bit random session tokens; the database keeps only their SHA-256.
namespace SessionToken {
QByteArray generate(); // base64url text, what the client holds
QByteArray storedHash(const QByteArray& token);
} // namespace SessionToken
