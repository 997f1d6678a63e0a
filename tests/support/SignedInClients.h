#pragma once

#include "support/TestClient.h"

#include <QString>

#include <map>
#include <memory>

class TestServer;

// One signed-in TestClient per login, made on first use: what most server tests need to
// act as several people at once.
class SignedInClients
{
public:
    SignedInClients(const TestServer& server, const QString& password);

    // Connects and signs in on first use; warns (and the test's calls then fail) if it cannot.
    TestClient& operator[](const QString& login);

private:
    const TestServer& m_server;
    QString m_password;
    std::map<QString, std::unique_ptr<TestClient>> m_clients;
};
