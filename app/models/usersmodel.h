#pragma once

#include "api/apitypes.h"

#include <QAbstractTableModel>
#include <QVector>

// Every user of an app, one row each: id, created, last seen, device count, platforms,
// country, locale. Built for 100 000 rows: compact rows, display text made only for the rows
// on screen, typed sort keys for UsersFilterModel.
class UsersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        UserIdColumn,
        CreatedColumn,
        LastSeenColumn,
        DevicesColumn,
        PlatformColumn,
        CountryColumn,
        LocaleColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, UserIdRole };

    struct Row {
        QString userId;
        qint64 createdMs = 0; // 0 when absent
        qint64 lastSeenMs = 0;
        int devices = 0;
        QString platforms; // distinct platforms joined by ";"
        QString country, locale;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setUsers(const QVector<User> &users);
    // Removes a user's row (after the server confirmed the deletion). False if not shown.
    bool removeUser(const QString &userId);
    int rowOf(const QString &userId) const;
    const Row &row(int index) const { return m_rows[index]; }
    static Row rowFor(const User &user);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<Row> m_rows;
};
