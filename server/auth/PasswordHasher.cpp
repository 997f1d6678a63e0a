#include "auth/PasswordHasher.h"

#include <sodium.h>

namespace {
const unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
const size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
} // namespace

namespace PasswordHasher {

bool initialize()
{
    return sodium_init() >= 0;
}

QString hash(const QString& password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), utf8.size(), kOpsLimit, kMemLimit) != 0)
        return {}; // out of memory
    return QString::fromLatin1(out);
}

bool verify(const QString& storedHash, const QString& password)
{
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return !stored.isEmpty() &&
           crypto_pwhash_str_verify(stored.constData(), utf8.constData(), utf8.size()) == 0;
}

bool needsRehash(const QString& storedHash)
{
    return crypto_pwhash_str_needs_rehash(storedHash.toLatin1().constData(), kOpsLimit,
                                          kMemLimit) != 0;
}

void verifyDummy(const QString& password)
{
    static const QString dummy = hash(QStringLiteral("no such user"));
    verify(dummy, password);
}

QString generatePassword(int length)
{
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    const uint32_t size = sizeof(alphabet) - 1;
    QString password;
    for (int i = 0; i < length; ++i)
        password.append(QLatin1Char(alphabet[randombytes_uniform(size)]));
    return password;
}

} // namespace PasswordHasher
