#include "dispatch/Scope.h"

#include "dispatch/RoleGroups.h"

#include "storage/StructureStore.h"

bool Scope::isSchoolWide(const RoleSet& roles)
{
    return roles.intersects(RoleGroups::schoolWide);
}

std::optional<Error> Scope::checkClass(const RequestContext& context, qint64 classId)
{
    if (isSchoolWide(context.user().roles))
        return std::nullopt;
    auto reaches = StructureStore(context.db).userReachesClass(context.userId(), classId);
    if (!reaches)
        return reaches.error();
    if (!reaches.value())
        return makeError(ErrorCode::Forbidden, tr("This class is not yours."));
    return std::nullopt;
}

Result<qint64> Scope::yearFromArgs(const RequestContext& context, const QCborMap& args)
{
    const QCborValue given = args.value(QStringLiteral("year_id"));
    if (given.isInteger())
        return given.toInteger();
    auto years = StructureStore(context.db).years(context.today());
    if (!years)
        return years.error();
    for (const AcademicYear& year : years.value()) {
        if (year.current)
            return year.id;
    }
    return makeError(ErrorCode::NotFound, tr("No school year has been set up yet."));
}
