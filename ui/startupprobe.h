#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class AnalyticsPage;

// Says once, on the nucleus.startup log category, when the Overview has first been painted
// with every panel showing data, and how many of them came from the answer cache: the end
// point of the cold-start benchmark (bench/bench_coldstart.cpp). Installed only when that
// category is enabled; it watches the window's paint requests, nothing else.
class StartupProbe : public QObject {
    Q_OBJECT
public:
    StartupProbe(QWidget *window, AnalyticsPage *overview);
    static bool isWanted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    QPointer<AnalyticsPage> m_overview;
    QWidget *m_window;
    QElapsedTimer m_sinceWindow;
    bool m_done = false;
};
