#pragma once

#include "api/apierror.h"

#include <QDateTime>

#include <optional>
#include <utility>

// Either a decoded value or a typed error; what every API call delivers exactly once, possibly
// after a value from the answer cache (asOf() tells when that answer was received).
template <typename T> class Result {
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(ApiError error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const ApiError &error() const { return m_error; }
    // A value from the answer cache, received at asOf (UTC); a fresh answer follows it.
    bool isFromCache() const { return m_asOf.isValid(); }
    QDateTime asOf() const { return m_asOf; }
    void setAsOf(const QDateTime &received) { m_asOf = received; }

private:
    std::optional<T> m_value;
    ApiError m_error;
    QDateTime m_asOf;
};
