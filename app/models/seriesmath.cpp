#include "models/seriesmath.h"

#include <algorithm>
#include <cmath>

Number seriesTotal(const DayValues &values)
{
    Number total = 0;
    for (Number v : values)
        total += v;
    return total;
}

DayValues sumSeries(const DailySeries &series)
{
    DayValues sum;
    for (const DayValues &values : series) {
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            sum[it.key()] += it.value();
    }
    return sum;
}

QVector<std::pair<QString, DayValues>> topSeries(const DailySeries &series, int keep,
                                                 const QString &others)
{
    QVector<std::pair<QString, DayValues>> sorted;
    for (auto it = series.cbegin(); it != series.cend(); ++it)
        sorted.append({it.key(), it.value()});
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return seriesTotal(a.second) > seriesTotal(b.second);
    });
    if (sorted.size() <= keep)
        return sorted;
    DayValues rest;
    for (int i = keep; i < sorted.size(); ++i) {
        for (auto it = sorted[i].second.cbegin(); it != sorted[i].second.cend(); ++it)
            rest[it.key()] += it.value();
    }
    sorted.resize(keep);
    if (!rest.isEmpty())
        sorted.append({others, rest});
    return sorted;
}

namespace {
double median(QVector<double> values)
{
    if (values.isEmpty())
        return 0;
    const auto mid = values.begin() + values.size() / 2;
    std::nth_element(values.begin(), mid, values.end());
    if (values.size() % 2)
        return *mid;
    const double upper = *mid;
    const double lower = *std::max_element(values.begin(), mid);
    return (lower + upper) / 2;
}
} // namespace

QVector<bool> spikeDays(const QVector<double> &perDay)
{
    QVector<bool> spikes(perDay.size(), false);
    if (perDay.size() < 5) // too few days to know what "normal" is
        return spikes;
    const double m = median(perDay);
    QVector<double> deviations;
    deviations.reserve(perDay.size());
    for (double v : perDay)
        deviations.append(std::abs(v - m));
    const double sigma = std::max(1.0, 1.4826 * median(deviations));
    for (int i = 0; i < perDay.size(); ++i) {
        const double v = perDay[i];
        spikes[i] = v > m + 4 * sigma && v >= 2 * m && v >= 3;
    }
    return spikes;
}
