#include "auth/SessionToken.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace SessionToken {

QByteArray generate()
{
    QByteArray random(32, Qt::Uninitialized);
    randombytes_buf(random.data(), size_t(random.size()));
    return random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray storedHash(const QByteArray& token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

} // namespace SessionToken
