#pragma once

#include "api/apitypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

// What a chart shows, in words, for screen readers (each chart's accessible description) and
// anyone who wants the gist without reading a plot: "Daily usage (app starts), 29 Oct to
// 27 Nov: App starts 1,236 to 1,727 a day, rising." Numbers and dates in the window's locale.
class ChartSummary {
    Q_DECLARE_TR_FUNCTIONS(ChartSummary)

public:
    enum class Trend { Rising, Falling, Steady, Unknown };

    // Rising or falling when the mean of the last third of the days differs from the first
    // third's by more than a tenth; steady otherwise; unknown with fewer than three values.
    static Trend trend(const QVector<OptNumber> &values);
    // "App starts 1,236 to 1,727 a day, rising" ("no data" when nothing is known); durations
    // are written as m:ss. `lastPartial`: the last day is not over, its value "so far" takes
    // no part (it would read as a fall).
    static QString daySeries(const QString &name, QVector<OptNumber> values,
                             bool isDuration = false, bool lastPartial = false);
    // "<title>, <first day> to <last day>: <part>; <part>." or "<title>: no data."
    static QString days(const QString &title, const QVector<QDate> &days, const QStringList &parts);
    // "<title>: Windows 51.9 %, macOS 30.1 %, Linux 18.0 %." from the shown "name · share" rows.
    static QString shares(const QString &title, const QStringList &rows);
};
