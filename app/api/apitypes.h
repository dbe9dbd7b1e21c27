#pragma once

// Plain values decoded from the Data API V1 (spec/data-api-v1.md). Models and exports read
// these; nothing outside app/api/ sees JSON. A field the server left out or sent as null is
// an empty optional / empty string / invalid QDateTime, never an error.

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

#include <optional>

// Numbers are doubles: the API sends floats (2589.5) and integers alike, and a double keeps
// every integer up to 2^53 - 1 exact.
using Number = double;
using OptNumber = std::optional<Number>;
// A number as a table cell or an export writes it: the double, or invalid for no value.
inline QVariant variantOf(const OptNumber &n)
{
    return n ? QVariant(*n) : QVariant();
}

// One value per local day ("yyyy-MM-dd" keys). Days absent from the map mean 0 for counts and
// "no data" for durations; the models fill them, the decoders keep what was sent.
using DayValues = QMap<QDate, Number>;

struct QuickGlance {
    OptNumber users, installs, appStarts, errors;
    OptNumber previousUsers, previousInstalls, previousAppStarts, previousErrors;
};

struct ValueCount {
    QString value;
    Number count = 0;
};
using Breakdown = QVector<ValueCount>;

struct DailyAnalytics {
    OptNumber totalUsers, totalInstalls;
    DayValues usage, newUsers, activeUsers, nonNewUsers, avgSessionDuration;
    QMap<QDate, QVector<Number>> hours;
    Breakdown platforms, ram, languages, versions, countries;
};

// Per name (custom event or error type), its per-day counts.
using DailySeries = QMap<QString, DayValues>;

struct EventProperty {
    QString event;
    QStringList keys;
    QString type;
};

struct Device {
    QString id; // the device "_id", needed for ?device= of session events
    QString platform, osVersion, version;
    QDateTime lastSeen;
};

struct User {
    QString dbId; // "_id"
    QString userId;
    QDateTime createdAt, lastSeen, updatedAt;
    QVector<Device> devices;
    QVariantMap props; // country, locale, and whatever else the app reported
};

struct UserList {
    std::optional<qint64> total;
    QVector<User> users;
};

// One row of the users table, read straight from /users without the full User (the table
// needs no more; a user's details come from /users/:id).
struct UserRow {
    QString userId;
    qint64 createdMs = 0; // 0 when absent
    qint64 lastSeenMs = 0;
    int devices = 0;
    QString platforms; // distinct device platforms joined by ";"
    QString country, locale;
};

struct UserRows {
    std::optional<qint64> total;
    QVector<UserRow> rows;
};

struct Session {
    QString session, device;
    QDateTime start, end;
    OptNumber actions, errors;
};

struct UserDetails {
    User user;
    QVector<Session> sessions;
};

// A session or live event. The documented fields are typed; the whole object is kept as sent
// (minified JSON) so that unknown ones can still be shown as key/values. Text, not a map: a map
// of every field took eight times the answer's size for a long list of events.
struct Event {
    QDateTime time;
    QString type, platform, version, country, locale, userId, sessionId;
    QVariantMap data;
    QByteArray fieldsJson;
    // Every field as sent, read from fieldsJson (as QJsonValue::toVariant() types them).
    QVariantMap fields() const;
};

struct LiveUser {
    QString userDbId, userId, deviceId, platform, osVersion, country;
    QDateTime lastSeen;
};
