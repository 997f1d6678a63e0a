#include "protocol/Message.h"

#include "protocol/CborWriter.h"
#include "protocol/FrameDecoder.h"

namespace {
const QString keyId = QStringLiteral("id");
const QString keyOp = QStringLiteral("op");
const QString keyArgs = QStringLiteral("args");
const QString keyOk = QStringLiteral("ok");
const QString keyResult = QStringLiteral("result");
const QString keyError = QStringLiteral("error");
const QString keyEvent = QStringLiteral("event");
const QString keyData = QStringLiteral("data");
const QString keyCode = QStringLiteral("code");
const QString keyMessage = QStringLiteral("message");
const QString keyRule = QStringLiteral("rule");
const QString keyDetails = QStringLiteral("details");
} // namespace

Reply Reply::success(qint64 id, const QCborValue& result)
{
    Reply reply;
    reply.id = id;
    reply.ok = true;
    reply.result = result;
    return reply;
}

Reply Reply::failure(qint64 id, const Error& error)
{
    Reply reply;
    reply.id = id;
    reply.ok = false;
    reply.error = error;
    return reply;
}

namespace Wire {

QCborMap toCbor(const Request& request)
{
    QCborMap map;
    map.insert(keyId, request.id);
    map.insert(keyOp, request.op);
    map.insert(keyArgs, request.args);
    return map;
}

QCborMap toCbor(const Error& error)
{
    QCborMap map;
    map.insert(keyCode, errorCodeText(error.code));
    map.insert(keyMessage, error.message);
    if (!error.rule.isEmpty())
        map.insert(keyRule, error.rule);
    if (!error.details.isUndefined())
        map.insert(keyDetails, error.details);
    return map;
}

Error errorFromCbor(const QCborMap& map)
{
    Error error;
    error.code = errorCodeFromText(map.value(keyCode).toString());
    error.message = map.value(keyMessage).toString();
    error.rule = map.value(keyRule).toString();
    if (map.contains(keyDetails))
        error.details = map.value(keyDetails);
    return error;
}

QCborMap toCbor(const Reply& reply)
{
    QCborMap map;
    map.insert(keyId, reply.id);
    map.insert(keyOk, reply.ok);
    if (reply.ok)
        map.insert(keyResult, reply.result.isUndefined() ? QCborValue(QCborMap()) : reply.result);
    else
        map.insert(keyError, toCbor(reply.error));
    return map;
}

QCborMap toCbor(const Event& event)
{
    QCborMap map;
    map.insert(keyEvent, event.name);
    map.insert(keyData, event.data);
    return map;
}

QByteArray frame(const Request& request)
{
    return encodeFrame(toCbor(request).toCborValue().toCbor());
}

QByteArray frame(const Reply& reply)
{
    if (!reply.ok || reply.encodedResult.isEmpty())
        return encodeFrame(toCbor(reply).toCborValue().toCbor());
    // The same map as toCbor(reply), with the result's bytes put in as they are.
    QByteArray body;
    body.reserve(reply.encodedResult.size() + 32);
    CborWriter writer(&body);
    writer.startMap(3);
    writer.text(QLatin1StringView("id"));
    writer.integer(reply.id);
    writer.text(QLatin1StringView("ok"));
    writer.boolean(true);
    writer.text(QLatin1StringView("result"));
    writer.encoded(reply.encodedResult);
    return encodeFrame(body);
}

QByteArray frame(const Event& event)
{
    return encodeFrame(toCbor(event).toCborValue().toCbor());
}

std::optional<Request> requestFromCbor(const QCborMap& map, QString* why)
{
    const QCborValue id = map.value(keyId);
    const QCborValue op = map.value(keyOp);
    const QCborValue args = map.value(keyArgs);
    if (!id.isInteger()) {
        *why = QStringLiteral("request without an integer id");
        return std::nullopt;
    }
    if (!op.isString() || op.toString().isEmpty()) {
        *why = QStringLiteral("request without an op");
        return std::nullopt;
    }
    if (!args.isUndefined() && !args.isNull() && !args.isMap()) {
        *why = QStringLiteral("args must be a map");
        return std::nullopt;
    }
    Request request;
    request.id = id.toInteger();
    request.op = op.toString();
    request.args = args.toMap();
    return request;
}

std::optional<std::variant<Reply, Event>> serverMessageFromCbor(const QCborMap& map, QString* why)
{
    if (map.contains(keyEvent)) {
        Event event;
        event.name = map.value(keyEvent).toString();
        event.data = map.value(keyData).toMap();
        if (event.name.isEmpty()) {
            *why = QStringLiteral("event without a name");
            return std::nullopt;
        }
        return event;
    }
    const QCborValue id = map.value(keyId);
    const QCborValue ok = map.value(keyOk);
    if (!id.isInteger() || !ok.isBool()) {
        *why = QStringLiteral("reply without id or ok");
        return std::nullopt;
    }
    Reply reply;
    reply.id = id.toInteger();
    reply.ok = ok.toBool();
    if (reply.ok)
        reply.result = map.value(keyResult);
    else
        reply.error = errorFromCbor(map.value(keyError).toMap());
    return reply;
}

} // namespace Wire
