#include "tone.h"

#include "charts/charttheme.h"

#include <QApplication>
#include <QEvent>
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

// Repaints toned labels when the application's palette changes (light/dark).
class Follower : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ApplicationPaletteChange) {
            auto *label = static_cast<QWidget *>(watched);
            paint(label, Kind(label->property(kProperty).toInt()));
        }
        return false;
    }
};
} // namespace

void set(QWidget *label, Kind kind)
{
    if (!label->property(kProperty).isValid()) {
        static Follower *follower = new Follower(qApp);
        label->installEventFilter(follower);
    }
    label->setProperty(kProperty, int(kind));
    paint(label, kind);
}

} // namespace Tone
