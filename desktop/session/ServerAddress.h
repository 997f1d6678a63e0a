#pragma once

#include "net/Connection.h"

#include <QString>

#include <optional>

// "host:port" as people type it, turned into a connection endpoint.
class ServerAddress
{
public:
    static constexpr quint16 kDefaultPort = 7443;

    // Accepts "host", "host:port" and "[v6-address]:port"; nullopt when it is not an address.
    static std::optional<Connection::Endpoint> parse(const QString& text, bool plain);
};
