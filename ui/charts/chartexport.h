#pragma once

#include <QString>

#include <functional>

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
// An action `text` that asks where to save (`fileName` in startFolder(), of `filter`), writes
// there with `write` and says how it went.
void addSaveAction(QMenu *menu, QWidget *widget, const QString &text, const QString &dialogTitle,
                   const QString &fileName, const QString &filter,
                   std::function<bool(const QString &path)> write);
// After a save: the status bar says so (with "Open folder"), or a message says it failed.
void saved(QWidget *widget, const QString &path, bool ok);
// A sortable table of `model` with both exports on right-click; the first column (names)
// takes the width the numbers leave.
QTableView *exportingTable(QAbstractItemModel *model, int valueRole, const QString &name);
} // namespace ChartExport
