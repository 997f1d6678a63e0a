#pragma once

#include "protocol/ErrorCode.h"

#include <QCborValue>
#include <QString>

// An error as a value: code for programs, Russian message for people, rule id when a
// school rule refused the request.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString rule;
    QCborValue details;
};
