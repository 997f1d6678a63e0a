#include "protocol/CborWriter.h"

#include <QtEndian>

#include <cstring>

void CborWriter::text(QLatin1StringView text)
{
    head(kText, quint64(text.size()));
    m_out->append(text.data(), text.size());
}

void CborWriter::text(const QString& text)
{
    // Short texts (the journal's thousands of marks, absences and comments) are encoded in
    // place; a surrogate or a longer text goes through QString::toUtf8.
    constexpr qsizetype kInPlace = 32;
    if (text.size() <= kInPlace) {
        char utf8[3 * kInPlace];
        qsizetype length = 0;
        bool inPlace = true;
        for (const QChar character : text) {
            const char16_t unit = character.unicode();
            if (unit < 0x80) {
                utf8[length++] = char(unit);
            } else if (unit < 0x800) {
                utf8[length++] = char(0xc0 | (unit >> 6));
                utf8[length++] = char(0x80 | (unit & 0x3f));
            } else if (!character.isSurrogate()) {
                utf8[length++] = char(0xe0 | (unit >> 12));
                utf8[length++] = char(0x80 | ((unit >> 6) & 0x3f));
                utf8[length++] = char(0x80 | (unit & 0x3f));
            } else {
                inPlace = false;
                break;
            }
        }
        if (inPlace) {
            head(kText, quint64(length));
            m_out->append(utf8, length);
            return;
        }
    }
    const QByteArray utf8 = text.toUtf8();
    head(kText, quint64(utf8.size()));
    m_out->append(utf8);
}

void CborWriter::integer(qint64 value)
{
    if (value >= 0)
        head(kUnsigned, quint64(value));
    else
        head(kNegative, quint64(-1 - value));
}

void CborWriter::number(double value)
{
    quint64 bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    char bytes[9];
    bytes[0] = char(0xfb);
    qToBigEndian(bits, bytes + 1);
    m_out->append(bytes, sizeof bytes);
}

void CborWriter::head(quint8 major, quint64 value)
{
    char bytes[9];
    const char type = char(major << 5);
    if (value < 24) {
        m_out->append(char(type | char(value)));
        return;
    }
    qsizetype length = 0;
    if (value <= 0xff) {
        bytes[0] = char(type | 24);
        bytes[1] = char(value);
        length = 2;
    } else if (value <= 0xffff) {
        bytes[0] = char(type | 25);
        qToBigEndian(quint16(value), bytes + 1);
        length = 3;
    } else if (value <= 0xffffffffULL) {
        bytes[0] = char(type | 26);
        qToBigEndian(quint32(value), bytes + 1);
        length = 5;
    } else {
        bytes[0] = char(type | 27);
        qToBigEndian(value, bytes + 1);
        length = 9;
    }
    m_out->append(bytes, length);
}
