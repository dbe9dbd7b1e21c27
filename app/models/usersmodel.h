#pragma once

#include "api/apitypes.h"

#include "models/zonedtablemodel.h"
#include <QVector>

// Every user of an app, one row each: id, created, last seen, device count, platforms,
// country, locale. Built for 100 000 rows: the heavy part (rows, sort ranks, search text) is a
// Snapshot prepared off the UI thread; the model only swaps it in.
class UsersModel : public ZonedTableModel {
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
    // KeyRole: the user's id. ValueRole: ISO 8601 (UTC) times and the codes, as exported.

    enum Codes { PlatformCodes, CountryCode, LocaleCode, CodesCount };
    struct Row : UserRow {
        // Its codes' places in Snapshot::names: a name is made once and shared by the rows.
        int codeIds[CodesCount] = {};
        QString searchId; // the id in lower case (shares the id's text when it is so already)
        int facet = 0;    // its codes and names for search: an index into Snapshot::facets
    };
    struct Snapshot {
        QVector<Row> rows;
        // What the table shows for the codes ("Windows, macOS", "Germany", "German (Germany)");
        // exports keep the codes, the tooltip shows both.
        QStringList names[CodesCount];
        // " de germany win windows en english": the lower-case codes and names of one
        // combination of platforms, country and locale, which many rows share.
        QStringList facets;
        // Per column, each row's position in ascending order: sorting compares two ints.
        QVector<QVector<int>> ranks;
    };

    explicit UsersModel(QObject *parent = nullptr);

    // Thread-safe and pure: run it on a worker for big lists.
    static Snapshot prepare(QVector<UserRow> rows);
    static Snapshot prepare(const QVector<User> &users);
    void setSnapshot(Snapshot snapshot);
    void setUsers(const QVector<User> &users) { setSnapshot(prepare(users)); }
    // Removes a user's row (after the server confirmed the deletion). False if not shown.
    bool removeUser(const QString &userId);
    int rowOf(const QString &userId) const;
    const Row &row(int index) const { return m_snapshot.rows[index]; }
    // The name shown for a row's codes of one kind ("Windows, macOS", "Germany").
    const QString &name(const Row &row, Codes codes) const
    {
        return m_snapshot.names[codes][row.codeIds[codes]];
    }
    int rank(int column, int row) const { return m_snapshot.ranks[column][row]; }
    // The rows whose id, codes or names contain `needle` (lower case), in row order; every row
    // for an empty needle.
    QVector<int> rowsMatching(const QString &needle) const;
    static UserRow rowFor(const User &user);

private:
    int size() const override { return int(m_snapshot.rows.size()); }
    QVariant key(int row) const override { return m_snapshot.rows[row].userId; }
    Snapshot m_snapshot;
};
