#include "domain/Role.h"

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<Role, const char*>, 8> roleCodes{{
    {Role::Admin, "admin"},
    {Role::Director, "director"},
    {Role::Deputy, "deputy"},
    {Role::Secretary, "secretary"},
    {Role::Teacher, "teacher"},
    {Role::ClassTeacher, "class_teacher"},
    {Role::Student, "student"},
    {Role::Parent, "parent"},
}};
} // namespace

QString roleCode(Role role)
{
    for (const auto& [candidate, code] : roleCodes) {
        if (candidate == role)
            return QString::fromLatin1(code);
    }
    return {};
}

std::optional<Role> roleFromCode(const QString& code)
{
    for (const auto& [role, candidate] : roleCodes) {
        if (code == QLatin1String(candidate))
            return role;
    }
    return std::nullopt;
}

QList<Role> allRoles()
{
    QList<Role> roles;
    for (const auto& entry : roleCodes)
        roles.append(entry.first);
    return roles;
}

RoleSet::RoleSet(std::initializer_list<Role> roles)
{
    for (Role role : roles)
        insert(role);
}

QList<Role> RoleSet::toList() const
{
    QList<Role> roles;
    for (Role role : allRoles()) {
        if (contains(role))
            roles.append(role);
    }
    return roles;
}

QStringList RoleSet::codes() const
{
    QStringList codes;
    for (Role role : toList())
        codes.append(roleCode(role));
    return codes;
}

RoleSet RoleSet::fromCodes(const QStringList& codes)
{
    RoleSet set;
    for (const QString& code : codes) {
        if (auto role = roleFromCode(code))
            set.insert(*role);
    }
    return set;
}
