#include "JsonCbor.h"

#include "protocol/ErrorCode.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {
QJsonValue toJson(const QCborValue& value)
{
    // A reply without a result (or with undefined) prints as null, not as a missing key.
    if (value.isUndefined())
        return QJsonValue(QJsonValue::Null);
    return value.toJsonValue();
}

QJsonObject errorToJson(const Error& error)
{
    QJsonObject object;
    object.insert(QStringLiteral("code"), errorCodeText(error.code));
    object.insert(QStringLiteral("message"), error.message);
    if (!error.rule.isEmpty())
        object.insert(QStringLiteral("rule"), error.rule);
    if (!error.details.isUndefined())
        object.insert(QStringLiteral("details"), toJson(error.details));
    return object;
}

// Compact JSON text of any value; QJsonDocument only writes objects and arrays.
QByteArray compact(const QJsonValue& value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

std::optional<QJsonDocument> parseJson(const QByteArray& text, QString* why)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        *why = QStringLiteral("%1 at offset %2").arg(error.errorString()).arg(error.offset);
        return std::nullopt;
    }
    return document;
}
} // namespace

namespace JsonCbor {

std::optional<QCborMap> argsFromJson(const QByteArray& text, QString* why)
{
    if (text.trimmed().isEmpty())
        return QCborMap();
    const auto document = parseJson(text, why);
    if (!document)
        return std::nullopt;
    if (!document->isObject()) {
        *why = QStringLiteral("the arguments must be a JSON object");
        return std::nullopt;
    }
    return QCborValue::fromJsonValue(document->object()).toMap();
}

std::optional<Request> requestFromJsonLine(const QByteArray& line, QString* why)
{
    const auto document = parseJson(line, why);
    if (!document)
        return std::nullopt;
    if (!document->isObject()) {
        *why = QStringLiteral("a request must be a JSON object {\"op\":…,\"args\":…}");
        return std::nullopt;
    }
    const QJsonObject object = document->object();
    const QJsonValue op = object.value(QStringLiteral("op"));
    const QJsonValue args = object.value(QStringLiteral("args"));
    if (!op.isString() || op.toString().isEmpty()) {
        *why = QStringLiteral("a request needs \"op\" as a non-empty string");
        return std::nullopt;
    }
    if (!args.isUndefined() && !args.isNull() && !args.isObject()) {
        *why = QStringLiteral("\"args\" must be a JSON object");
        return std::nullopt;
    }
    Request request;
    request.op = op.toString();
    request.args = QCborValue::fromJsonValue(args.toObject()).toMap();
    return request;
}

QJsonObject replyToJson(const Reply& reply)
{
    QJsonObject object;
    object.insert(QStringLiteral("ok"), reply.ok);
    if (reply.ok)
        object.insert(QStringLiteral("result"), toJson(reply.result));
    else
        object.insert(QStringLiteral("error"), errorToJson(reply.error));
    return object;
}

QByteArray replyToJsonLine(const Reply& reply)
{
    // Written by hand so "ok" comes first as in PROTOCOL.md (QJsonObject sorts its keys).
    QByteArray line = reply.ok ? QByteArrayLiteral("{\"ok\":true,\"result\":")
                               : QByteArrayLiteral("{\"ok\":false,\"error\":{\"code\":");
    if (reply.ok) {
        line += compact(toJson(reply.result));
    } else {
        line += compact(errorCodeText(reply.error.code));
        line += ",\"message\":" + compact(reply.error.message);
        if (!reply.error.rule.isEmpty())
            line += ",\"rule\":" + compact(reply.error.rule);
        if (!reply.error.details.isUndefined())
            line += ",\"details\":" + compact(toJson(reply.error.details));
        line += '}';
    }
    line += '}';
    return line;
}

} // namespace JsonCbor
