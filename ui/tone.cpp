#include "tone.h"

#include "charts/charttheme.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QVariant>
#include <QWidget>

namespace Tone {

namespace {
const char *const kProperty = "nucleusTone";

void paint(QWidget *label, Kind kind)
{
    if (kind == Kind::Plain) {
        label->setPalette(QPalette()); // the application's, followed again
        return;
    }
    const QPalette app = QApplication::palette();
    QPalette own = label->palette();
    const QColor color = kind == Kind::Good ? ChartTheme::goodNews(app) : ChartTheme::badNews(app);
    own.setColor(QPalette::WindowText, color);
    own.setColor(QPalette::Text, color);
    label->setPalette(own);
}

// Repaints the toned labels when the application's palette changes (light/dark). Qt tells the
// application object and the windows, not every child widget, so the labels are kept here.
class Follower : public QObject {
public:
    using QObject::QObject;
    QList<QPointer<QWidget>> labels;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // A global filter: one comparison per event, the rare palette change does the work.
        if (event->type() == QEvent::ApplicationPaletteChange && watched == qApp) {
            labels.removeAll(nullptr);
            for (const QPointer<QWidget> &label : std::as_const(labels))
                paint(label, Kind(label->property(kProperty).toInt()));
        }
        return false;
    }
};
} // namespace

void set(QWidget *label, Kind kind)
{
    static Follower *follower = [] {
        auto *f = new Follower(qApp);
        qApp->installEventFilter(f);
        return f;
    }();
    if (!label->property(kProperty).isValid())
        follower->labels.append(label);
    label->setProperty(kProperty, int(kind));
    paint(label, kind);
}

} // namespace Tone
