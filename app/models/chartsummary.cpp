#include "models/chartsummary.h"

#include "models/dayseriesmodel.h"
#include "models/displayformat.h"
#include "models/quickglancesummary.h"

#include <algorithm>

ChartSummary::Trend ChartSummary::trend(const QVector<OptNumber> &values)
{
    QVector<double> known;
    for (const OptNumber &v : values) {
        if (v)
            known.append(*v);
    }
    if (known.size() < 3)
        return Trend::Unknown;
    const int third = int(known.size()) / 3;
    double first = 0, last = 0;
    for (int i = 0; i < third; ++i) {
        first += known[i];
        last += known[known.size() - 1 - i];
    }
    first /= third;
    last /= third;
    const double scale = std::max(std::abs(first), 1.0);
    if ((last - first) / scale > 0.1)
        return Trend::Rising;
    if ((first - last) / scale > 0.1)
        return Trend::Falling;
    return Trend::Steady;
}

QString ChartSummary::daySeries(const QString &name, QVector<OptNumber> values, bool isDuration,
                                bool lastPartial)
{
    if (lastPartial && !values.isEmpty())
        values.removeLast();
    const QString shownName = DisplayFormat::chartName(name);
    std::optional<double> low, high;
    for (const OptNumber &v : values) {
        if (!v)
            continue;
        low = low ? std::min(*low, *v) : *v;
        high = high ? std::max(*high, *v) : *v;
    }
    if (!low)
        return tr("%1: no data").arg(shownName);
    const auto text = [isDuration](double v) {
        return isDuration ? formatDuration(v) : formatCount(v);
    };
    QString direction;
    switch (trend(values)) {
    case Trend::Rising:
        direction = tr("rising");
        break;
    case Trend::Falling:
        direction = tr("falling");
        break;
    case Trend::Steady:
        direction = tr("steady");
        break;
    case Trend::Unknown:
        return tr("%1 %2 to %3 a day").arg(shownName, text(*low), text(*high));
    }
    //: %1 a series ("App starts"), %2 and %3 its lowest and highest value of a day, %4 rising,
    //: falling or steady.
    return tr("%1 %2 to %3 a day, %4").arg(shownName, text(*low), text(*high), direction);
}

QString ChartSummary::days(const QString &title, const QVector<QDate> &days,
                           const QStringList &parts)
{
    if (days.isEmpty() || parts.isEmpty())
        return tr("%1: no data.").arg(title);
    //: %1 the chart's title, %2 and %3 its first and last day, %4 what it shows.
    return tr("%1, %2 to %3: %4.")
        .arg(title, DisplayFormat::shortDate(days.first()), DisplayFormat::shortDate(days.last()),
             parts.join(QStringLiteral("; ")));
}

QString ChartSummary::shares(const QString &title, const QStringList &rows)
{
    if (rows.isEmpty())
        return tr("%1: no data.").arg(title);
    //: %1 a chart's title, %2 its rows ("Windows · 51.9 %, macOS · 30.1 %").
    return tr("%1: %2.").arg(title, rows.join(QStringLiteral(", ")));
}
