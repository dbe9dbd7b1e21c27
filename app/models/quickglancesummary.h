#pragma once

#include "api/apitypes.h"

#include <QString>
#include <QVector>

// The four quick-glance metrics as the Overview cards show them: the last 24 h, the 24 h
// before, and the change between them. Pure values: no widgets, no JSON.
struct MetricChange {
    enum class Trend { Unknown, Up, Down, Flat };

    QString key;   // "users", "installs", "appStarts", "errors" (CSV row names)
    QString label; // "Users", ...
    OptNumber current, previous;
    bool higherIsBetter = true; // false for errors: more errors is bad news

    Trend trend() const;
    // Relative change in percent; empty when either side is missing or previous is 0.
    std::optional<double> changePercent() const;
    // "+12.5 %", "−40 %", "new" (previous 0), "—" (unknown).
    QString changeText() const;
    // Whether the change is good news (drives the green/red colour).
    bool isGoodNews() const;
};

QVector<MetricChange> quickGlanceMetrics(const QuickGlance &q);

// A count for display: "1 234" style grouping with the locale, exact integers, one decimal
// for fractions; "—" when absent.
QString formatCount(const OptNumber &value);
