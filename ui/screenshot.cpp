#include "screenshot.h"

#include "appearance.h"
#include "charts/charttheme.h"
#include "mainwindow.h"
#include "pages/analyticspage.h"
#include "panel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPixmap>
#include <QSaveFile>
#include <QStyle>
#include <QTextStream>

namespace {
constexpr int kMarginMs = 5000; // past the requests' own bound: the last resort

QSize parseSize(const QString &text)
{
    const QStringList parts = text.toLower().split(QLatin1Char('x'));
    if (parts.size() != 2)
        return {};
    bool okW = false, okH = false;
    const int w = parts[0].toInt(&okW), h = parts[1].toInt(&okH);
    return okW && okH && w >= 320 && h >= 240 && w <= 8000 && h <= 8000 ? QSize(w, h) : QSize();
}
} // namespace

void ScreenshotTaker::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QStringLiteral("Renders a page off-screen to a PNG once its data has loaded (or, with "
                       "the server down, from the answer cache).\nPages: %1")
            .arg(pageNames().join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("screenshot"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("page"), QStringLiteral("The page to render."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("The PNG file to write."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Window size (default 1280x860)."),
                      QStringLiteral("WxH"), QStringLiteral("1280x860")});
    parser.addOption({QStringLiteral("palette"),
                      QStringLiteral("light or dark (default: the system's)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("timeout"),
                      QStringLiteral("Seconds without progress that fail a request (default: "
                                     "the setting, 30)."),
                      QStringLiteral("SECS")});
}

ScreenshotTaker::Options ScreenshotTaker::readOptions(const QCommandLineParser &parser,
                                                      QString *error)
{
    Options options;
    options.page = parser.positionalArguments().value(1);
    options.path = parser.value(QStringLiteral("output"));
    options.size = parseSize(parser.value(QStringLiteral("size")));
    if (pageIndex(options.page) < 0) {
        *error = QStringLiteral("screenshot: unknown page \"%1\" (pages: %2)")
                     .arg(options.page, pageNames().join(QStringLiteral(", ")));
    } else if (options.path.isEmpty()) {
        *error = QStringLiteral("screenshot: -o FILE.png is required");
    } else if (!options.size.isValid()) {
        *error = QStringLiteral("screenshot: --size must be WxH, e.g. 1280x860");
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        options.timeoutSecs = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || options.timeoutSecs < 1 || options.timeoutSecs > 3600)
            *error = QStringLiteral("screenshot: --timeout must be 1 to 3600 seconds");
    }
    const QString palette = parser.value(QStringLiteral("palette"));
    if (palette == QLatin1String("dark") || palette == QLatin1String("light")) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        Appearance::instance()->applyForThisRun(palette == QLatin1String("dark")
                                                    ? Appearance::Scheme::Dark
                                                    : Appearance::Scheme::Light);
    } else if (!palette.isEmpty()) {
        *error = QStringLiteral("screenshot: --palette must be light or dark");
    }
    return options;
}

ScreenshotTaker::ScreenshotTaker(MainWindow *window, Options options, int deadlineMs,
                                 QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_options(std::move(options))
    , m_deadlineMs(deadlineMs)
{
    m_deadline.setSingleShot(true);
}

QStringList ScreenshotTaker::pageNames()
{
    return {QStringLiteral("apps"),    QStringLiteral("overview"), QStringLiteral("events"),
            QStringLiteral("errors"),  QStringLiteral("users"),    QStringLiteral("live"),
            QStringLiteral("settings")};
}

int ScreenshotTaker::pageIndex(const QString &name)
{
    return int(pageNames().indexOf(name.toLower()));
}

void ScreenshotTaker::arm()
{
    m_window->resize(m_options.size);
    m_window->showPage(pageIndex(m_options.page));
    AnalyticsPage *page = m_window->currentPage();
    connect(page, &AnalyticsPage::settled, this, [this] {
        m_deadline.stop();
        // A moment for the charts' layout to settle after the last model reset.
        QTimer::singleShot(300, this, [this] { capture(true); });
    });
    // The requests end by themselves within their bound (a server that drips one byte a
    // second included); this is the last resort should one not.
    connect(&m_deadline, &QTimer::timeout, this, [this] { capture(false); });
    m_deadline.start(m_deadlineMs + kMarginMs);
}

void ScreenshotTaker::capture(bool settled)
{
    if (m_done)
        return;
    // Saved in every case: the failed states are worth seeing too.
    const QPixmap image = m_window->grab();
    QSaveFile file(m_options.path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        finish(1, QStringLiteral("cannot write %1").arg(m_options.path));
        return;
    }
    QTextStream err(stderr);
    QStringList empty; // panels with nothing to show
    QString reason;
    const AnalyticsPage *page = m_window->currentPage();
    if (!page->failureSummary().isEmpty())
        reason = page->failureSummary(); // one outage: its one sentence
    else if (!page->requests().failures().isEmpty())
        reason = page->requests().failures().first().message();
    const auto panels = page->findChildren<Panel *>();
    for (const Panel *panel : panels) {
        if (!panel->isVisibleTo(m_window))
            continue;
        if (panel->isFromCache()) {
            err << panel->title() << ": from cache as of "
                << panel->dataTime().toUTC().toString(Qt::ISODate) << '\n';
        }
        const bool nothing =
            !panel->dataTime().isValid() && (panel->state() == Panel::State::Error ||
                                             (!settled && panel->state() == Panel::State::Loading));
        if (nothing) {
            empty.append(panel->title());
            if (reason.isEmpty())
                reason = panel->errorText();
        }
    }
    err.flush();
    if (!empty.isEmpty()) {
        const QString message =
            QStringLiteral("%1 of the %2 page had nothing to show (%3)")
                .arg(empty.join(QStringLiteral(", ")), m_options.page,
                     settled ? reason
                             : QStringLiteral("no answer within %1 s")
                                   .arg((m_deadlineMs + kMarginMs + 999) / 1000));
        finish(1, message.simplified());
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
