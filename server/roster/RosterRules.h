#pragma once

#include "core/Result.h"
#include "domain/SchoolTypes.h"

#include <QCoreApplication>

#include <optional>

// The roster's school rules in one place: changes need the director's order (R22),
// a closed year is read-only (R29), a person needs a name and plausible particulars.
class RosterRules
{
    Q_DECLARE_TR_FUNCTIONS(RosterRules)
public:
    static constexpr int kMaxStudentAgeYears = 25;

    static std::optional<Error> checkOrder(const QString& orderNo, const QDate& orderDate,
                                           const QDate& effectiveDate);
    static std::optional<Error> checkPerson(const PersonData& person, const QDate& today);
    static Error yearClosed();
};
