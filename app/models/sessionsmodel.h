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
    enum Role { SessionIdRole = Qt::UserRole + 1, DeviceRole };

    using ZonedTableModel::ZonedTableModel;

    void setSessions(const QVector<Session> &sessions);
    const Session &session(int row) const { return m_sessions[row]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<Session> m_sessions;
};

// The events of one session in time order: time, type, and the event's data as key = value
// lines (nulls written as "null"); every other field the server sent is in the tooltip.
class EventTimelineModel : public ZonedTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, TypeColumn, DataColumn, ColumnCount };

    using ZonedTableModel::ZonedTableModel;

    void setEvents(const QVector<Event> &events);
    const Event &event(int row) const { return m_events[row]; }
    static QString keyValues(const QVariantMap &map);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<Event> m_events;
};
