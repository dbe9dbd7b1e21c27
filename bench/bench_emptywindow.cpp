// The cold-start baseline: an empty QMainWindow, shown, that prints "painted" once its first
// paint request has been handled (the same end point StartupProbe uses), then quits.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace {
class FirstPaint : public QObject {
protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::UpdateRequest && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] {
                std::fputs("painted\n", stderr);
                std::fflush(stderr);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    FirstPaint probe;
    window.installEventFilter(&probe);
    window.resize(1280, 860);
    window.show();
    return app.exec();
}
