// /users streamed into table rows (see JsonPull): the same rules as Decode::users (absent and
// null are "no value", a present value of the wrong type fails with its path) without the
// memory of a JSON tree and of full User values.
#include "api/decoders.h"
#include "api/jsonpull.h"

#include <QDateTime>
#include <QHash>

namespace {
class RowsReader {
public:
    explicit RowsReader(const QByteArray &body)
        : m_json(body)
    {}

    Result<UserRows> read()
    {
        UserRows out;
        if (!m_json.beginObject())
            return invalid(QStringLiteral("(body): expected an object"));
        QByteArray key;
        while (m_json.nextKey(&key)) {
            if (key == "total") {
                if (m_json.peek() == 'n') {
                    m_json.readNull();
                } else {
                    double total = 0;
                    if (!isNumberStart(m_json.peek()) || !m_json.readNumber(&total))
                        return invalid(QStringLiteral("total: expected a number"));
                    out.total = Decode::detail::wholeCount(total);
                    if (!out.total)
                        return invalid(QStringLiteral("total: expected a whole count"));
                }
            } else if (key == "data") {
                if (m_json.peek() == 'n') {
                    m_json.readNull();
                    continue;
                }
                if (m_json.peek() != '[')
                    return invalid(QStringLiteral("data: expected an array"));
                m_json.beginArray();
                for (int i = 0; m_json.nextElement(); ++i) {
                    if (m_json.peek() == 'n') {
                        m_json.readNull();
                        continue;
                    }
                    UserRow row;
                    if (!readUser(&row, QStringLiteral("data[%1]").arg(i)))
                        return invalid(m_error);
                    out.rows.append(std::move(row));
                }
            } else if (!m_json.skipValue()) {
                break;
            }
            if (!m_error.isEmpty())
                return invalid(m_error);
        }
        if (m_json.failed() || !m_json.atEnd())
            return invalid(QStringLiteral("not valid JSON at offset %1").arg(m_json.offset()));
        return out;
    }

private:
    static bool isNumberStart(char c) { return c == '-' || (c >= '0' && c <= '9'); }

    Result<UserRows> invalid(const QString &detail)
    {
        ApiError e;
        e.kind = ApiError::Kind::InvalidResponse;
        e.detail = m_error.isEmpty() ? detail : m_error;
        return e;
    }

    bool fail(const QString &where, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = where + QStringLiteral(": ") + what;
        return false;
    }

    // Strings shared by many rows (platforms, countries, locales) are kept once.
    QString intern(const QString &text)
    {
        auto it = m_interned.constFind(text);
        if (it != m_interned.constEnd())
            return it.value();
        m_interned.insert(text, text);
        return text;
    }

    bool readText(QString *out, const QString &where) // string or number, like scalarText
    {
        const char c = m_json.peek();
        if (c == 'n')
            return m_json.readNull();
        if (c == '"')
            return m_json.readString(out) || fail(where, QStringLiteral("not valid JSON"));
        if (isNumberStart(c)) {
            double v = 0;
            if (!m_json.readNumber(&v))
                return fail(where, QStringLiteral("not valid JSON"));
            *out = QString::number(v, 'g', QLocale::FloatingPointShortest);
            return true;
        }
        return fail(where, QStringLiteral("expected a string or number"));
    }

    bool readTime(qint64 *ms, const QString &where)
    {
        const char c = m_json.peek();
        if (c == 'n')
            return m_json.readNull();
        if (c != '"')
            return fail(where, QStringLiteral("expected a string"));
        QString text;
        if (!m_json.readString(&text))
            return fail(where, QStringLiteral("not valid JSON"));
        if (text.isEmpty())
            return true;
        qint64 parsed = parseIsoMillis(text);
        if (parsed < 0) { // not the API's usual form: let Qt try the others
            const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (!t.isValid())
                return fail(where, QStringLiteral("not an ISO-8601 time"));
            parsed = t.toMSecsSinceEpoch();
        }
        *ms = parsed;
        return true;
    }

    bool readUser(UserRow *row, const QString &where)
    {
        if (m_json.peek() != '{')
            return fail(where, QStringLiteral("expected an object"));
        m_json.beginObject();
        QStringList platforms;
        QByteArray key;
        while (m_json.nextKey(&key)) {
            bool ok = true;
            if (key == "userId") {
                ok = readText(&row->userId, where + QStringLiteral(".userId"));
            } else if (key == "createdAt") {
                ok = readTime(&row->createdMs, where + QStringLiteral(".createdAt"));
            } else if (key == "lastSeen") {
                ok = readTime(&row->lastSeenMs, where + QStringLiteral(".lastSeen"));
            } else if (key == "devices") {
                ok = readDevices(row, &platforms, where + QStringLiteral(".devices"));
            } else if (key == "props") {
                ok = readProps(row, where + QStringLiteral(".props"));
            } else {
                ok = m_json.skipValue();
            }
            if (!ok)
                return fail(where, QStringLiteral("not valid JSON"));
        }
        row->platforms = intern(platforms.join(QLatin1Char(';')));
        return m_error.isEmpty() && !m_json.failed();
    }

    bool readDevices(UserRow *row, QStringList *platforms, const QString &where)
    {
        const char c = m_json.peek();
        if (c == 'n')
            return m_json.readNull();
        if (c != '[')
            return fail(where, QStringLiteral("expected an array"));
        m_json.beginArray();
        for (int i = 0; m_json.nextElement(); ++i) {
            if (m_json.peek() == 'n') {
                m_json.readNull();
                continue;
            }
            const QString at = where + QStringLiteral("[%1]").arg(i);
            if (m_json.peek() != '{')
                return fail(at, QStringLiteral("expected an object"));
            ++row->devices;
            m_json.beginObject();
            QByteArray key;
            while (m_json.nextKey(&key)) {
                if (key == "platform") {
                    QString platform;
                    if (!readText(&platform, at + QStringLiteral(".platform")))
                        return false;
                    if (!platform.isEmpty() && !platforms->contains(platform))
                        platforms->append(platform);
                } else if (key == "lastSeen") {
                    qint64 ignored = 0; // checked like the full decoder does
                    if (!readTime(&ignored, at + QStringLiteral(".lastSeen")))
                        return false;
                } else if (!m_json.skipValue()) {
                    return false;
                }
            }
        }
        return !m_json.failed();
    }

    bool readProps(UserRow *row, const QString &where)
    {
        const char c = m_json.peek();
        if (c == 'n')
            return m_json.readNull();
        if (c != '{')
            return fail(where, QStringLiteral("expected an object"));
        m_json.beginObject();
        QByteArray key;
        while (m_json.nextKey(&key)) {
            // Props are free-form: a country or locale that is not text is shown as nothing.
            if ((key == "country" || key == "locale") && m_json.peek() == '"') {
                QString value;
                if (!m_json.readString(&value))
                    return false;
                (key == "country" ? row->country : row->locale) = intern(value);
            } else if (!m_json.skipValue()) {
                return false;
            }
        }
        return !m_json.failed();
    }

    JsonPull m_json;
    QString m_error;
    QHash<QString, QString> m_interned;
};
} // namespace

Result<UserRows> Decode::userRows(const QByteArray &body)
{
    return RowsReader(body).read();
}
