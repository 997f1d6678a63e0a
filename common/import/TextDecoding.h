#pragma once

#include <QByteArray>
#include <QString>

// Turns the bytes of an imported text file (class lists, lesson plans) into text: UTF-8
// with or without a byte-order mark, otherwise Windows-1251 as Russian Excel saves it.
namespace TextDecoding {

// Names reported in DecodedText::encodingName.
inline constexpr char kUtf8[] = "UTF-8";
inline constexpr char kUtf8Bom[] = "UTF-8 (BOM)";
inline constexpr char kWindows1251[] = "Windows-1251";

struct DecodedText
{
    QString text;         // without the byte-order mark
    QString encodingName; // kUtf8, kUtf8Bom or kWindows1251; empty if the name was unknown
    bool ok = false;      // false: forced UTF-8 with invalid bytes, or an unknown encoding name
};

// Detects the encoding: a UTF-8 BOM, else valid UTF-8, else Windows-1251 (which decodes
// any bytes). `forcedEncoding` ("utf-8"/"utf8", "windows-1251"/"cp1251", any case)
// overrides detection; a BOM is still stripped from forced UTF-8.
DecodedText decode(const QByteArray& bytes, const QString& forcedEncoding = {});

// True if the bytes are complete, well-formed UTF-8 (an empty array is).
bool isValidUtf8(const QByteArray& bytes);

// Windows-1251 through Qt's ICU codec when available, else through our own table.
QString fromWindows1251(const QByteArray& bytes);
// Our own table alone (0x98, unassigned in Windows-1251, maps to U+0098 as in ICU).
QString fromWindows1251Table(const QByteArray& bytes);

} // namespace TextDecoding
