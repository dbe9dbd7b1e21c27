#pragma once

#include "api/apitypes.h"
#include "api/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

class JsonReader;

// A place in an answer: a value and its JSON path ("data.totalNumbers.users"). Decoders walk
// the answer with at() and read with the typed getters; a value of the wrong type fails the
// decode with this path, so no key is spelled twice. Absent and null read as "no value".
class JsonNode {
public:
    JsonNode at(const char *key) const { return at(QLatin1String(key)); }
    JsonNode at(QLatin1String key) const;
    JsonNode at(const QString &key) const;
    JsonNode at(qsizetype index) const;

    const QString &path() const { return m_path; }
    const QJsonValue &value() const { return m_value; }
    bool isAbsent() const { return m_value.isNull() || m_value.isUndefined(); }
    // True for an object; false when absent; anything else fails the decode.
    bool hasObject() const;

    // Every element of an array (none when absent; anything else fails), while all is well.
    template <typename F> void forEachElement(F &&f) const;
    // Every member of an object, with its name, while all is well.
    template <typename F> void forEachMember(F &&f) const;

    OptNumber number() const;
    QString string() const;
    // A string, number or boolean as text (breakdown values may be numbers, e.g. RAM in GB).
    QString scalarText() const;
    QDateTime dateTime() const;
    QStringList strings() const;
    QVariantMap anyObject() const;
    DayValues dayValues() const;
    DailySeries dailySeries() const;
    Breakdown breakdown() const;

private:
    friend class JsonReader;
    JsonNode(JsonReader *reader, QJsonValue value, QString path)
        : m_reader(reader)
        , m_value(std::move(value))
        , m_path(std::move(path))
    {}
    JsonNode member(const QString &key) const;

    JsonReader *m_reader;
    QJsonValue m_value;
    QString m_path;
};

// Typed, path-aware reads of an API body. Absent and null are "no value"; a present value of
// the wrong type fails the whole decode with the JSON path that was wrong (logged, never the
// body). The first failure wins; later reads become no-ops returning empty values.
class JsonReader {
public:
    explicit JsonReader(const QByteArray &body);

    // The answer's top level, which must be an object (else the decode fails): where a
    // decoder starts walking with JsonNode::at().
    JsonNode body();

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

    // A yyyy-MM-dd member name as a day (else the decode fails at where.key).
    std::optional<QDate> dayKey(const QString &key, const QString &where);

    static QString join(const QString &where, const QString &key);
    static QString join(const QString &where, qsizetype index);

private:
    friend class JsonNode;
    // The typed reads behind JsonNode, each of a value at a path. root() is the body's
    // top-level object (it fails if the body is not a JSON object).
    QJsonObject root();

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

    QJsonValue typeMismatch(const QString &where, const char *expected, const QJsonValue &got);

    QJsonValue m_root;
    QString m_error;
};

template <typename F> void JsonNode::forEachElement(F &&f) const
{
    const auto items = m_reader->array(m_value, m_path);
    if (!items)
        return;
    for (qsizetype i = 0; i < items->size() && !m_reader->failed(); ++i)
        f(JsonNode(m_reader, items->at(i), JsonReader::join(m_path, i)));
}

template <typename F> void JsonNode::forEachMember(F &&f) const
{
    const auto members = m_reader->object(m_value, m_path);
    if (!members)
        return;
    for (auto it = members->constBegin(); it != members->constEnd() && !m_reader->failed(); ++it)
        f(it.key(), JsonNode(m_reader, it.value(), JsonReader::join(m_path, it.key())));
}
