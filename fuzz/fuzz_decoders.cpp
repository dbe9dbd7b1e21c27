// libFuzzer target: every Data API V1 decoder, the alert rule reader, and the dev server's
// Tracking API reader (a batch read, made raw data, answered as /users and /analytics), on the
// same bytes.
// Whatever the bytes, a decoder returns a value or an InvalidResponse error: never a crash, a
// hang, undefined behaviour or unbounded memory (AddressSanitizer and UBSan watch). Seeds: the
// spec's example bodies (tests/data/spec-*.json). Run by scripts/fuzz.sh, a bounded CI stage.
#include "alerts/alertrule.h"
#include "api/decoders.h"
#include "demoapi.h"
#include "receiveddata.h"
#include "tracking.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    // Every decoder sees every input: a body meant for one endpoint is a hostile body for the
    // others, which is what a confused or hostile server sends.
    (void)Decode::quickGlance(body);
    (void)Decode::dailyAnalytics(body);
    (void)Decode::events(body);
    (void)Decode::eventProperties(body);
    (void)Decode::eventAttribute(body);
    (void)Decode::errors(body);
    (void)Decode::users(body);
    // The readers read an answer with spare bytes in place, any other from a copy: the two
    // readings agree.
    const auto copied = Decode::userRows(body);
    QByteArray padded(body.constData(), body.size());
    padded.reserve(body.size() + Decode::kBodyPadding);
    const auto inPlace = Decode::userRows(padded);
    if (copied.ok() != inPlace.ok() ||
        (copied.ok() && copied.value().rows.size() != inPlace.value().rows.size()))
        __builtin_trap();
    (void)Decode::userDetails(body);
    // So does every other decoder (simdjson's DOM parser behind JsonReader).
    const auto events = Decode::sessionEvents(body);
    const auto eventsInPlace = Decode::sessionEvents(padded);
    if (events.ok() != eventsInPlace.ok() ||
        (events.ok() && events.value().size() != eventsInPlace.value().size()))
        __builtin_trap();
    (void)Decode::liveEvents(body);
    (void)Decode::liveUsersCount(body);
    (void)Decode::liveUsers(body);
    // What an app sends to the dev server: refused with a field named, or kept and served.
    const Tracking::Batch batch = Tracking::parse(body, 1764300000000);
    for (const Tracking::Problem &p : batch.problems) {
        if (p.field.isEmpty() || p.message.isEmpty())
            __builtin_trap(); // a refusal always says where and why
    }
    if (Tracking::answer(batch).value(QStringLiteral("reportedIds")).toArray().size() >
        batch.events.size())
        __builtin_trap(); // only what was kept is confirmed
    if (!batch.events.isEmpty()) {
        DataSet data;
        data.appId = QStringLiteral("fuzz");
        data.versions.clear();
        appendReceived(data, batch.events);
        data.finalize();
        DemoApi api(std::move(data), [] { return qint64(1764300000); });
        QUrlQuery range(QStringLiteral("start=1764000000&end=1764400000&utcOffset=-120"));
        for (const char *path : {"users", "analytics", "analytics/events", "live/events"}) {
            QStringList segments{QStringLiteral("apps"), QStringLiteral("fuzz")};
            segments += QString::fromLatin1(path).split(QLatin1Char('/'));
            const DemoApi::Reply reply = api.handle("GET", segments, range);
            if (reply.status != 200)
                __builtin_trap(); // received data always answers
        }
    }
    if (size <= 256) { // a rule is a few characters; longer text says nothing more
        QString error;
        const auto rule = AlertRule::parse(QString::fromUtf8(body), &error);
        // What is read is written back as a rule that reads the same.
        if (rule && AlertRule::parse(rule->text(), nullptr)->text() != rule->text())
            __builtin_trap();
        if (!rule && error.isEmpty())
            __builtin_trap(); // a refusal always says why
    }
    return 0;
}
