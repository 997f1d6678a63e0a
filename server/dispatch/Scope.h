#pragma once

#include "dispatch/RequestContext.h"

#include <QCoreApplication>

// Scope checks shared by several areas (R18, R19): which classes a user may see.
class Scope
{
    Q_DECLARE_TR_FUNCTIONS(Scope)
public:
    // Administration that works with every class: admin, director, deputy, secretary.
    static bool isSchoolWide(const RoleSet& roles);
    // Nullopt when the caller may work with the class; `forbidden` (or a storage error) if not.
    static std::optional<Error> checkClass(const RequestContext& context, qint64 classId);
    // The current year's id, or the id given in args["year_id"].
    static Result<qint64> yearFromArgs(const RequestContext& context, const QCborMap& args);
};
