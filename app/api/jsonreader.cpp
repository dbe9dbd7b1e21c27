#include "api/jsonreader.h"

#include "api/isotime.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

namespace {
const char *typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return "null";
    case QJsonValue::Bool:
        return "a boolean";
    case QJsonValue::Double:
        return "a number";
    case QJsonValue::String:
        return "a string";
    case QJsonValue::Array:
        return "an array";
    case QJsonValue::Object:
        return "an object";
    case QJsonValue::Undefined:
        break;
    }
    return "nothing";
}

bool absent(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined();
}
} // namespace

JsonReader::JsonReader(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_error = QStringLiteral("not valid JSON at offset %1: %2")
                      .arg(parseError.offset)
                      .arg(parseError.errorString());
        return;
    }
    if (doc.isObject())
        m_root = doc.object();
    else if (doc.isArray())
        m_root = doc.array();
}

void JsonReader::fail(const QString &where, const QString &what)
{
    if (m_error.isEmpty())
        m_error = where.isEmpty() ? what : where + QStringLiteral(": ") + what;
}

QJsonValue JsonReader::typeMismatch(const QString &where, const char *expected,
                                    const QJsonValue &got)
{
    fail(where, QStringLiteral("expected %1, got %2")
                    .arg(QLatin1String(expected), QLatin1String(typeName(got))));
    return {};
}

QJsonObject JsonReader::root()
{
    if (failed())
        return {};
    if (!m_root.isObject()) {
        typeMismatch(QStringLiteral("(body)"), "an object", m_root);
        return {};
    }
    return m_root.toObject();
}

JsonNode JsonReader::body()
{
    return JsonNode(this, failed() || !m_root.isObject() ? QJsonValue(root()) : m_root, QString());
}

JsonNode JsonNode::member(const QString &key) const
{
    const auto members = m_reader->object(m_value, m_path);
    return JsonNode(m_reader, members ? members->value(key) : QJsonValue(),
                    JsonReader::join(m_path, key));
}

JsonNode JsonNode::at(QLatin1String key) const
{
    return member(QString(key));
}

JsonNode JsonNode::at(const QString &key) const
{
    return member(key);
}

JsonNode JsonNode::at(qsizetype index) const
{
    const auto items = m_reader->array(m_value, m_path);
    return JsonNode(m_reader, items ? items->at(index) : QJsonValue(),
                    JsonReader::join(m_path, index));
}

bool JsonNode::hasObject() const
{
    return m_reader->object(m_value, m_path).has_value();
}

OptNumber JsonNode::number() const
{
    return m_reader->number(m_value, m_path);
}

QString JsonNode::string() const
{
    return m_reader->string(m_value, m_path);
}

QString JsonNode::scalarText() const
{
    return m_reader->scalarText(m_value, m_path);
}

QDateTime JsonNode::dateTime() const
{
    return m_reader->dateTime(m_value, m_path);
}

QStringList JsonNode::strings() const
{
    return m_reader->strings(m_value, m_path);
}

QVariantMap JsonNode::anyObject() const
{
    return m_reader->anyObject(m_value, m_path);
}

DayValues JsonNode::dayValues() const
{
    return m_reader->dayValues(m_value, m_path);
}

DailySeries JsonNode::dailySeries() const
{
    return m_reader->dailySeries(m_value, m_path);
}

Breakdown JsonNode::breakdown() const
{
    return m_reader->breakdown(m_value, m_path);
}

std::optional<QJsonObject> JsonReader::object(const QJsonValue &v, const QString &where)
{
    if (failed() || absent(v))
        return std::nullopt;
    if (!v.isObject()) {
        typeMismatch(where, "an object", v);
        return std::nullopt;
    }
    return v.toObject();
}

std::optional<QJsonArray> JsonReader::array(const QJsonValue &v, const QString &where)
{
    if (failed() || absent(v))
        return std::nullopt;
    if (!v.isArray()) {
        typeMismatch(where, "an array", v);
        return std::nullopt;
    }
    return v.toArray();
}

OptNumber JsonReader::number(const QJsonValue &v, const QString &where)
{
    if (failed() || absent(v))
        return std::nullopt;
    if (!v.isDouble()) {
        typeMismatch(where, "a number", v);
        return std::nullopt;
    }
    return v.toDouble();
}

QString JsonReader::string(const QJsonValue &v, const QString &where)
{
    if (failed() || absent(v))
        return {};
    if (!v.isString()) {
        typeMismatch(where, "a string", v);
        return {};
    }
    return v.toString();
}

QString JsonReader::scalarText(const QJsonValue &v, const QString &where)
{
    if (failed() || absent(v))
        return {};
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble()) {
        // Shortest text that reads back to the same double: 8 stays "8", 2589.5 "2589.5".
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    typeMismatch(where, "a string or number", v);
    return {};
}

QDateTime JsonReader::dateTime(const QJsonValue &v, const QString &where)
{
    const QString text = string(v, where);
    if (text.isEmpty())
        return {};
    const std::optional<qint64> ms = IsoTime::parse(text);
    if (!ms) {
        fail(where, QStringLiteral("not an ISO-8601 time"));
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(*ms).toUTC(); // Qt::UTC, as before
}

QStringList JsonReader::strings(const QJsonValue &v, const QString &where)
{
    QStringList out;
    const auto items = array(v, where);
    if (!items)
        return out;
    for (qsizetype i = 0; i < items->size() && !failed(); ++i) {
        const QJsonValue item = items->at(i);
        if (!absent(item))
            out.append(string(item, join(where, i)));
    }
    return out;
}

QVariantMap JsonReader::anyObject(const QJsonValue &v, const QString &where)
{
    const auto obj = object(v, where);
    return obj ? obj->toVariantMap() : QVariantMap{};
}

std::optional<QDate> JsonReader::dayKey(const QString &key, const QString &where)
{
    const QDate day = QDate::fromString(key, QStringLiteral("yyyy-MM-dd"));
    if (!day.isValid()) {
        fail(join(where, key), QStringLiteral("not a yyyy-MM-dd day"));
        return std::nullopt;
    }
    return day;
}

DayValues JsonReader::dayValues(const QJsonValue &v, const QString &where)
{
    DayValues out;
    const auto obj = object(v, where);
    if (!obj)
        return out;
    for (auto it = obj->constBegin(); it != obj->constEnd() && !failed(); ++it) {
        const auto day = dayKey(it.key(), where);
        const OptNumber value = number(it.value(), join(where, it.key()));
        if (day && value)
            out.insert(*day, *value);
    }
    return out;
}

DailySeries JsonReader::dailySeries(const QJsonValue &v, const QString &where)
{
    DailySeries out;
    const auto obj = object(v, where);
    if (!obj)
        return out;
    for (auto it = obj->constBegin(); it != obj->constEnd() && !failed(); ++it)
        out.insert(it.key(), dayValues(it.value(), join(where, it.key())));
    return out;
}

Breakdown JsonReader::breakdown(const QJsonValue &v, const QString &where)
{
    Breakdown out;
    const auto items = array(v, where);
    if (!items)
        return out;
    out.reserve(items->size());
    for (qsizetype i = 0; i < items->size() && !failed(); ++i) {
        const QString at = join(where, i);
        const auto entry = object(items->at(i), at);
        if (!entry)
            continue;
        ValueCount vc;
        vc.value =
            scalarText(entry->value(QLatin1String("value")), join(at, QStringLiteral("value")));
        vc.count = number(entry->value(QLatin1String("count")), join(at, QStringLiteral("count")))
                       .value_or(0);
        out.append(vc);
    }
    return failed() ? Breakdown{} : out;
}

QString JsonReader::join(const QString &where, const QString &key)
{
    return where.isEmpty() ? key : where + QLatin1Char('.') + key;
}

QString JsonReader::join(const QString &where, qsizetype index)
{
    return where + QStringLiteral("[%1]").arg(index);
}
