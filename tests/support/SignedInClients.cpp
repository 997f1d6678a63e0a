#include "support/SignedInClients.h"

#include "support/TestServer.h"

#include <QtDebug>

SignedInClients::SignedInClients(const TestServer& server, const QString& password)
    : m_server(server)
    , m_password(password)
{}

TestClient& SignedInClients::operator[](const QString& login)
{
    auto& slot = m_clients[login];
    if (!slot) {
        slot = std::make_unique<TestClient>(m_server.endpoint());
        if (!slot->connectToServer() || !slot->login(login, m_password).ok)
            qWarning() << "cannot sign in" << login;
    }
    return *slot;
}
