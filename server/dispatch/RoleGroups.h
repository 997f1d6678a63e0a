#pragma once

#include "domain/Role.h"

// Role groups that several op tables use, named once (R17).
namespace RoleGroups {
// Everyone who works at the school: all roles but students and parents.
inline const RoleSet staff{Role::Admin,     Role::Director, Role::Deputy,
                           Role::Secretary, Role::Teacher,  Role::ClassTeacher};
// Administration that works with every class.
inline const RoleSet schoolWide{Role::Admin, Role::Director, Role::Deputy, Role::Secretary};
// Who edits the school's structure.
inline const RoleSet structureEditors{Role::Deputy, Role::Admin};
// Who keeps the rosters (R22).
inline const RoleSet rosterKeepers{Role::Secretary, Role::Admin};
// Students and parents, who see only their own data (R19).
inline const RoleSet family{Role::Student, Role::Parent};
} // namespace RoleGroups
