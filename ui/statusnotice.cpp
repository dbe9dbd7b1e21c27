#include "statusnotice.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

namespace {
QString g_last;
constexpr int kShownMs = 12000;
const QString kNoticeName = QStringLiteral("statusNotice"); // the one notice of a status bar
} // namespace

void StatusNotice::show(QWidget *from, const QString &text, const QString &folder)
{
    g_last = text;
    auto *window = from ? qobject_cast<QMainWindow *>(from->window()) : nullptr;
    if (!window)
        return;
    QStatusBar *bar = window->statusBar();
    delete bar->findChild<QWidget *>(kNoticeName, Qt::FindDirectChildrenOnly); // replaced
    auto *box = new QWidget(bar);
    box->setObjectName(kNoticeName);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 8, 0);
    row->addWidget(new QLabel(text, box));
    if (!folder.isEmpty()) {
        auto *open = new QPushButton(QObject::tr("Open folder"), box);
        open->setFlat(true);
        QObject::connect(open, &QPushButton::clicked, box,
                         [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
        row->addWidget(open);
    }
    bar->insertWidget(0, box);
    QTimer::singleShot(kShownMs, box, &QObject::deleteLater);
}

QString StatusNotice::last()
{
    return g_last;
}
