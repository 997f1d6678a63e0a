#pragma once

#include <QList>
#include <QString>

#include <optional>

// A user's role (R17); one person may hold several.
enum class Role
{
    Admin,
    Director,
    Deputy,
    Secretary,
    Teacher,
    ClassTeacher,
    Student,
    Parent,
};

// Wire, console and CSV code of a role: "admin", "class_teacher", …
QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString& code);
QList<Role> allRoles();

// A set of roles as a bit mask, cheap to copy into every request.
class RoleSet
{
public:
    RoleSet() = default;
    RoleSet(std::initializer_list<Role> roles);

    void insert(Role role) { m_bits |= bit(role); }
    bool contains(Role role) const { return m_bits & bit(role); }
    bool intersects(RoleSet other) const { return m_bits & other.m_bits; }
    bool isEmpty() const { return m_bits == 0; }
    QList<Role> toList() const;
    QStringList codes() const;
    static RoleSet fromCodes(const QStringList& codes);

    bool operator==(const RoleSet&) const = default;

private:
    static unsigned bit(Role role) { return 1u << static_cast<unsigned>(role); }
    unsigned m_bits = 0;
};
