#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>

// Appends CBOR items to one byte array, for replies too large to build as a QCborValue
// tree first (journal.get): the same items QCborValue::toCbor() writes for these types.
class CborWriter
{
public:
    explicit CborWriter(QByteArray* out)
        : m_out(out)
    {}

    void startMap(quint64 entries) { head(kMap, entries); }
    void startArray(quint64 items) { head(kArray, items); }
    void text(QLatin1StringView text);
    void text(const QString& text);
    void integer(qint64 value);
    void number(double value);
    void boolean(bool value) { m_out->append(char(value ? 0xf5 : 0xf4)); }
    void null() { m_out->append(char(0xf6)); }
    // One item already encoded (e.g. a small QCborValue's toCbor()).
    void encoded(const QByteArray& item) { m_out->append(item); }

private:
    static constexpr quint8 kUnsigned = 0;
    static constexpr quint8 kNegative = 1;
    static constexpr quint8 kText = 3;
    static constexpr quint8 kArray = 4;
    static constexpr quint8 kMap = 5;

    void head(quint8 major, quint64 value);

    QByteArray* m_out;
};
