#include "charts/chartexport.h"

#include "export/csvwriter.h"

#include <QAbstractItemModel>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPixmap>
#include <QSaveFile>
#include <QStandardPaths>
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

void ChartExport::addActions(QMenu *menu, QWidget *widget, const QAbstractItemModel *model,
                             int valueRole, const QString &baseName)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto fail = [widget](const QString &path) {
        QMessageBox::warning(widget, QObject::tr("Export failed"),
                             QObject::tr("Could not write %1.").arg(path));
    };
    menu->addAction(QObject::tr("Save as PNG…"), widget, [=] {
        const QString path =
            QFileDialog::getSaveFileName(widget, QObject::tr("Save chart"),
                                         dir + QLatin1Char('/') + baseName + QStringLiteral(".png"),
                                         QObject::tr("PNG images (*.png)"));
        if (!path.isEmpty() && !savePng(widget, path))
            fail(path);
    });
    if (!model)
        return;
    menu->addAction(QObject::tr("Export data as CSV…"), widget, [=] {
        const QString path =
            QFileDialog::getSaveFileName(widget, QObject::tr("Export data"),
                                         dir + QLatin1Char('/') + baseName + QStringLiteral(".csv"),
                                         QObject::tr("CSV files (*.csv)"));
        if (!path.isEmpty() && !saveCsv(*model, valueRole, path))
            fail(path);
    });
}
