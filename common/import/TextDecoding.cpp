#include "import/TextDecoding.h"

#include <QStringDecoder>

#include <array>

namespace TextDecoding {
namespace {

const QByteArray kBom("\xEF\xBB\xBF", 3);

// Unicode of the Windows-1251 bytes 0x80..0xBF; 0xC0..0xFF are U+0410..U+044F (А..я).
constexpr std::array<char16_t, 64> kHighHalf{
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F, // 0x88
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90
    0x0098, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, // 0x98
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, // 0xA0
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, // 0xA8
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, // 0xB0
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457, // 0xB8
};

enum class Forced
{
    None,
    Utf8,
    Windows1251,
    Unknown,
};

Forced forcedFrom(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key.isEmpty())
        return Forced::None;
    if (key == u"utf-8" || key == u"utf8")
        return Forced::Utf8;
    if (key == u"windows-1251" || key == u"cp1251" || key == u"cp-1251" || key == u"windows1251")
        return Forced::Windows1251;
    return Forced::Unknown;
}

// Decodes UTF-8 known to be valid, or reports invalid bytes through `ok`.
QString fromUtf8(const QByteArray& bytes, bool* ok)
{
    // Stateless, so a sequence cut off at the end counts as an error, not as pending input.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    *ok = !decoder.hasError();
    return text;
}

} // namespace

bool isValidUtf8(const QByteArray& bytes)
{
    bool ok = false;
    fromUtf8(bytes, &ok);
    return ok;
}

QString fromWindows1251Table(const QByteArray& bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80)
            *out++ = QChar(byte);
        else if (byte < 0xC0)
            *out++ = QChar(kHighHalf[byte - 0x80]);
        else
            *out++ = QChar(char16_t(0x0410 + (byte - 0xC0)));
    }
    return text;
}

QString fromWindows1251(const QByteArray& bytes)
{
    // Qt 6.4 reaches Windows-1251 only through ICU; a Qt built without ICU falls back.
    QStringDecoder decoder("windows-1251");
    if (decoder.isValid())
        return decoder.decode(bytes);
    return fromWindows1251Table(bytes);
}

DecodedText decode(const QByteArray& bytes, const QString& forcedEncoding)
{
    const Forced forced = forcedFrom(forcedEncoding);
    if (forced == Forced::Unknown)
        return {};
    if (forced == Forced::Windows1251)
        return {fromWindows1251(bytes), QString::fromLatin1(kWindows1251), true};

    const bool hasBom = bytes.startsWith(kBom);
    const QByteArray body = hasBom ? bytes.mid(kBom.size()) : bytes;
    bool ok = false;
    QString text = fromUtf8(body, &ok);
    const QString name = QString::fromLatin1(hasBom ? kUtf8Bom : kUtf8);
    if (ok || forced == Forced::Utf8)
        return {ok ? text : QString(), name, ok};
    // A BOM in front of bytes that are not UTF-8 was no BOM: the whole file is 1251.
    return {fromWindows1251(bytes), QString::fromLatin1(kWindows1251), true};
}

} // namespace TextDecoding
