#pragma once

#include "protocol/Error.h"

#include <QByteArray>
#include <QCborMap>
#include <QCborValue>
#include <QString>

#include <optional>
#include <variant>

// A client's request: {"id", "op", "args"}.
struct Request
{
    qint64 id = 0;
    QString op;
    QCborMap args;
};

// The server's answer to one request: a result or an error.
struct Reply
{
    qint64 id = 0;
    bool ok = false;
    QCborValue result;
    // Set instead of `result` by the server for a large result it encoded itself; sent as
    // the frame's "result" exactly as `result` would have been.
    QByteArray encodedResult;
    Error error;

    static Reply success(qint64 id, const QCborValue& result);
    static Reply failure(qint64 id, const Error& error);
};

// A push from the server, not tied to a request.
struct Event
{
    QString name;
    QCborMap data;
};

using Message = std::variant<Request, Reply, Event>;

// The one place where protocol messages become CBOR and back.
namespace Wire {
QCborMap toCbor(const Request& request);
QCborMap toCbor(const Reply& reply);
QCborMap toCbor(const Event& event);
QCborMap toCbor(const Error& error);
Error errorFromCbor(const QCborMap& map);

// Frames ready to write to a socket.
QByteArray frame(const Request& request);
QByteArray frame(const Reply& reply);
QByteArray frame(const Event& event);

// What the server expects from a client; nullopt with a reason when it is not a request.
std::optional<Request> requestFromCbor(const QCborMap& map, QString* why);
// What a client expects from a server: a reply or an event.
std::optional<std::variant<Reply, Event>> serverMessageFromCbor(const QCborMap& map, QString* why);
} // namespace Wire
