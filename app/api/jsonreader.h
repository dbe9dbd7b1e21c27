#pragma once

#include "api/apitypes.h"
#include "api/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

// Typed, path-aware reads of an API body. Absent and null are "no value"; a present value of
// the wrong type fails the whole decode with the JSON path that was wrong (logged, never the
// body). The first failure wins; later reads become no-ops returning empty values.
class JsonReader {
public:
    explicit JsonReader(const QByteArray &body);

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &where, const QString &what);

    // The decoded value, or an InvalidResponse error naming the first bad path.
    template <typename T> Result<T> finish(T value) const
    {
        if (!failed())
            return Result<T>(std::move(value));
        ApiError error;
        error.kind = ApiError::Kind::InvalidResponse;
        error.detail = m_error;
        return Result<T>(error);
    }

    // The body's top-level object (fails if the body is not a JSON object).
    QJsonObject root();
    // The "data" member of the root: what almost every endpoint wraps its answer in.
    QJsonValue data();

    std::optional<QJsonObject> object(const QJsonValue &v, const QString &where);
    std::optional<QJsonArray> array(const QJsonValue &v, const QString &where);
    OptNumber number(const QJsonValue &v, const QString &where);
    QString string(const QJsonValue &v, const QString &where);
    // A string, number or boolean as text (breakdown values may be numbers, e.g. RAM in GB).
    QString scalarText(const QJsonValue &v, const QString &where);
    QDateTime dateTime(const QJsonValue &v, const QString &where);
    QStringList strings(const QJsonValue &v, const QString &where);
    QVariantMap anyObject(const QJsonValue &v, const QString &where);

    DayValues dayValues(const QJsonValue &v, const QString &where);
    DailySeries dailySeries(const QJsonValue &v, const QString &where);
    Breakdown breakdown(const QJsonValue &v, const QString &where);
    std::optional<QDate> dayKey(const QString &key, const QString &where);

    static QString join(const QString &where, const QString &key);
    static QString join(const QString &where, qsizetype index);

private:
    QJsonValue typeMismatch(const QString &where, const char *expected, const QJsonValue &got);

    QJsonValue m_root;
    QString m_error;
};
