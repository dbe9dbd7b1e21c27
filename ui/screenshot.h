#pragma once

#include <QObject>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTimer>

class MainWindow;
class QCommandLineParser;

// `nucleus-dashboard screenshot PAGE -o FILE.png`: shows PAGE of the window at a size, waits
// until the page's requests have settled (or the deadline passed), renders the window to a PNG
// and ends the application. It follows the window's own state path: with the server down,
// panels drawn from the answer cache are rendered with their "as of" marks and each is named
// on stderr ("PANEL: from cache as of ISO-TIME"); the exit code is 0 when every panel shows
// data (fresh or kept), 1 with one line on stderr when a panel has nothing to show.
class ScreenshotTaker : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString page;
        QString path;
        QSize size;
        int timeoutSecs = 0; // 0: the saved setting
    };
    // The screenshot command's own options (page, -o, --size, --palette, --timeout).
    static void addOptions(QCommandLineParser &parser);
    // Reads them (and applies --palette); an empty error means they are valid.
    static Options readOptions(const QCommandLineParser &parser, QString *error);

    // `deadlineMs`: the requests' own bound (timeout × retries); the picture is taken a little
    // after it even if a request never ends.
    ScreenshotTaker(MainWindow *window, Options options, int deadlineMs, QObject *parent = nullptr);

    static QStringList pageNames();
    // Index of a page name ("overview", ...), or -1.
    static int pageIndex(const QString &name);

    // Call before the first load starts.
    void arm();

private:
    void capture(bool settled);
    void finish(int code, const QString &message);

    MainWindow *m_window;
    Options m_options;
    int m_deadlineMs;
    QTimer m_deadline;
    bool m_done = false;
};
