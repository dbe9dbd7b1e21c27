// libFuzzer target: every Data API V1 decoder, and the alert rule reader, on the same bytes.
// Whatever the bytes, a decoder returns a value or an InvalidResponse error: never a crash, a
// hang, undefined behaviour or unbounded memory (AddressSanitizer and UBSan watch). Seeds: the
// spec's example bodies (tests/data/spec-*.json). Run by scripts/fuzz.sh, a bounded CI stage.
#include "alerts/alertrule.h"
#include "api/decoders.h"

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
    (void)Decode::userRows(body);
    (void)Decode::userDetails(body);
    (void)Decode::sessionEvents(body);
    (void)Decode::liveEvents(body);
    (void)Decode::liveUsersCount(body);
    (void)Decode::liveUsers(body);
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
