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

void ChartExport::addActions(QMenu *menu, QWidget *widget, const QAbstractItemModel *model,
                             int valueRole, const QString &baseName)
{
    menu->addAction(QObject::tr("Save as PNG…"), widget, [=] {
        const QString path = QFileDialog::getSaveFileName(widget, QObject::tr("Save chart"),
                                                          startFolder() + QLatin1Char('/') +
                                                              baseName + QStringLiteral(".png"),
                                                          QObject::tr("PNG images (*.png)"));
        if (!path.isEmpty())
            saved(widget, path, savePng(widget, path));
    });
    if (!model)
        return;
    menu->addAction(QObject::tr("Export data as CSV…"), widget, [=] {
        const QString path = QFileDialog::getSaveFileName(widget, QObject::tr("Export data"),
                                                          startFolder() + QLatin1Char('/') +
                                                              baseName + QStringLiteral(".csv"),
                                                          QObject::tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            saved(widget, path, saveCsv(*model, valueRole, path));
    });
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
