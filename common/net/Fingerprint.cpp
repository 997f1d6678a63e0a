#include "net/Fingerprint.h"

#include <QCryptographicHash>

namespace Fingerprint {

QByteArray of(const QSslCertificate& certificate)
{
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

QByteArray normalized(const QString& text)
{
    QByteArray hex;
    for (QChar c : text) {
        if (c == QLatin1Char(':') || c.isSpace())
            continue;
        // isxdigit of a negative char (any non-ASCII Latin-1 letter) is undefined.
        if (c.unicode() > 0x7f || !isxdigit(c.toLatin1()))
            return {};
        hex.append(char(c.toLower().toLatin1()));
    }
    return hex.size() == 64 ? hex : QByteArray();
}

QString display(const QByteArray& normalizedFingerprint)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < normalizedFingerprint.size(); i += 2)
        pairs.append(QString::fromLatin1(normalizedFingerprint.mid(i, 2)).toUpper());
    return pairs.join(QLatin1Char(':'));
}

} // namespace Fingerprint
