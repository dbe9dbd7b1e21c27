#include "rowtable.h"

#include <QHeaderView>
#include <QTableView>

QTableView *makeRowTable(QAbstractItemModel *model)
{
    auto *view = new QTableView;
    view->setTabKeyNavigation(false);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}
