#include "support/TestClient.h"

#include "core/Result.h"
#include "protocol/OpNames.h"

#include <QEventLoop>
#include <QTimer>

TestClient::TestClient(const Connection::Endpoint& endpoint)
    : m_endpoint(endpoint)
    , m_connection(QStringLiteral("ejournal-tests"))
{}

bool TestClient::connectToServer(int timeoutMs)
{
    QEventLoop loop;
    bool ready = false;
    QObject::connect(&m_connection, &Connection::ready, &loop, [&] {
        ready = true;
        loop.quit();
    });
    QObject::connect(&m_connection, &Connection::closed, &loop, [&] { loop.quit(); });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    m_connection.open(m_endpoint);
    if (m_connection.state() != Connection::State::Ready)
        loop.exec();
    return ready;
}

Reply TestClient::call(const QString& op, const QCborMap& args, int timeoutMs)
{
    QEventLoop loop;
    std::optional<Reply> received;
    m_connection.send(op, args, [&](const Reply& reply) {
        received = reply;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!received)
        loop.exec();
    if (received)
        return *received;
    return Reply::failure(0, makeError(ErrorCode::Unavailable, QStringLiteral("test timeout")));
}

Reply TestClient::login(const QString& login, const QString& password)
{
    return call(QString::fromLatin1(Op::AuthLogin),
                QCborMap{{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
}
