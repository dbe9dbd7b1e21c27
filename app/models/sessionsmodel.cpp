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
    : ZonedTableModel(parent)
{
    const auto time = [this](const QDateTime &t) {
        return timeText(t, TimeStyle::DateTimeSeconds);
    };
    const auto seconds = [this](int row) -> std::optional<double> {
        const Session &s = m_sessions.at(row);
        if (!s.start.isValid() || !s.end.isValid())
            return std::nullopt;
        return double(s.start.secsTo(s.end));
    };
    setColumns({
        TableColumn(QT_TR_NOOP("Start"), [=](int row) { return time(m_sessions.at(row).start); })
            .withValue([this](int row) { return isoValue(m_sessions.at(row).start); }),
        TableColumn(QT_TR_NOOP("End"), [=](int row) { return time(m_sessions.at(row).end); })
            .withValue([this](int row) { return isoValue(m_sessions.at(row).end); }),
        TableColumn(QT_TR_NOOP("Duration"),
                    [=](int row) {
                        const auto s = seconds(row);
                        return s ? formatDuration(*s) : QString();
                    })
            .withValue([=](int row) { return variantOf(seconds(row)); })
            .asNumber(),
        TableColumn(QT_TR_NOOP("Actions"),
                    [this](int row) { return formatCount(m_sessions.at(row).actions); })
            .withValue([this](int row) { return variantOf(m_sessions.at(row).actions); })
            .asNumber(),
        TableColumn(QT_TR_NOOP("Errors"),
                    [this](int row) { return formatCount(m_sessions.at(row).errors); })
            .withValue([this](int row) { return variantOf(m_sessions.at(row).errors); })
            .asNumber(),
    });
}

void SessionsModel::setSessions(const QVector<Session> &sessions)
{
    beginResetModel();
    m_sessions = sessions;
    std::stable_sort(m_sessions.begin(), m_sessions.end(),
                     [](const Session &a, const Session &b) { return a.start > b.start; });
    endResetModel();
}

EventTimelineModel::EventTimelineModel(QObject *parent)
    : ZonedTableModel(parent)
{
    // Every field as sent, known or not, on every column.
    const auto fields = [this](int row) { return keyValues(m_events.at(row).fields()); };
    setColumns({
        TableColumn(
            QT_TR_NOOP("Time"),
            [this](int row) { return timeText(m_events.at(row).time, TimeStyle::DateTimeSeconds); })
            .withValue([this](int row) { return isoValue(m_events.at(row).time); })
            .withToolTip(fields),
        TableColumn(QT_TR_NOOP("Event"),
                    [this](int row) {
                        const QString &type = m_events.at(row).type;
                        return type.isEmpty() ? tr("(no type)") : type;
                    })
            .withToolTip(fields),
        TableColumn(QT_TR_NOOP("Data"),
                    [this](int row) {
                        const QVariantMap &data = m_events.at(row).data;
                        return data.isEmpty() ? tr("(no data)") : keyValues(data);
                    })
            .withToolTip(fields),
    });
}

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
