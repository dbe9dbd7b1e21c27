#pragma once

#include "api/apitypes.h"
#include "api/result.h"

#include <QByteArray>
#include <QVariant>

#include <optional>
#include <string_view>
#include <unordered_map>

#include <simdjson.h>

class JsonReader;

// A place in an answer: a value and its JSON path ("data.totalNumbers.users"). Decoders walk
// the answer with at() and read with the typed getters; a value of the wrong type fails the
// decode with this path, so no key is spelled twice. Absent and null read as "no value".
// A node points into its JsonReader's document and lives no longer than the reader.
class JsonNode {
public:
    JsonNode at(const char *key) const { return member(std::string_view(key)); }
    JsonNode at(QLatin1String key) const
    {
        return member(std::string_view(key.data(), size_t(key.size())));
    }
    JsonNode at(const QString &key) const;
    JsonNode at(qsizetype index) const;

    const QString &path() const { return m_path; }
    bool isAbsent() const { return !m_present || m_value.is_null(); }
    // True for an object, without failing for anything else.
    bool isObject() const { return m_present && m_value.is_object(); }
    // True for an object; false when absent; anything else fails the decode.
    bool hasObject() const;

    // Every element of an array (none when absent; anything else fails), while all is well.
    template <typename F> void forEachElement(F &&f) const;
    // Every member of an object in the order sent, with its name, while all is well.
    template <typename F> void forEachMember(F &&f) const;
    // The rows of an array of objects, each read by `read` (a JsonNode to a T): null elements
    // are no row, any other non-object fails the decode, as hasObject() says.
    template <typename T, typename Read> QVector<T> objects(Read &&read) const;

    OptNumber number() const;
    QString string() const;
    // A string, number or boolean as text (breakdown values may be numbers, e.g. RAM in GB).
    QString scalarText() const;
    // scalarText() of a value repeated across rows (a platform, version, country, event type):
    // the rows share one copy of each text instead of one each.
    QString codeText() const;
    QDateTime dateTime() const;
    QStringList strings() const;
    // Any value as QJsonValue::toVariant() gives it (numbers as double, null as nullptr);
    // an invalid QVariant when absent.
    QVariant anyValue() const;
    // An object's members as anyValue() gives them (empty when absent; else fails).
    QVariantMap anyObject() const;
    // The value as minified JSON text (empty when absent).
    QByteArray json() const;
    DayValues dayValues() const;
    DailySeries dailySeries() const;
    Breakdown breakdown() const;

private:
    friend class JsonReader;
    JsonNode(JsonReader *reader, simdjson::dom::element value, bool present, QString path)
        : m_reader(reader)
        , m_value(value)
        , m_present(present)
        , m_path(std::move(path))
    {}
    JsonNode member(std::string_view key) const;
    // Whether the value is there and of `type`; a value of another type fails the decode.
    bool holds(simdjson::dom::element_type type, const char *expected) const;
    std::optional<simdjson::dom::object> object() const;
    std::optional<simdjson::dom::array> array() const;
    // A string's UTF-8 (none when absent; anything but a string fails).
    std::optional<std::string_view> utf8() const;

    JsonReader *m_reader;
    simdjson::dom::element m_value;
    bool m_present;
    QString m_path;
};

// Typed, path-aware reads of an API body, parsed by simdjson's DOM parser: strict JSON, UTF-8
// checked, nesting bounded, the answer read in place when it has spare bytes after it (see
// PaddedBody). Absent and null are "no value"; a present value of the wrong type fails the whole
// decode with the JSON path that was wrong (logged, never the body). The first failure wins;
// later reads become no-ops returning empty values.
class JsonReader {
public:
    explicit JsonReader(const QByteArray &body);
    JsonReader(const JsonReader &) = delete;
    JsonReader &operator=(const JsonReader &) = delete;

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
    // simdjson's text (UTF-8, checked by the parser) as a QString.
    static QString text(std::string_view utf8)
    {
        return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    }

private:
    friend class JsonNode;
    void parse(const QByteArray &body);
    void typeMismatch(const JsonNode &node, const char *expected);
    static QVariant variant(simdjson::dom::element value);

    simdjson::dom::parser m_parser; // owns the document every node points into
    simdjson::dom::element m_root;
    simdjson::error_code m_parseError = simdjson::SUCCESS;
    QString m_error;
    // codeText()'s shared texts, keyed by the document's own (unescaped) strings.
    std::unordered_map<std::string_view, QString> m_codes;
};

template <typename F> void JsonNode::forEachElement(F &&f) const
{
    const auto items = array();
    if (!items)
        return;
    qsizetype i = 0;
    for (const simdjson::dom::element item : *items) {
        if (m_reader->failed())
            break;
        f(JsonNode(m_reader, item, true, JsonReader::join(m_path, i++)));
    }
}

template <typename T, typename Read> QVector<T> JsonNode::objects(Read &&read) const
{
    QVector<T> rows;
    forEachElement([&](const JsonNode &item) {
        if (item.hasObject())
            rows.append(read(item));
    });
    return rows;
}

template <typename F> void JsonNode::forEachMember(F &&f) const
{
    const auto members = object();
    if (!members)
        return;
    for (const simdjson::dom::key_value_pair member : *members) {
        if (m_reader->failed())
            break;
        const QString key = JsonReader::text(member.key);
        f(key, JsonNode(m_reader, member.value, true, JsonReader::join(m_path, key)));
    }
}
