#pragma once

#include "api/apitypes.h"

#include "models/zonedtablemodel.h"

// A user's sessions, newest first: start, end, duration, actions, errors.
class SessionsModel : public ZonedTableModel {
    Q_OBJECT
public:
    enum Column {
        StartColumn,
        EndColumn,
        DurationColumn,
        ActionsColumn,
        ErrorsColumn,
        ColumnCount
    };
    // KeyRole: the session's id.

    explicit SessionsModel(QObject *parent = nullptr);

    void setSessions(const QVector<Session> &sessions);
    const Session &session(int row) const { return m_sessions[row]; }

private:
    int size() const override { return int(m_sessions.size()); }
    QVariant key(int row) const override { return m_sessions[row].session; }
    QVector<Session> m_sessions;
};

// The events of one session in time order: time, type, and the event's data as key = value
// lines (nulls written as "null"); every other field the server sent is in the tooltip.
class EventTimelineModel : public ZonedTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, TypeColumn, DataColumn, ColumnCount };

    explicit EventTimelineModel(QObject *parent = nullptr);

    void setEvents(const QVector<Event> &events);
    const Event &event(int row) const { return m_events[row]; }
    static QString keyValues(const QVariantMap &map);

private:
    int size() const override { return int(m_events.size()); }
    QVector<Event> m_events;
};
