// libFuzzer target: the small readers and writers every answer and export goes through, each
// checked against what it promises, on the same bytes:
// - ISO 8601 times (IsoTime::parseStrict, the fast path of every decoder's times): whatever it
//   accepts, QDateTime reads as the same instant, and its UTF-8 and UTF-16 readings agree.
// - CSV (exports): a row written with Csv::row reads back as the same fields (RFC 4180), and a
//   number written with Csv::number reads back as the same double.
// - URL policy: an address allowed is https, or http to this computer; never anything else.
// - The demo server's request handling (paths and queries of any shape): it answers with a
//   status a client knows, never a crash.
// Run by scripts/fuzz.sh beside fuzz_decoders.
#include "api/isotime.h"
#include "api/urlpolicy.h"
#include "demoapi.h"
#include "export/csvwriter.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace {

// RFC 4180, as a spreadsheet reads it: the fields of one CRLF-ended row.
QStringList readRow(const QByteArray &row)
{
    QStringList fields;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < row.size(); ++i) {
        const char c = row[i];
        if (quoted) {
            if (c == '"' && i + 1 < row.size() && row[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.append(QString::fromUtf8(field));
            field.clear();
        } else if (c == '\r' && i + 2 == row.size() && row[i + 1] == '\n') {
            break;
        } else {
            field += c;
        }
    }
    fields.append(QString::fromUtf8(field));
    return fields;
}

DemoApi &demoApi()
{
    static DemoApi *api = [] {
        DataSet data;
        data.appId = QStringLiteral("demo-app");
        data.versions = {QStringLiteral("1.0.0")};
        data.users.append(
            {QStringLiteral("db1"),
             QStringLiteral("u1"),
             1764000000,
             QStringLiteral("DE"),
             QStringLiteral("de-DE"),
             QStringLiteral("pro"),
             8,
             {{QStringLiteral("d1"), QStringLiteral("linux"), QStringLiteral("6.1")}}});
        data.sessions.append({1764000000, 1764000600, 0, 0, 0, 0, 0, 0});
        data.eventKinds.append(
            {QStringLiteral("EXPORT"), QStringLiteral("format"), {QStringLiteral("pdf")}});
        data.errorTypes = {QStringLiteral("TypeError")};
        data.events.append({1764000100, 0, DemoEvent::Custom, 0, 0});
        data.events.append({1764000200, 0, DemoEvent::Error, 0, -1});
        data.finalize();
        return new DemoApi(std::move(data), [] { return qint64(1764000700); });
    }();
    return *api;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);

    if (size <= 64) {
        const qint64 ms = IsoTime::parseStrict(text);
        if (IsoTime::parseStrict(QByteArrayView(bytes)) != ms && text.toUtf8() == bytes)
            __builtin_trap(); // the UTF-8 and UTF-16 readings of one text differ
        if (ms != -1) {
            const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (!qt.isValid() || qt.toMSecsSinceEpoch() != ms)
                __builtin_trap(); // the fast reader accepted what Qt reads otherwise (or not)
        }
        double value = 0;
        if (size == sizeof value) {
            std::memcpy(&value, data, sizeof value);
            if (std::isfinite(value)) {
                bool ok = false;
                const double back = Csv::number(value).toDouble(&ok);
                if (!ok || back != value)
                    __builtin_trap(); // a number in an export reads back exactly
            }
        }
    }

    const QStringList fields = text.split(QLatin1Char('\t'));
    if (fields.size() <= 64 && readRow(Csv::row(fields)) != fields)
        __builtin_trap(); // what an export writes reads back as written

    const QUrl url(text);
    if (UrlPolicy::isAllowedBaseUrl(url)) {
        const QString scheme = url.scheme().toLower();
        if (scheme != QLatin1String("https") &&
            !(scheme == QLatin1String("http") && UrlPolicy::isLoopbackHost(url.host())))
            __builtin_trap(); // the token only ever goes over https, or to this computer
    }

    // A request of any shape: "METHOD path?query".
    if (size <= 2048) {
        const QString method = text.section(QLatin1Char(' '), 0, 0);
        const QString target = text.section(QLatin1Char(' '), 1);
        const QStringList segments =
            target.section(QLatin1Char('?'), 0, 0).split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const QUrlQuery query(target.section(QLatin1Char('?'), 1));
        const DemoApi::Reply reply = demoApi().handle(method.toUtf8(), segments, query);
        static const int known[] = {200, 204, 400, 401, 404, 405};
        if (std::find(std::begin(known), std::end(known), reply.status) == std::end(known))
            __builtin_trap();
        if (reply.status == 204 && !reply.body.isEmpty())
            __builtin_trap();
    }
    return 0;
}
