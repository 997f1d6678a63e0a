#pragma once

#include <QCborMap>
#include <QString>

#include "domain/Role.h"

class DesktopSession;

// Whether the signed-in user may call an op: the `ops[]` list `me` returned, or, from an
// older server without it, a role fallback given by the caller. The server decides anyway.
class OpPermissions
{
public:
    OpPermissions(const QCborMap& me, RoleSet roles);
    explicit OpPermissions(const DesktopSession& session);

    bool allows(const char* op, RoleSet fallbackRoles) const;

private:
    QCborMap m_me;
    RoleSet m_roles;
};
