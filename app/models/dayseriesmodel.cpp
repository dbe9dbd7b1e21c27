#include "models/dayseriesmodel.h"

#include "models/quickglancesummary.h"

#include <cmath>

QVector<OptNumber> valuesForDays(const DayValues &map, const QVector<QDate> &days,
                                 MissingDay missing)
{
    QVector<OptNumber> out;
    out.reserve(days.size());
    for (const QDate &day : days) {
        const auto it = map.constFind(day);
        if (it != map.constEnd())
            out.append(it.value());
        else
            out.append(missing == MissingDay::Zero ? OptNumber(0) : std::nullopt);
    }
    return out;
}

QString formatDuration(double seconds)
{
    const qint64 total = qint64(std::llround(seconds));
    const qint64 h = total / 3600, m = total % 3600 / 60, s = total % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

DaySeriesModel::DaySeriesModel(QObject *parent)
    : TableModel(parent)
{
    // The series' columns follow the data: cell() answers for them.
    setColumns({TableColumn(QT_TR_NOOP("Date"), [this](int row) { return isoDay(row); })});
}

void DaySeriesModel::setSeries(const QVector<QDate> &days, const QVector<Series> &series,
                               bool lastDayPartial)
{
    beginResetModel();
    m_days = days;
    m_series = series;
    m_lastDayPartial = lastDayPartial;
    for (Series &s : m_series)
        s.values.resize(m_days.size());
    endResetModel();
}

void DaySeriesModel::clear()
{
    setSeries({}, {});
}

int DaySeriesModel::seriesIndex(const QString &name) const
{
    for (int i = 0; i < m_series.size(); ++i) {
        if (m_series[i].name == name)
            return i;
    }
    return -1;
}

int DaySeriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_series.size());
}

QString DaySeriesModel::isoDay(int row) const
{
    return m_days[row].toString(Qt::ISODate);
}

QVariant DaySeriesModel::cell(int row, int column, int role) const
{
    if (column == 0)
        return TableModel::cell(row, column, role);
    const Series &s = m_series[column - 1];
    const OptNumber value = s.values[row];
    switch (role) {
    case ValueRole:
        return variantOf(value);
    case Qt::DisplayRole:
        if (!value)
            return QString();
        return s.isDuration ? formatDuration(*value) : formatCount(value);
    default:
        return {};
    }
}

bool DaySeriesModel::isNumberColumn(int column) const
{
    return column > 0;
}

QVariant DaySeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section < 1)
        return TableModel::headerData(section, orientation, role);
    return section - 1 < m_series.size() ? QVariant(m_series[section - 1].name) : QVariant();
}
