#pragma once

#include <QString>

// The error codes of PROTOCOL.md; their text form travels on the wire.
enum class ErrorCode
{
    BadRequest,
    UnsupportedProtocol,
    Unauthenticated,
    LockedOut,
    Forbidden,
    NotFound,
    Conflict,
    RuleViolation,
    PeriodLocked,
    YearClosed,
    TooLarge,
    Unavailable,
    Internal,
};

QString errorCodeText(ErrorCode code);
// Unknown text maps to Internal: a newer server's code is still an error.
ErrorCode errorCodeFromText(const QString& text);
