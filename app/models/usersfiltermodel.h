#pragma once

#include <QAbstractProxyModel>
#include <QPointer>
#include <QVector>

class UsersModel;

// Sorting and searching of the users table, as a flat proxy over UsersModel. Sorting compares
// the model's precomputed ranks (two ints) and searching its lower-case search text, so both
// take milliseconds at 100 000 users, where a generic QSortFilterProxyModel takes hundreds.
class UsersFilterModel : public QAbstractProxyModel {
    Q_OBJECT
public:
    explicit UsersFilterModel(QObject *parent = nullptr);

    void setUsersModel(UsersModel *model);
    // Case-insensitive match on user id, country, platform or locale, as codes ("de") or as
    // names ("German"); empty shows everyone.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // Recomputes which source rows show, in which order (filter, then sort).
    QVector<int> visibleRows() const;
    void relayout(bool rowsChange);
    void rebuildLookup();

    QPointer<UsersModel> m_users; // may die first when its owner is torn down
    QString m_search;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QVector<int> m_rows;     // proxy row -> source row
    QVector<int> m_proxyRow; // source row -> proxy row, -1 when filtered out
};
