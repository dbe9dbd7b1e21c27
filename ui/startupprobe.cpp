#include "startupprobe.h"

#include "core/logging.h"
#include "pages/analyticspage.h"
#include "panel.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <algorithm>

StartupProbe::StartupProbe(QWidget *window, AnalyticsPage *overview)
    : QObject(window)
    , m_overview(overview)
    , m_window(window)
{
    m_sinceWindow.start();
    window->installEventFilter(this);
}

bool StartupProbe::isWanted()
{
    return lcStartup().isDebugEnabled();
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::UpdateRequest && !m_done && m_overview) {
        const auto panels = m_overview->findChildren<Panel *>();
        const bool allDrawn = !panels.isEmpty() &&
                              std::all_of(panels.cbegin(), panels.cend(),
                                          [](const Panel *p) { return p->dataTime().isValid(); });
        if (allDrawn) {
            m_done = true;
            m_window->removeEventFilter(this); // said once: nothing more to watch
            // Posted: it runs once this paint request has been handled and the window flushed.
            QTimer::singleShot(0, this, &StartupProbe::report);
        }
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::report()
{
    if (!m_overview)
        return;
    const auto panels = m_overview->findChildren<Panel *>();
    const auto fromCache = std::count_if(panels.cbegin(), panels.cend(),
                                         [](const Panel *p) { return p->isFromCache(); });
    qCDebug(lcStartup, "overview drawn: %d panels, %d from cache, %lld ms after the window",
            int(panels.size()), int(fromCache), qint64(m_sinceWindow.elapsed()));
}
