#pragma once

#include "protocol/Error.h"

#include <utility>
#include <variant>

// A value or an Error (STYLE rule 6): what handlers and storage functions return.
template <typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_value(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_value); }
    T&& value() && { return std::get<T>(std::move(m_value)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<Error>(m_value); }

private:
    std::variant<T, Error> m_value;
};

// For operations that return nothing but may fail.
struct Done
{
};
using Status = Result<Done>;

inline Error makeError(ErrorCode code, const QString& message, const QString& rule = {})
{
    return Error{code, message, rule, {}};
}
