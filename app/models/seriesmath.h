#pragma once

#include "api/apitypes.h"

#include <QVector>

// Pure helpers behind the Events and Errors pages.

// The `keep` series with the largest totals, the rest summed into one series named `others`
// (kept out when empty). Series order: by total, largest first.
QVector<std::pair<QString, DayValues>> topSeries(const DailySeries &series, int keep,
                                                 const QString &others);

Number seriesTotal(const DayValues &values);

// Per-day sum over all series.
DayValues sumSeries(const DailySeries &series);

// Days that stand far above the range's normal level: above the median by more than four
// robust standard deviations (1.4826 x the median absolute deviation, at least 1), at least
// twice the median, and at least 3. Robust, so one spike does not hide another.
QVector<bool> spikeDays(const QVector<double> &perDay);
