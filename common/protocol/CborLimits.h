#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QString>

#include <optional>

// Limits on a received CBOR document, checked before Qt builds values from it.
struct CborLimits
{
    int maxDepth = 32;
    qsizetype maxItems = 1'000'000;
};

// Parses one frame body that must hold exactly one CBOR map within the limits; on
// failure returns nullopt and says why in `why`.
std::optional<QCborMap> parseCborMap(const QByteArray& body, QString* why,
                                     const CborLimits& limits = {});
