// /users read straight into table rows with simdjson's On-Demand parser: no JSON tree and no
// full User values, for 100 000 users. The rules are Decode::users' own (absent and null are
// "no value"; a present value of the wrong type fails with its path; times are read by
// IsoTime), and JSON's grammar is held to everywhere: UTF-8 and the characters of strings are
// checked over the whole answer by simdjson, the values the rows use are parsed in full, and the
// members they skip are walked too, so that a malformed number, word or escape anywhere (01,
// tru, "\q") fails the answer. Nesting is bounded (kMaxDepth).
#include "api/decoders.h"
#include "api/isotime.h"
#include "api/jsonpath.h"
#include "api/paddedbody.h"

#include <QLocale>

#include <algorithm>
#include <new>
#include <string>
#include <unordered_map>

#include <simdjson.h>

namespace {
namespace od = simdjson::ondemand;

constexpr size_t kMaxDepth = 256; // deeper than any answer of the API, and bounded
static_assert(Decode::kBodyPadding >= simdjson::SIMDJSON_PADDING, "simdjson reads past the end");

// A value of the wrong type or form: the decoder stops with its path.
struct Mismatch {
    QString detail;
};

[[noreturn]] void mismatch(const JsonPath &at, const char *what)
{
    throw Mismatch{at.text() + QStringLiteral(": ") + QLatin1String(what)};
}

[[noreturn]] void notJson(simdjson::error_code code)
{
    throw simdjson::simdjson_error(code);
}

// The value's type; a null is consumed here, after checking that it is the word "null".
od::json_type typeOf(od::value &value)
{
    const od::json_type type = value.type();
    if (type == od::json_type::null && !value.is_null())
        notJson(simdjson::N_ATOM_ERROR);
    return type;
}

// False for null; true for a value of the `expected` type; anything else fails with its path.
bool present(od::value &value, od::json_type expected, const JsonPath &at, const char *what)
{
    const od::json_type type = typeOf(value);
    if (type == od::json_type::null)
        return false;
    if (type != expected)
        mismatch(at, what);
    return true;
}

// A string's characters. One without escapes (nearly all) is read where it lies in the
// answer; only one with escapes is copied, unescaped, into the parser's buffer, which would
// otherwise grow by every text read.
std::string_view stringBytes(od::value &value)
{
    // The token runs from its opening quote to the next token: its closing quote, then
    // perhaps white space (the answer's characters were all checked already).
    std::string_view token = value.raw_json_token();
    while (token.size() > 1 && token.back() != '"')
        token.remove_suffix(1);
    if (token.size() >= 2) {
        const std::string_view inside = token.substr(1, token.size() - 2);
        if (inside.find('\\') == std::string_view::npos)
            return inside; // left unread: the parent moves past it
    }
    return value.get_string();
}

// A member's name. One without escapes (every name the API sends) is read where it lies; one
// with escapes is unescaped, so "user\u0049d" is userId as JSON says (and a bad escape fails).
std::string_view keyOf(od::field &member)
{
    const char *raw = member.key().raw(); // just past the opening quote
    // The closing quote is there (simdjson checked every string's end), so the scan stops.
    for (const char *c = raw;; ++c) {
        if (*c == '"')
            return std::string_view(raw, size_t(c - raw));
        if (*c == '\\')
            return member.unescaped_key();
    }
}

// Walks a value nobody reads, so that its numbers and words are checked as JSON. `depth` is the
// value's nesting (the root is 1). simdjson assumes it is never led deeper than its parser was
// made for (an assertion in a debug build, undefined behaviour in a release build), so the walk
// stops well before; skipping a value, simdjson only counts levels.
void checkSkipped(od::value value, size_t depth)
{
    constexpr size_t kDeepest = kMaxDepth - 8;
    switch (typeOf(value)) {
    case od::json_type::object:
        if (depth >= kDeepest)
            throw Mismatch{QStringLiteral("(body): nested more than %1 levels deep").arg(kDeepest)};
        for (od::field member : value.get_object()) {
            keyOf(member);
            checkSkipped(member.value(), depth + 1);
        }
        break;
    case od::json_type::array:
        if (depth >= kDeepest)
            throw Mismatch{QStringLiteral("(body): nested more than %1 levels deep").arg(kDeepest)};
        for (od::value element : value.get_array())
            checkSkipped(element, depth + 1);
        break;
    case od::json_type::number:
        (void)od::number(value.get_number());
        break;
    case od::json_type::boolean:
        (void)bool(value.get_bool());
        break;
    case od::json_type::string:   // its characters were checked with the whole answer
        (void)stringBytes(value); // and an escape in it is checked here
        break;
    case od::json_type::null:
        break;
    default: // a kind of token later simdjson versions name (not one of JSON's values)
        notJson(simdjson::INCORRECT_TYPE);
    }
}

class RowsReader {
public:
    explicit RowsReader(qsizetype bodySize)
        : m_bodySize(bodySize)
    {}

    UserRows read(od::document &doc)
    {
        UserRows out;
        const JsonPath root;
        if (od::json_type(doc.type()) != od::json_type::object)
            mismatch(root, "expected an object");
        for (od::field member : doc.get_object()) {
            const std::string_view key = keyOf(member);
            if (key == "total")
                readTotal(member.value(), root.member("total"), &out);
            else if (key == "data")
                readData(member.value(), root.member("data"), &out.rows);
            else
                checkSkipped(member.value(), 2);
        }
        // Nothing after the top-level object (simdjson checks only that the last token is a
        // "}", so `{"data":[]}{}` would pass).
        if (doc.current_location().error() != simdjson::OUT_OF_BOUNDS)
            notJson(simdjson::TRAILING_CONTENT);
        return out;
    }

private:
    void readTotal(od::value value, const JsonPath &at, UserRows *out)
    {
        if (!present(value, od::json_type::number, at, "expected a number"))
            return;
        out->total = Decode::detail::wholeCount(double(value.get_double()));
        if (!out->total)
            mismatch(at, "expected a whole count");
    }

    void readData(od::value value, const JsonPath &at, QVector<UserRow> *rows)
    {
        if (!present(value, od::json_type::array, at, "expected an array"))
            return;
        od::array elements = value.get_array();
        // Counted first (a quick walk over the structure): the rows are the decode's biggest
        // block, and growing it by steps would leave up to half of it unused. Not beyond one
        // row per 64 bytes of answer (a real user takes hundreds): `[0,0,0,...]` reserves no
        // more than real rows would.
        const qsizetype count = qsizetype(size_t(elements.count_elements()));
        rows->reserve(rows->size() + std::min(count, m_bodySize / 64 + 1));
        qsizetype i = 0;
        for (od::value element : elements) {
            const JsonPath elementAt = at.element(i++);
            if (typeOf(element) == od::json_type::null)
                continue;
            UserRow row;
            readUser(element, elementAt, &row);
            // A user without an id cannot be opened, deleted or told apart: not a row. (Nor
            // does `{},{},…` then cost a 120-byte row per 3 bytes of answer.)
            if (!row.userId.isEmpty())
                rows->append(std::move(row));
        }
    }

    void readUser(od::value value, const JsonPath &at, UserRow *row)
    {
        if (od::json_type(value.type()) != od::json_type::object)
            mismatch(at, "expected an object");
        m_platforms.clear();
        for (od::field member : value.get_object()) {
            const std::string_view key = keyOf(member);
            if (key == "userId")
                row->userId = QString::fromUtf8(scalarText(member.value(), at.member("userId")));
            else if (key == "createdAt")
                row->createdMs = time(member.value(), at.member("createdAt"));
            else if (key == "lastSeen")
                row->lastSeenMs = time(member.value(), at.member("lastSeen"));
            else if (key == "devices")
                readDevices(member.value(), at.member("devices"), row);
            else if (key == "props")
                readProps(member.value(), at.member("props"), row);
            else
                checkSkipped(member.value(), 4);
        }
        m_joined.clear();
        for (const QByteArray &platform : std::as_const(m_platforms)) {
            if (!m_joined.empty())
                m_joined += ';';
            m_joined.append(platform.constData(), size_t(platform.size()));
        }
        row->platforms = intern(m_joined);
    }

    void readDevices(od::value value, const JsonPath &at, UserRow *row)
    {
        if (!present(value, od::json_type::array, at, "expected an array"))
            return;
        qsizetype i = 0;
        for (od::value device : value.get_array()) {
            const JsonPath deviceAt = at.element(i++);
            if (!present(device, od::json_type::object, deviceAt, "expected an object"))
                continue; // a null is no device
            ++row->devices;
            for (od::field member : device.get_object()) {
                const std::string_view key = keyOf(member);
                if (key == "platform") {
                    const QByteArray platform =
                        scalarText(member.value(), deviceAt.member("platform"));
                    if (!platform.isEmpty() && !m_platforms.contains(platform))
                        m_platforms.append(platform);
                } else if (key == "lastSeen") {
                    (void)time(member.value(), deviceAt.member("lastSeen")); // checked only
                } else {
                    checkSkipped(member.value(), 6);
                }
            }
        }
    }

    void readProps(od::value value, const JsonPath &at, UserRow *row)
    {
        if (!present(value, od::json_type::object, at, "expected an object"))
            return;
        for (od::field member : value.get_object()) {
            const std::string_view key = keyOf(member);
            const bool country = key == "country";
            od::value prop = member.value();
            const od::json_type type = typeOf(prop); // a null is read (and done with) here
            // Props are the app's own: a country or locale that is not text is shown as nothing.
            if ((country || key == "locale") && type == od::json_type::string)
                (country ? row->country : row->locale) = intern(stringBytes(prop));
            else if (type != od::json_type::null)
                checkSkipped(prop, 5);
        }
    }

    // The text of a string, number or true/false, as Decode::users' JsonReader::scalarText
    // gives it (a number in its shortest form: 8 is "8"); empty for null. A string's bytes stay
    // in the parser's buffer: no copy until the caller makes a QString.
    static QByteArray scalarText(od::value value, const JsonPath &at)
    {
        switch (typeOf(value)) {
        case od::json_type::null:
            return {};
        case od::json_type::string:
            return bytesOf(stringBytes(value));
        case od::json_type::number:
            return QByteArray::number(double(value.get_double()), 'g',
                                      QLocale::FloatingPointShortest);
        case od::json_type::boolean:
            return bool(value.get_bool()) ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
        default:
            mismatch(at, "expected a string or number");
        }
    }

    // Unix ms, or 0 for null or "" (no time).
    static qint64 time(od::value value, const JsonPath &at)
    {
        if (!present(value, od::json_type::string, at, "expected a string"))
            return 0;
        const std::string_view text = stringBytes(value);
        if (text.empty())
            return 0;
        const auto ms = IsoTime::parse(QByteArrayView(text.data(), qsizetype(text.size())));
        if (!ms)
            mismatch(at, "not an ISO-8601 time");
        return *ms;
    }

    static QByteArray bytesOf(std::string_view text)
    {
        return QByteArray::fromRawData(text.data(), qsizetype(text.size()));
    }

    // Texts shared by many rows (platforms, countries, locales) are made once. A std::string
    // key: these texts are short, so a lookup allocates nothing (and hashes faster than QHash).
    QString intern(std::string_view utf8)
    {
        m_key.assign(utf8);
        auto it = m_interned.find(m_key);
        if (it == m_interned.end())
            it = m_interned.emplace(m_key, QString::fromUtf8(utf8.data(), qsizetype(utf8.size())))
                     .first;
        return it->second;
    }

    qsizetype m_bodySize;
    std::unordered_map<std::string, QString> m_interned;
    std::string m_key;
    QVector<QByteArray> m_platforms; // of the user being read
    std::string m_joined;
};

Result<UserRows> invalid(const QString &detail)
{
    ApiError e;
    e.kind = ApiError::Kind::InvalidResponse;
    e.detail = detail;
    return e;
}
} // namespace

namespace {
Result<UserRows> readRows(const QByteArray &body, bool mayRetry)
{
    const PaddedBody padded(body);
    const simdjson::padded_string_view &text = padded.view();
    od::parser parser;
    try {
        if (const auto error = parser.allocate(text.length(), kMaxDepth))
            return invalid(QStringLiteral("(body): too large to read (%1)")
                               .arg(QLatin1String(simdjson::error_message(error))));
        od::document doc = parser.iterate(text);
        return RowsReader(body.size()).read(doc);
    } catch (const std::bad_alloc &) {
        return invalid(QStringLiteral("(body): too large to read (out of memory)"));
    } catch (const Mismatch &m) {
        return invalid(m.detail);
    } catch (const simdjson::simdjson_error &e) {
        // Valid JSON simdjson refuses (a 21-digit integer, a lone surrogate): read as Qt
        // reads it, once.
        if (mayRetry && SimdjsonInput::errorMayBeValidJson(e.error())) {
            const QByteArray readable = SimdjsonInput::readableCopy(body);
            if (!readable.isEmpty())
                return readRows(readable, false);
        }
        return invalid(QStringLiteral("(body): not valid JSON (%1)")
                           .arg(QLatin1String(simdjson::error_message(e.error()))));
    }
}
} // namespace

Result<UserRows> Decode::userRows(const QByteArray &body)
{
    return readRows(body, true);
}
