#pragma once

#include <QString>
#include <QVariant>

#include <chrono>

// The desktop client's remembered settings in QSettings: one enum, one table of keys and
// defaults.
class ClientSettings
{
public:
    enum class Key
    {
        ServerAddress,
        Login,
        PlainConnection,
        AdvancedShown,
        AutoLockMinutes
    };

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);

    QString serverAddress() const { return value(Key::ServerAddress).toString(); }
    void setServerAddress(const QString& address) { setValue(Key::ServerAddress, address); }
    QString login() const { return value(Key::Login).toString(); }
    void setLogin(const QString& login) { setValue(Key::Login, login); }
    bool plainConnection() const { return value(Key::PlainConnection).toBool(); }
    void setPlainConnection(bool plain) { setValue(Key::PlainConnection, plain); }
    // R20: how long without keyboard or mouse before the window locks (at least a minute).
    std::chrono::milliseconds autoLockInterval() const;
};
