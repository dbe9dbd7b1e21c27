#pragma once

#include <QString>

class QAbstractItemModel;
class QMenu;
class QTableView;
class QWidget;

// "Save as PNG" and "Export data as CSV" for every chart and table (context menu and File menu).
namespace ChartExport {
bool savePng(QWidget *widget, const QString &path);
bool saveCsv(const QAbstractItemModel &model, int valueRole, const QString &path);
// Adds both actions to `menu`; they ask for a file name next to `baseName`.
void addActions(QMenu *menu, QWidget *widget, const QAbstractItemModel *model, int valueRole,
                const QString &baseName);
// Where the save dialogs start: the last export's folder, else Documents.
QString startFolder();
// After a save: the status bar says so (with "Open folder"), or a message says it failed.
void saved(QWidget *widget, const QString &path, bool ok);
// A sortable table of `model` with both exports on right-click; the first column (names)
// takes the width the numbers leave.
QTableView *exportingTable(QAbstractItemModel *model, int valueRole, const QString &name);
} // namespace ChartExport
