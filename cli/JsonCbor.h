#pragma once

#include "protocol/Message.h"

#include <QByteArray>
#include <QCborMap>
#include <QJsonObject>
#include <QString>

#include <optional>

// Converts between the cli's JSON (command line, stdin, stdout) and the wire's CBOR.
namespace JsonCbor {
// A JSON object as request args; empty text means {}. Anything but an object is refused.
std::optional<QCborMap> argsFromJson(const QByteArray& text, QString* why);

// One --batch line: {"op": <text>, "args": <object, optional>}.
std::optional<Request> requestFromJsonLine(const QByteArray& line, QString* why);

// {"ok":true,"result":…} or {"ok":false,"error":{"code","message","rule"?,"details"?}}.
QJsonObject replyToJson(const Reply& reply);
// The same as one line of compact JSON, without the newline.
QByteArray replyToJsonLine(const Reply& reply);
} // namespace JsonCbor
