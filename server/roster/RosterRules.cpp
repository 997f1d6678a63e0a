#include "roster/RosterRules.h"

std::optional<Error> RosterRules::checkOrder(const QString& orderNo, const QDate& orderDate,
                                             const QDate& effectiveDate)
{
    if (orderNo.trimmed().isEmpty() || !orderDate.isValid()) {
        return makeError(ErrorCode::RuleViolation,
                         tr("Admission, transfer and expulsion need the number and date of the "
                            "director's order (R22)."),
                         QStringLiteral("R22"));
    }
    if (effectiveDate.isValid() && orderDate > effectiveDate.addYears(1)) {
        return makeError(ErrorCode::RuleViolation,
                         tr("The order's date does not fit the date of the change (R22)."),
                         QStringLiteral("R22"));
    }
    return std::nullopt;
}

std::optional<Error> RosterRules::checkPerson(const PersonData& person, const QDate& today)
{
    if (person.lastName.isEmpty() || person.firstName.isEmpty())
        return makeError(ErrorCode::BadRequest,
                         tr("A student needs a last name and a first name."));
    if (!person.sex.isEmpty() && person.sex != QStringLiteral("м") &&
        person.sex != QStringLiteral("ж"))
        return makeError(ErrorCode::BadRequest, tr("Sex is «м» or «ж»."));
    if (person.birthDate.isValid() &&
        (person.birthDate > today || person.birthDate < today.addYears(-kMaxStudentAgeYears)))
        return makeError(ErrorCode::BadRequest,
                         tr("The date of birth is not plausible for a student."));
    return std::nullopt;
}

Error RosterRules::yearClosed()
{
    return makeError(ErrorCode::YearClosed, tr("That school year is closed and read-only (R29)."),
                     QStringLiteral("R29"));
}
