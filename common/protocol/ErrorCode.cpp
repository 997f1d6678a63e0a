#include "protocol/ErrorCode.h"

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<ErrorCode, const char*>, 13> errorCodeTexts{{
    {ErrorCode::BadRequest, "bad_request"},
    {ErrorCode::UnsupportedProtocol, "unsupported_protocol"},
    {ErrorCode::Unauthenticated, "unauthenticated"},
    {ErrorCode::LockedOut, "locked_out"},
    {ErrorCode::Forbidden, "forbidden"},
    {ErrorCode::NotFound, "not_found"},
    {ErrorCode::Conflict, "conflict"},
    {ErrorCode::RuleViolation, "rule_violation"},
    {ErrorCode::PeriodLocked, "period_locked"},
    {ErrorCode::YearClosed, "year_closed"},
    {ErrorCode::TooLarge, "too_large"},
    {ErrorCode::Unavailable, "unavailable"},
    {ErrorCode::Internal, "internal"},
}};
} // namespace

QString errorCodeText(ErrorCode code)
{
    for (const auto& [candidate, text] : errorCodeTexts) {
        if (candidate == code)
            return QString::fromLatin1(text);
    }
    return QStringLiteral("internal");
}

ErrorCode errorCodeFromText(const QString& text)
{
    for (const auto& [code, candidate] : errorCodeTexts) {
        if (text == QLatin1String(candidate))
            return code;
    }
    return ErrorCode::Internal;
}
