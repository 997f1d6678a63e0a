#pragma once

#include "net/Connection.h"

#include <QCborMap>

// A blocking wrapper over Connection for tests: each call spins an event loop until the
// reply arrives (the in-process server keeps working meanwhile).
class TestClient
{
public:
    explicit TestClient(const Connection::Endpoint& endpoint);

    bool connectToServer(int timeoutMs = 10'000);
    Reply call(const QString& op, const QCborMap& args = {}, int timeoutMs = 10'000);
    // auth.login; returns the reply (token in result on success).
    Reply login(const QString& login, const QString& password);
    Connection& connection() { return m_connection; }

private:
    Connection::Endpoint m_endpoint;
    Connection m_connection;
};
