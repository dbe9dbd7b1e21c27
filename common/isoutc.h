#pragma once

#include <QString>

// ISO 8601 in UTC with milliseconds and "Z" ("2024-03-12T12:00:00.000Z"), as the Data API
// writes times and the exports write them. Shared by the dashboard and the demo server, which
// both write hundreds of thousands of them (a big /users answer, its export): years 1 to 9999
// are written without QDateTime, others by QDateTime (with a sign or more digits).
namespace IsoUtc {
QString fromMs(qint64 msSinceEpoch);
// The same for whole seconds ("….000Z"), for any number of them.
QString fromSecs(qint64 secsSinceEpoch);
} // namespace IsoUtc
