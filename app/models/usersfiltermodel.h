#pragma once

#include <QSortFilterProxyModel>

class UsersModel;

// Sorting and searching of the users table. Compares the source rows' typed fields directly
// (no QVariant per comparison), so sorting and filtering 100 000 users stays fast.
class UsersFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit UsersFilterModel(QObject *parent = nullptr);

    void setUsersModel(UsersModel *model);
    // Case-insensitive match on user id, country or platform; empty shows everyone.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    UsersModel *m_users = nullptr;
    QString m_search;
};
