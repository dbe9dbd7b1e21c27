#include "models/sessionsmodel.h"

#include "models/dayseriesmodel.h"
#include "models/quickglancesummary.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>

#include <algorithm>

namespace {

QString valueText(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QStringLiteral("null");
    if (v.typeId() == QMetaType::QVariantMap || v.typeId() == QMetaType::QVariantList)
        return QString::fromUtf8(QJsonDocument::fromVariant(v).toJson(QJsonDocument::Compact));
    return v.toString();
}
} // namespace

SessionsModel::SessionsModel(QObject *parent)
    : ZonedTableModel({QT_TR_NOOP("Start"), QT_TR_NOOP("End"), QT_TR_NOOP("Duration"),
                       QT_TR_NOOP("Actions"), QT_TR_NOOP("Errors")},
                      parent)
{}

void SessionsModel::setSessions(const QVector<Session> &sessions)
{
    beginResetModel();
    m_sessions = sessions;
    std::stable_sort(m_sessions.begin(), m_sessions.end(),
                     [](const Session &a, const Session &b) { return a.start > b.start; });
    endResetModel();
}

QVariant SessionsModel::cell(int row, int column, int role) const
{
    const Session &s = m_sessions[row];
    if (role == SessionIdRole)
        return s.session;
    if (role == DeviceRole)
        return s.device;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case StartColumn:
        return timeText(s.start, TimeStyle::DateTimeSeconds);
    case EndColumn:
        return timeText(s.end, TimeStyle::DateTimeSeconds);
    case DurationColumn:
        return s.start.isValid() && s.end.isValid() ? formatDuration(double(s.start.secsTo(s.end)))
                                                    : QString();
    case ActionsColumn:
        return formatCount(s.actions);
    case ErrorsColumn:
        return formatCount(s.errors);
    }
    return {};
}

bool SessionsModel::isNumberColumn(int column) const
{
    return column >= DurationColumn;
}

EventTimelineModel::EventTimelineModel(QObject *parent)
    : ZonedTableModel({QT_TR_NOOP("Time"), QT_TR_NOOP("Event"), QT_TR_NOOP("Data")}, parent)
{}

void EventTimelineModel::setEvents(const QVector<Event> &events)
{
    beginResetModel();
    m_events = events;
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const Event &a, const Event &b) { return a.time < b.time; });
    endResetModel();
}

QString EventTimelineModel::keyValues(const QVariantMap &map)
{
    QStringList lines;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        lines.append(QStringLiteral("%1 = %2").arg(it.key(), valueText(it.value())));
    return lines.join(QLatin1Char('\n'));
}

QVariant EventTimelineModel::cell(int row, int column, int role) const
{
    const Event &e = m_events[row];
    if (role == Qt::ToolTipRole)
        return keyValues(e.fields()); // every field as sent, known or not
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case TimeColumn:
        return timeText(e.time, TimeStyle::DateTimeSeconds);
    case TypeColumn:
        return e.type.isEmpty() ? tr("(no type)") : e.type;
    case DataColumn:
        return e.data.isEmpty() ? tr("(no data)") : keyValues(e.data);
    }
    return {};
}
