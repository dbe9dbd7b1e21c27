#include "hostileserver.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace {
constexpr int kLongString = 100 * 1024;    // one chart-fed name this long took 9.8 GB
constexpr qint64 kManyRowsBytes = 8 << 20; // rows repeated up to about this many bytes
constexpr qint64 kPaddingBytes = 48 << 20; // one field nobody reads
constexpr int kDepth = 10000;

QByteArray quoted(const QString &s)
{
    // QJsonDocument's own escaping, for one string.
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray plain(const QJsonValue &v)
{
    return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

// Writes JSON with a hook per leaf, so that a mutation can emit bytes QJsonDocument never
// would (invalid UTF-8, duplicate keys).
struct Writer {
    std::function<QByteArray(const QJsonValue &)> leaf;
    std::function<QByteArray(const QString &key, const QJsonValue &)> extraMember;
    std::function<QByteArray(const QJsonArray &)> rows; // an array's items, written

    QByteArray write(const QJsonValue &v, bool insideRows = false) const
    {
        if (v.isObject()) {
            QByteArray out = "{";
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (out.size() > 1)
                    out += ',';
                out += quoted(it.key()) + ':' + write(it.value(), insideRows);
                if (extraMember)
                    out += extraMember(it.key(), it.value());
            }
            return out + '}';
        }
        if (v.isArray()) {
            if (rows && !insideRows)
                return '[' + rows(v.toArray()) + ']';
            QByteArray out = "[";
            const QJsonArray a = v.toArray();
            for (const QJsonValue &item : a) {
                if (out.size() > 1)
                    out += ',';
                out += write(item, insideRows);
            }
            return out + ']';
        }
        return leaf ? leaf(v) : plain(v);
    }
};

QByteArray mutated(const QString &mode, const QByteArray &spec)
{
    const QJsonValue root = QJsonDocument::fromJson(spec).object();
    Writer w;
    if (mode == QLatin1String("wrong-types")) {
        w.leaf = [](const QJsonValue &v) -> QByteArray {
            if (v.isDouble())
                return "\"12\"";
            if (v.isString())
                return "12";
            if (v.isBool())
                return "\"yes\"";
            return "{}";
        };
    } else if (mode == QLatin1String("odd-numbers")) {
        w.leaf = [n = 0](const QJsonValue &v) mutable -> QByteArray {
            static const char *odd[] = {"1e308", "-1", "2.5", "-0", "9007199254740993", "1e-320"};
            return v.isDouble() ? QByteArray(odd[n++ % 6]) : plain(v);
        };
    } else if (mode == QLatin1String("long-strings")) {
        w.leaf = [](const QJsonValue &v) {
            return v.isString() ? quoted(v.toString() + QString(kLongString, QLatin1Char('W')))
                                : plain(v);
        };
    } else if (mode == QLatin1String("invalid-utf8")) {
        w.leaf = [](const QJsonValue &v) {
            return v.isString() ? "\"\xff\xfe" + v.toString().toUtf8() + "\xc3\"" : plain(v);
        };
    } else if (mode == QLatin1String("nul")) {
        w.leaf = [](const QJsonValue &v) {
            return v.isString() ? "\"a\\u0000" + quoted(v.toString()).mid(1) : plain(v);
        };
    } else if (mode == QLatin1String("duplicate-keys")) {
        w.extraMember = [](const QString &key, const QJsonValue &) {
            return ',' + quoted(key) + ":\"again\"";
        };
    } else if (mode == QLatin1String("many-rows")) {
        // The bytes are shared among the body's arrays: the body stays about kManyRowsBytes.
        const qint64 budget = kManyRowsBytes / std::max<qint64>(1, spec.count('['));
        w.rows = [budget](const QJsonArray &a) {
            QByteArray out;
            if (a.isEmpty())
                return out;
            out.reserve(budget + 4096);
            if (!a.first().isObject()) { // numbers or pairs: the same ones again
                const QByteArray one = plain(a.first());
                while (out.size() < budget)
                    out += (out.isEmpty() ? "" : ",") + one;
                return out;
            }
            for (qint64 i = 0; out.size() < budget; ++i) {
                QJsonValue row = a.at(int(i % a.size()));
                if (row.isObject()) { // distinct ids, as a real long list has
                    QJsonObject o = row.toObject();
                    for (const char *key : {"userId", "id", "sessionId", "deviceId", "name"})
                        if (o.value(QLatin1String(key)).isString())
                            o[QLatin1String(key)] =
                                o.value(QLatin1String(key)).toString() + QString::number(i);
                    row = o;
                }
                if (i > 0)
                    out += ',';
                out += plain(row);
            }
            return out;
        };
    } else if (mode == QLatin1String("deep")) {
        return "{\"data\":" + QByteArray(kDepth, '[') + QByteArray(kDepth, ']') + '}';
    }
    return w.write(root);
}

TestHttpServer::Response rawAnswer(const QByteArray &headers, const QByteArray &body)
{
    TestHttpServer::Response r;
    r.raw = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + headers +
            "Connection: close\r\n\r\n" + body;
    return r;
}
} // namespace

namespace HostileAnswers {

QStringList modes()
{
    return {QStringLiteral("wrong-types"),   QStringLiteral("odd-numbers"),
            QStringLiteral("long-strings"),  QStringLiteral("invalid-utf8"),
            QStringLiteral("nul"),           QStringLiteral("duplicate-keys"),
            QStringLiteral("many-rows"),     QStringLiteral("padded"),
            QStringLiteral("deep"),          QStringLiteral("not-json"),
            QStringLiteral("cut-body"),      QStringLiteral("broken-gzip"),
            QStringLiteral("html-500"),      QStringLiteral("no-content"),
            QStringLiteral("redirect-loop"), QStringLiteral("absurd-retry-after"),
            QStringLiteral("not-http"),      QStringLiteral("closed")};
}

bool mayBeValid(const QString &mode)
{
    static const QStringList valid = {
        QStringLiteral("odd-numbers"),    QStringLiteral("long-strings"), QStringLiteral("nul"),
        QStringLiteral("duplicate-keys"), QStringLiteral("many-rows"),    QStringLiteral("padded"),
        QStringLiteral("invalid-utf8")};
    return valid.contains(mode);
}

qint64 largestBody(const QString &mode)
{
    if (mode == QLatin1String("many-rows"))
        return kManyRowsBytes + 4096; // rows stop at about this, plus the last one
    if (mode == QLatin1String("padded"))
        return kPaddingBytes + 4096;
    if (mode == QLatin1String("long-strings"))
        return 64 * kLongString;
    return 64 * 1024;
}

QString specNameFor(const QByteArray &path)
{
    const QList<QByteArray> parts = path.split('/'); // "", api, v1, apps, ID, ...
    const QList<QByteArray> rest = parts.mid(5);
    if (rest.isEmpty())
        return QStringLiteral("quickglance");
    if (rest.value(0) == "analytics") {
        if (rest.size() == 1)
            return QStringLiteral("analytics");
        if (rest.value(1) == "quickglance")
            return QStringLiteral("quickglance");
        if (rest.value(1) == "eventsprops")
            return QStringLiteral("eventsprops");
        if (rest.value(1) == "events")
            return rest.size() > 2 ? QStringLiteral("eventattr") : QStringLiteral("events");
        return QStringLiteral("errors");
    }
    if (rest.value(0) == "users") {
        if (rest.size() == 1)
            return QStringLiteral("users");
        return rest.size() > 2 ? QStringLiteral("sessionevents") : QStringLiteral("userdetails");
    }
    if (rest.value(0) == "live") {
        if (rest.value(1) == "users")
            return rest.size() > 2 ? QStringLiteral("livecount") : QStringLiteral("liveusers");
        return QStringLiteral("sessionevents"); // live events: rows of raw events
    }
    return QStringLiteral("quickglance");
}

TestHttpServer::Response answer(const QString &mode, const TestHttpServer::Request &request,
                                const QString &specDir)
{
    QFile file(specDir + QStringLiteral("/spec-%1.json").arg(specNameFor(request.path())));
    const QByteArray spec = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("{}");
    TestHttpServer::Response r;
    if (mode == QLatin1String("not-json"))
        return TestHttpServer::Response::json("{\"data\": [1, 2,", 200);
    if (mode == QLatin1String("cut-body"))
        return rawAnswer("Content-Length: " + QByteArray::number(spec.size() * 2) + "\r\n",
                         spec.left(spec.size() / 2));
    if (mode == QLatin1String("broken-gzip"))
        return rawAnswer(
            "Content-Encoding: gzip\r\nContent-Length: " + QByteArray::number(spec.size()) + "\r\n",
            spec);
    if (mode == QLatin1String("html-500")) {
        r.status = 500;
        r.body =
            "<html><body><h1>Internal Server Error</h1>" + QByteArray(2000, ' ') + "</body></html>";
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/html")));
        return r;
    }
    if (mode == QLatin1String("no-content")) {
        r.status = 204;
        return r;
    }
    if (mode == QLatin1String("redirect-loop")) {
        r.status = 307;
        r.headers.append(qMakePair(QByteArray("Location"), QByteArray(request.target)));
        return r;
    }
    if (mode == QLatin1String("absurd-retry-after")) {
        r.status = 429;
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("99999999999999999999")));
        return r;
    }
    if (mode == QLatin1String("not-http")) {
        r.raw = "SURPRISE\r\n\r\n";
        return r;
    }
    if (mode == QLatin1String("closed")) {
        r.closeWithoutAnswer = true;
        return r;
    }
    // Built once per mode and path (the many rows take a while); the padding, made afresh,
    // would take a copy per path.
    static QString cachedMode;
    static QHash<QString, QByteArray> bodies;
    if (cachedMode != mode) {
        bodies.clear();
        cachedMode = mode;
    }
    const QString name = specNameFor(request.path());
    if (mode == QLatin1String("padded")) {
        if (!bodies.contains(name))
            bodies.insert(name, mutated(QStringLiteral("same"), spec));
        QByteArray body = bodies.value(name);
        body.chop(1);
        return TestHttpServer::Response::json(body + ",\"padding\":\"" +
                                              QByteArray(kPaddingBytes, 'p') + "\"}");
    }
    if (!bodies.contains(name))
        bodies.insert(name, mutated(mode, spec));
    return TestHttpServer::Response::json(bodies.value(name));
}

} // namespace HostileAnswers
