#include "protocol/CborLimits.h"

#include <QCborValue>

#include <vector>

namespace {

// A walk over the raw bytes (RFC 8949 heads only: no value is decoded or copied) that
// counts items and container depth before QCborValue::fromCbor builds anything; fromCbor
// then checks what the walk does not (UTF-8, simple values). A stack of what each open
// container still expects replaces recursion.
class CborWalk
{
public:
    CborWalk(const QByteArray& body, const CborLimits& limits)
        : m_data(reinterpret_cast<const quint8*>(body.constData()))
        , m_size(body.size())
        , m_limits(limits)
    {}

    bool run(QString* why)
    {
        if (m_size == 0)
            return fail(why, QStringLiteral("empty frame"));
        if (!item(why))
            return false;
        while (!m_open.empty()) {
            if (!item(why))
                return false;
        }
        if (m_offset != m_size)
            return fail(why, QStringLiteral("more than one item in a frame"));
        return true;
    }

private:
    static constexpr qint64 kIndefinite = -1;

    // Reads one head (or a break inside an indefinite container) and what it implies.
    bool item(QString* why)
    {
        if (m_offset >= m_size)
            return fail(why, QStringLiteral("unexpected end of data"));
        const quint8 initial = m_data[m_offset];
        if (initial == 0xff) { // break: ends the innermost indefinite container
            if (m_open.empty() || m_open.back().remaining != kIndefinite ||
                m_open.back().keyPending)
                return fail(why, QStringLiteral("unexpected break"));
            ++m_offset;
            m_open.pop_back();
            --m_depth;
            closeFinished();
            return true;
        }
        if (++m_items > m_limits.maxItems)
            return fail(why, QStringLiteral("too many items"));
        const int major = initial >> 5;
        quint64 argument = 0;
        bool indefinite = false;
        if (!head(&argument, &indefinite, why))
            return false;
        consumeSlot();
        switch (major) {
        case 0:
        case 1:
            if (indefinite)
                return fail(why, QStringLiteral("malformed integer"));
            break;
        case 2:
        case 3:
            if (!(indefinite ? chunks(major, why) : skip(argument, why)))
                return false;
            break;
        case 4:
        case 5:
            if (m_depth + 1 > m_limits.maxDepth)
                return fail(why, QStringLiteral("nested too deeply"));
            // Every item takes at least a byte: a longer count cannot be right.
            if (!indefinite && argument > quint64(m_size - m_offset) / (major == 5 ? 2 : 1))
                return fail(why, QStringLiteral("malformed container"));
            ++m_depth;
            m_open.push_back({indefinite ? kIndefinite : qint64(argument) * (major == 5 ? 2 : 1),
                              major == 5, false, true});
            break;
        case 6: // a tag: its content is the next item
            if (indefinite)
                return fail(why, QStringLiteral("malformed tag"));
            m_open.push_back({1, false, false, false});
            return true;
        default: // simple values and floats: the head is all there is
            if (indefinite)
                return fail(why, QStringLiteral("unexpected break"));
            break;
        }
        closeFinished();
        return true;
    }

    // The argument of the head at m_offset; moves past the head.
    bool head(quint64* argument, bool* indefinite, QString* why)
    {
        const quint8 additional = m_data[m_offset] & 0x1f;
        ++m_offset;
        if (additional < 24) {
            *argument = additional;
            return true;
        }
        if (additional == 31) {
            *indefinite = true;
            return true;
        }
        if (additional > 27)
            return fail(why, QStringLiteral("malformed item"));
        const qsizetype bytes = qsizetype(1) << (additional - 24);
        if (m_size - m_offset < bytes)
            return fail(why, QStringLiteral("unexpected end of data"));
        quint64 value = 0;
        for (qsizetype i = 0; i < bytes; ++i)
            value = (value << 8) | m_data[m_offset + i];
        m_offset += bytes;
        *argument = value;
        return true;
    }

    bool skip(quint64 bytes, QString* why)
    {
        if (bytes > quint64(m_size - m_offset))
            return fail(why, QStringLiteral("malformed string"));
        m_offset += qsizetype(bytes);
        return true;
    }

    // An indefinite-length string: definite chunks of the same type up to a break.
    bool chunks(int major, QString* why)
    {
        while (true) {
            if (m_offset >= m_size)
                return fail(why, QStringLiteral("unexpected end of data"));
            if (m_data[m_offset] == 0xff) {
                ++m_offset;
                return true;
            }
            if (m_data[m_offset] >> 5 != major)
                return fail(why, QStringLiteral("malformed string"));
            quint64 length = 0;
            bool indefinite = false;
            if (!head(&length, &indefinite, why))
                return false;
            if (indefinite || !skip(length, why))
                return fail(why, QStringLiteral("malformed string"));
        }
    }

    // The item just read fills a slot of the innermost container (or tag).
    void consumeSlot()
    {
        if (m_open.empty())
            return;
        Open& open = m_open.back();
        if (open.remaining == kIndefinite) {
            if (open.map)
                open.keyPending = !open.keyPending;
            return;
        }
        --open.remaining;
    }

    // Containers (and tags) whose last slot was filled by a finished item are done.
    void closeFinished()
    {
        while (!m_open.empty() && m_open.back().remaining == 0) {
            if (m_open.back().container)
                --m_depth;
            m_open.pop_back();
        }
    }

    bool fail(QString* why, const QString& reason)
    {
        *why = reason;
        return false;
    }

    struct Open
    {
        qint64 remaining = 0; // items still expected, or kIndefinite
        bool map = false;
        bool keyPending = false; // an indefinite map between a key and its value
        bool container = true;   // false: a tag waiting for its content
    };

    const quint8* m_data;
    qsizetype m_size;
    qsizetype m_offset = 0;
    qsizetype m_items = 0;
    int m_depth = 0;
    const CborLimits& m_limits;
    std::vector<Open> m_open;
};

bool withinLimits(const QByteArray& body, const CborLimits& limits, QString* why)
{
    return CborWalk(body, limits).run(why);
}

} // namespace

std::optional<QCborMap> parseCborMap(const QByteArray& body, QString* why, const CborLimits& limits)
{
    QString reason;
    if (!withinLimits(body, limits, &reason)) {
        if (why)
            *why = reason;
        return std::nullopt;
    }
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(body, &error);
    if (error.error != QCborError::NoError) {
        if (why)
            *why = error.errorString();
        return std::nullopt;
    }
    if (!value.isMap()) {
        if (why)
            *why = QStringLiteral("frame is not a CBOR map");
        return std::nullopt;
    }
    return value.toMap();
}
