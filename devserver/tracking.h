#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVector>

// The Nucleus Tracking API as apps send it (spec/tracking-api.md): a batch `{"data": [event…]}`
// over HTTP (POST /app/:appId/track) or WebSocket, read strictly enough to name what is wrong
// and loosely enough to take what the real SDKs send (integer ids, `locale` for `language`,
// Node's os.type() platform names, heartbeats without id). No I/O here.
namespace Tracking {

// The largest batch taken (HTTP body or WebSocket message); bigger ones are refused whole.
constexpr qint64 kMaxBatchBytes = 1024 * 1024;

struct Event {
    QString type;      // init, event, error, userid, props, heartbeat, nucleus:view
    QString name;      // event name or error type
    QString id;        // as sent, as text ("" when none): the de-duplication key with the device
    QJsonValue sentId; // as sent (number or string), echoed in reportedIds
    qint64 sessionId = 0;
    qint64 timeMs = 0; // `date`, or when it was received
    QString deviceId, userId, anonId;
    QString platform; // normalised: "win", "mac", "linux", or as sent for others
    QString osVersion, version, locale;
    double totalRamGb = 0;
    QJsonObject payload;

    // The event as kept on disk (QJsonObject, compact) and read back.
    QJsonObject toJson() const;
    static Event fromJson(const QJsonObject &object);
};

struct Problem {
    int index = -1;    // in `data`, -1 for the body itself
    QJsonValue sentId; // the event's id when it had one
    QString field;     // "data[2].sessionId", "body"
    QString message;   // "required", "expected a string", ...
};

struct Batch {
    QVector<Event> events;     // the valid ones, in the order sent
    QVector<Problem> problems; // the refused ones (and the body, when it is unreadable)
    bool bodyRefused() const { return !problems.isEmpty() && problems.first().index < 0; }
};

// Reads a batch. `nowMs` dates events without `date`; `connectionDevice` is the WebSocket's
// device (its earlier events'), given to heartbeats that name none.
Batch parse(const QByteArray &body, qint64 nowMs, const QString &connectionDevice = {});

// "Linux" → "linux", "Darwin"/"darwin"/"macOS" → "mac", "Windows_NT"/"win32" → "win": the
// Data API's platform codes, which the dashboard names. Others stay as sent.
QString normalisePlatform(const QString &platform);

// The answer for a batch: {"reportedIds": [ids of stored events, as sent]} and, when something
// was refused, "error" (the first problem, "data[2].sessionId: required") and "errors".
QJsonObject answer(const Batch &batch);

} // namespace Tracking
