#include "screenshot.h"

#include "mainwindow.h"
#include "pages/analyticspage.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>

ScreenshotTaker::ScreenshotTaker(MainWindow *window, QString page, QString path, QSize size,
                                 QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_page(std::move(page))
    , m_path(std::move(path))
    , m_size(size)
{}

QStringList ScreenshotTaker::pageNames()
{
    return {QStringLiteral("overview"), QStringLiteral("events"), QStringLiteral("errors"),
            QStringLiteral("users"),    QStringLiteral("live"),   QStringLiteral("settings")};
}

int ScreenshotTaker::pageIndex(const QString &name)
{
    return int(pageNames().indexOf(name.toLower()));
}

void ScreenshotTaker::arm()
{
    m_window->resize(m_size);
    m_window->showPage(pageIndex(m_page));
    AnalyticsPage *page = m_window->currentPage();
    connect(page, &AnalyticsPage::settled, this, [this](bool ok) {
        // A moment for the charts' layout to settle after the last model reset.
        QTimer::singleShot(300, this, [this, ok] { capture(ok); });
    });
    QTimer::singleShot(120000, this, [this] {
        finish(1, QStringLiteral("the page did not finish loading within 120 s"));
    });
}

void ScreenshotTaker::capture(bool ok)
{
    if (!ok) {
        finish(1, QStringLiteral("the %1 page could not load its data").arg(m_page));
        return;
    }
    const QPixmap image = m_window->grab();
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        finish(1, QStringLiteral("cannot write %1").arg(m_path));
        return;
    }
    finish(0, {});
}

void ScreenshotTaker::finish(int code, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    if (!message.isEmpty())
        QTextStream(stderr) << "nucleus-dashboard: screenshot: " << message << '\n';
    QCoreApplication::exit(code);
}
