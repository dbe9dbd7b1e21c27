#include "charts/chartexport.h"

#include "export/csvwriter.h"
#include "statusnotice.h"

#include <QAbstractItemModel>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPixmap>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QWidget>

bool ChartExport::savePng(QWidget *widget, const QString &path)
{
    return widget->grab().save(path, "PNG");
}

bool ChartExport::saveCsv(const QAbstractItemModel &model, int valueRole, const QString &path)
{
    // QSaveFile: a failed or cancelled write never leaves a half-written file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(Csv::fromModel(model, valueRole));
    return file.commit();
}

QString ChartExport::startFolder()
{
    // The folder of the last export, else Documents: never the working directory.
    const QString last = QSettings().value(QStringLiteral("export/lastFolder")).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void ChartExport::saved(QWidget *widget, const QString &path, bool ok)
{
    if (!ok) {
        QMessageBox::warning(widget, QObject::tr("Export failed"),
                             QObject::tr("Could not write %1.").arg(path));
        return;
    }
    const QFileInfo file(path);
    QSettings().setValue(QStringLiteral("export/lastFolder"), file.absolutePath());
    StatusNotice::show(widget, QObject::tr("Saved %1").arg(file.fileName()), file.absolutePath());
}

void ChartExport::addSaveAction(QMenu *menu, QWidget *widget, const QString &text,
                                const QString &dialogTitle, const QString &fileName,
                                const QString &filter, std::function<bool(const QString &)> write)
{
    menu->addAction(text, widget, [=] {
        const QString path = QFileDialog::getSaveFileName(
            widget, dialogTitle, startFolder() + QLatin1Char('/') + fileName, filter);
        if (!path.isEmpty())
            saved(widget, path, write(path));
    });
}

void ChartExport::addActions(QMenu *menu, QWidget *widget, const QAbstractItemModel *model,
                             int valueRole, const QString &baseName)
{
    addSaveAction(menu, widget, QObject::tr("Save as PNG…"), QObject::tr("Save chart"),
                  baseName + QStringLiteral(".png"), QObject::tr("PNG images (*.png)"),
                  [widget](const QString &path) { return savePng(widget, path); });
    if (!model)
        return;
    addSaveAction(
        menu, widget, QObject::tr("Export data as CSV…"), QObject::tr("Export data"),
        baseName + QStringLiteral(".csv"), QObject::tr("CSV files (*.csv)"),
        [model, valueRole](const QString &path) { return saveCsv(*model, valueRole, path); });
}

QTableView *ChartExport::exportingTable(QAbstractItemModel *model, int valueRole,
                                        const QString &name)
{
    auto *table = new QTableView;
    // Tab moves on to the next control, not to the next cell: rows are read, not edited.
    table->setTabKeyNavigation(false);
    table->setModel(model);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Every column as wide as its header and values: a name is read whole ("SETTINGS_OPENED",
    // not "SETTIN…") and a narrow panel scrolls sideways; the last column takes what is left.
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(table, &QWidget::customContextMenuRequested, table, [=](const QPoint &pos) {
        QMenu menu(table);
        addActions(&menu, table, model, valueRole, name);
        menu.exec(table->viewport()->mapToGlobal(pos));
    });
    return table;
}
