#pragma once

#include <QByteArray>
#include <QString>

// argon2id password hashes (libsodium's crypto_pwhash_str). Slow on purpose: call it on
// a worker thread, never on the event loop.
namespace PasswordHasher {
bool initialize();
QString hash(const QString& password);
bool verify(const QString& storedHash, const QString& password);
// True when the stored hash was made with weaker parameters than today's.
bool needsRehash(const QString& storedHash);
// Burns the same time as a real verification, for unknown logins.
void verifyDummy(const QString& password);
// A readable random password for first sign-in (no look-alike characters).
QString generatePassword(int length = 10);
} // namespace PasswordHasher
