#pragma once

#include <QString>

class QAbstractItemModel;
class QMenu;
class QWidget;

// "Save as PNG" and "Export data as CSV" for every chart and table (context menu and File menu).
namespace ChartExport {
bool savePng(QWidget *widget, const QString &path);
bool saveCsv(const QAbstractItemModel &model, int valueRole, const QString &path);
// Adds both actions to `menu`; they ask for a file name next to `baseName`.
void addActions(QMenu *menu, QWidget *widget, const QAbstractItemModel *model, int valueRole,
                const QString &baseName);
} // namespace ChartExport
