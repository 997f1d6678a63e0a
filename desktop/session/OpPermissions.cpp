#include "session/OpPermissions.h"

#include "session/DesktopSession.h"

#include <QCborArray>

OpPermissions::OpPermissions(const QCborMap& me, RoleSet roles)
    : m_me(me)
    , m_roles(roles)
{}

OpPermissions::OpPermissions(const DesktopSession& session)
    : OpPermissions(session.me(), session.user().roles)
{}

bool OpPermissions::allows(const char* op, RoleSet fallbackRoles) const
{
    const QCborValue ops = m_me.value(QStringLiteral("ops"));
    if (ops.isArray())
        return ops.toArray().contains(QCborValue(QString::fromLatin1(op)));
    return fallbackRoles.intersects(m_roles);
}
