#include "protocol/CborLimits.h"

#include <QCborStreamReader>
#include <QCborValue>

namespace {

// Skips a text or byte string without copying or decoding it: QCborValue::fromCbor checks
// its content afterwards, this pass only counts items and depth.
bool skipString(QCborStreamReader& reader)
{
    return reader.next();
}

// Walks the document without recursion, counting depth and items.
bool withinLimits(const QByteArray& body, const CborLimits& limits, QString* why)
{
    QCborStreamReader reader(body);
    int depth = 0;
    qsizetype items = 0;
    int topLevelItems = 0;
    while (true) {
        if (reader.lastError() != QCborError::NoError) {
            *why = reader.lastError().toString();
            return false;
        }
        if (!reader.hasNext()) {
            if (depth == 0) {
                // At the top level hasNext() is false after the first item whatever follows,
                // and QCborValue::fromCbor ignores trailing bytes too: check them here.
                if (reader.currentOffset() != body.size()) {
                    *why = QStringLiteral("more than one item in a frame");
                    return false;
                }
                break;
            }
            if (!reader.leaveContainer()) {
                *why = QStringLiteral("malformed container");
                return false;
            }
            --depth;
            continue;
        }
        if (depth == 0 && ++topLevelItems > 1) {
            *why = QStringLiteral("more than one item in a frame");
            return false;
        }
        if (++items > limits.maxItems) {
            *why = QStringLiteral("too many items");
            return false;
        }
        switch (reader.type()) {
        case QCborStreamReader::Array:
        case QCborStreamReader::Map:
            if (++depth > limits.maxDepth) {
                *why = QStringLiteral("nested too deeply");
                return false;
            }
            if (!reader.enterContainer()) {
                *why = QStringLiteral("malformed container");
                return false;
            }
            break;
        case QCborStreamReader::String:
            if (!skipString(reader)) {
                *why = QStringLiteral("malformed text string");
                return false;
            }
            break;
        case QCborStreamReader::ByteArray:
            if (!skipString(reader)) {
                *why = QStringLiteral("malformed byte string");
                return false;
            }
            break;
        case QCborStreamReader::Invalid:
            *why = reader.lastError() != QCborError::NoError ? reader.lastError().toString()
                                                             : QStringLiteral("invalid CBOR");
            return false;
        default:
            // Integers, simple values, floats and tag headers are fixed-size items.
            if (!reader.next()) {
                *why = QStringLiteral("malformed item");
                return false;
            }
            break;
        }
    }
    if (topLevelItems == 0) {
        *why = QStringLiteral("empty frame");
        return false;
    }
    return true;
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
