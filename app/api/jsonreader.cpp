#include "api/jsonreader.h"

#include "api/decoders.h"
#include "api/isotime.h"
#include "api/paddedbody.h"

#include <QLocale>

namespace {
namespace dom = simdjson::dom;

// Deeper than any answer of the API, and bounded: a hostile answer nested 10 000 deep is refused.
constexpr size_t kMaxDepth = 256;
static_assert(Decode::kBodyPadding >= simdjson::SIMDJSON_PADDING, "simdjson reads past the end");

const char *typeName(dom::element v)
{
    switch (v.type()) {
    case dom::element_type::NULL_VALUE:
        return "null";
    case dom::element_type::BOOL:
        return "a boolean";
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
    case dom::element_type::DOUBLE:
        return "a number";
    case dom::element_type::STRING:
        return "a string";
    case dom::element_type::ARRAY:
        return "an array";
    case dom::element_type::OBJECT:
        return "an object";
    }
    return "nothing";
}

// Every JSON number as the double QJsonValue made of it (the decoders' one number type).
std::optional<double> toDouble(dom::element v)
{
    switch (v.type()) {
    case dom::element_type::INT64:
        return double(int64_t(v));
    case dom::element_type::UINT64:
        return double(uint64_t(v));
    case dom::element_type::DOUBLE:
        return double(v);
    default:
        return std::nullopt;
    }
}
} // namespace

JsonReader::JsonReader(const QByteArray &body)
{
    parse(body);
    // Valid JSON simdjson refuses (a 21-digit integer, a lone surrogate): read as Qt reads it.
    if (m_parseError != simdjson::SUCCESS && SimdjsonInput::errorMayBeValidJson(m_parseError)) {
        const QByteArray readable = SimdjsonInput::readableCopy(body);
        if (!readable.isEmpty()) {
            m_error.clear();
            parse(readable);
        }
    }
}

void JsonReader::parse(const QByteArray &body)
{
    const PaddedBody padded(body);
    const simdjson::padded_string_view &text = padded.view();
    // The document is built from the padded bytes in place; it keeps its own copies of the
    // strings, so the copy a PaddedBody may have made can go at the end of this function.
    if (const auto error = m_parser.allocate(text.length(), kMaxDepth)) {
        m_parseError = error;
        m_error = QStringLiteral("(body): too large to read (%1)")
                      .arg(QLatin1String(simdjson::error_message(error)));
        return;
    }
    const auto root = m_parser.parse(text.data(), text.length(), false);
    m_parseError = root.error();
    if (root.error()) {
        m_error = QStringLiteral("(body): not valid JSON (%1)")
                      .arg(QLatin1String(simdjson::error_message(root.error())));
        return;
    }
    m_root = root.value_unsafe();
}

void JsonReader::fail(const QString &where, const QString &what)
{
    if (m_error.isEmpty())
        m_error = where.isEmpty() ? what : where + QStringLiteral(": ") + what;
}

void JsonReader::typeMismatch(const JsonNode &node, const char *expected)
{
    fail(node.m_path, QStringLiteral("expected %1, got %2")
                          .arg(QLatin1String(expected), QLatin1String(typeName(node.m_value))));
}

JsonNode JsonReader::body()
{
    JsonNode root(this, m_root, !failed(), QString());
    if (!failed() && !m_root.is_object()) {
        root.m_path = QStringLiteral("(body)");
        typeMismatch(root, "an object");
        root.m_path.clear();
        root.m_present = false;
    }
    return root;
}

JsonNode JsonNode::member(std::string_view key) const
{
    const QString path = JsonReader::join(m_path, JsonReader::text(key));
    const auto members = object();
    // The last of duplicate keys, as anyObject() and the fields of an event keep it.
    std::optional<dom::element> found;
    if (members)
        for (const dom::key_value_pair member : *members)
            if (member.key == key)
                found = member.value;
    return found ? JsonNode(m_reader, *found, true, path) : JsonNode(m_reader, {}, false, path);
}

JsonNode JsonNode::at(const QString &key) const
{
    const QByteArray utf8 = key.toUtf8();
    return member(std::string_view(utf8.constData(), size_t(utf8.size())));
}

JsonNode JsonNode::at(qsizetype index) const
{
    const QString path = JsonReader::join(m_path, index);
    const auto items = array();
    if (!items || index < 0)
        return JsonNode(m_reader, {}, false, path);
    const auto found = items->at(size_t(index));
    return found.error() ? JsonNode(m_reader, {}, false, path)
                         : JsonNode(m_reader, found.value_unsafe(), true, path);
}

bool JsonNode::holds(simdjson::dom::element_type type, const char *expected) const
{
    if (m_reader->failed() || isAbsent())
        return false;
    if (m_value.type() != type) {
        m_reader->typeMismatch(*this, expected);
        return false;
    }
    return true;
}

std::optional<simdjson::dom::object> JsonNode::object() const
{
    if (!holds(dom::element_type::OBJECT, "an object"))
        return std::nullopt;
    return dom::object(m_value);
}

std::optional<simdjson::dom::array> JsonNode::array() const
{
    if (!holds(dom::element_type::ARRAY, "an array"))
        return std::nullopt;
    return dom::array(m_value);
}

bool JsonNode::hasObject() const
{
    return object().has_value();
}

OptNumber JsonNode::number() const
{
    if (m_reader->failed() || isAbsent())
        return std::nullopt;
    const std::optional<double> value = toDouble(m_value);
    if (!value)
        m_reader->typeMismatch(*this, "a number");
    return value;
}

std::optional<std::string_view> JsonNode::utf8() const
{
    if (!holds(dom::element_type::STRING, "a string"))
        return std::nullopt;
    return std::string_view(m_value);
}

QString JsonNode::string() const
{
    const auto utf8 = this->utf8();
    return utf8 ? JsonReader::text(*utf8) : QString();
}

QString JsonNode::scalarText() const
{
    if (m_reader->failed() || isAbsent())
        return {};
    if (m_value.is_string())
        return JsonReader::text(std::string_view(m_value));
    if (m_value.is_bool())
        return bool(m_value) ? QStringLiteral("true") : QStringLiteral("false");
    if (const std::optional<double> value = toDouble(m_value)) {
        // Shortest text that reads back to the same double: 8 stays "8", 2589.5 "2589.5".
        return QString::number(*value, 'g', QLocale::FloatingPointShortest);
    }
    m_reader->typeMismatch(*this, "a string or number");
    return {};
}

QString JsonNode::codeText() const
{
    // Bounded: codes are short and few; a hostile answer of a million distinct long "codes"
    // reads as plain text once the table is full.
    constexpr size_t kLongestCode = 64;
    constexpr size_t kMostCodes = 4096;
    if (m_reader->failed() || isAbsent() || !m_value.is_string())
        return scalarText();
    const std::string_view utf8(m_value);
    if (utf8.size() > kLongestCode)
        return JsonReader::text(utf8);
    auto &codes = m_reader->m_codes;
    if (const auto found = codes.find(utf8); found != codes.end())
        return found->second;
    const QString text = JsonReader::text(utf8);
    if (codes.size() < kMostCodes)
        codes.emplace(utf8, text);
    return text;
}

QDateTime JsonNode::dateTime() const
{
    const auto utf8 = this->utf8();
    if (!utf8 || utf8->empty())
        return {};
    const std::optional<qint64> ms =
        IsoTime::parse(QByteArrayView(utf8->data(), qsizetype(utf8->size())));
    if (!ms) {
        m_reader->fail(m_path, QStringLiteral("not an ISO-8601 time"));
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(*ms).toUTC(); // Qt::UTC, as before
}

QStringList JsonNode::strings() const
{
    QStringList out;
    forEachElement([&](const JsonNode &item) {
        if (!item.isAbsent())
            out.append(item.string());
    });
    return out;
}

QVariant JsonReader::variant(simdjson::dom::element value)
{
    switch (value.type()) {
    case dom::element_type::ARRAY: {
        QVariantList list;
        for (const dom::element item : dom::array(value))
            list.append(variant(item));
        return list;
    }
    case dom::element_type::OBJECT: {
        QVariantMap map;
        for (const dom::key_value_pair member : dom::object(value))
            map.insert(text(member.key), variant(member.value));
        return map;
    }
    case dom::element_type::STRING:
        return text(std::string_view(value));
    case dom::element_type::BOOL:
        return bool(value);
    case dom::element_type::NULL_VALUE:
        return QVariant::fromValue(nullptr);
    default:
        return *toDouble(value);
    }
}

QVariant JsonNode::anyValue() const
{
    if (m_reader->failed() || !m_present)
        return {};
    return JsonReader::variant(m_value); // nesting is bounded by the parser (kMaxDepth)
}

QByteArray JsonNode::json() const
{
    if (m_reader->failed() || !m_present)
        return {};
    return QByteArray::fromStdString(simdjson::minify(m_value));
}

QVariantMap JsonNode::anyObject() const
{
    const auto members = object();
    return members ? JsonReader::variant(m_value).toMap() : QVariantMap{};
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

DayValues JsonNode::dayValues() const
{
    DayValues out;
    forEachMember([&](const QString &key, const JsonNode &value) {
        const auto day = m_reader->dayKey(key, m_path);
        const OptNumber count = value.number();
        if (day && count)
            out.insert(*day, *count);
    });
    return out;
}

DailySeries JsonNode::dailySeries() const
{
    DailySeries out;
    forEachMember(
        [&](const QString &key, const JsonNode &days) { out.insert(key, days.dayValues()); });
    return out;
}

Breakdown JsonNode::breakdown() const
{
    Breakdown out;
    if (const auto items = array())
        out.reserve(qsizetype(items->size()));
    forEachElement([&](const JsonNode &entry) {
        if (!entry.hasObject())
            return;
        ValueCount vc;
        vc.value = entry.at("value").codeText(); // a platform, a language, a RAM size
        vc.count = entry.at("count").number().value_or(0);
        out.append(vc);
    });
    return m_reader->failed() ? Breakdown{} : out;
}

QString JsonReader::join(const QString &where, const QString &key)
{
    return where.isEmpty() ? key : where + QLatin1Char('.') + key;
}

QString JsonReader::join(const QString &where, qsizetype index)
{
    return where + QStringLiteral("[%1]").arg(index);
}
