#include "models/quickglancesummary.h"

#include "models/displayformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

MetricChange::Trend MetricChange::trend() const
{
    if (!current || !previous)
        return Trend::Unknown;
    if (*current > *previous)
        return Trend::Up;
    if (*current < *previous)
        return Trend::Down;
    return Trend::Flat;
}

std::optional<double> MetricChange::changePercent() const
{
    if (!current || !previous || *previous == 0)
        return std::nullopt;
    return (*current - *previous) / std::abs(*previous) * 100.0;
}

QString MetricChange::changeText() const
{
    if (!current || !previous)
        return QStringLiteral("—");
    if (*previous == 0)
        return *current == 0 ? QStringLiteral("±") + DisplayFormat::percent(0, 0)
                             : QCoreApplication::translate("MetricChange", "new");
    const double pct = *changePercent();
    if (pct == 0)
        return QStringLiteral("±") + DisplayFormat::percent(0, 0);
    return DisplayFormat::percent(pct, std::abs(pct) < 10 ? 1 : 0, true);
}

bool MetricChange::isGoodNews() const
{
    const Trend t = trend();
    if (t == Trend::Up)
        return higherIsBetter;
    if (t == Trend::Down)
        return !higherIsBetter;
    return true;
}

QVector<MetricChange> quickGlanceMetrics(const QuickGlance &q)
{
    const auto name = [](const char *text) {
        return QCoreApplication::translate("QuickGlance", text);
    };
    return {
        {QStringLiteral("users"), name(QT_TRANSLATE_NOOP("QuickGlance", "Users")), q.users,
         q.previousUsers, true},
        {QStringLiteral("installs"), name(QT_TRANSLATE_NOOP("QuickGlance", "Installs")), q.installs,
         q.previousInstalls, true},
        {QStringLiteral("appStarts"), name(QT_TRANSLATE_NOOP("QuickGlance", "App starts")),
         q.appStarts, q.previousAppStarts, true},
        {QStringLiteral("errors"), name(QT_TRANSLATE_NOOP("QuickGlance", "Errors")), q.errors,
         q.previousErrors, false},
    };
}

QString formatCount(const OptNumber &value)
{
    if (!value)
        return QStringLiteral("—");
    const double v = *value;
    if (std::floor(v) == v && std::abs(v) < 9007199254740992.0)
        return QLocale().toString(static_cast<qlonglong>(v));
    return QLocale().toString(v, 'f', 1);
}
