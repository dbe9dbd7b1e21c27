#pragma once

#include <QObject>
#include <QSize>
#include <QString>
#include <QStringList>

class MainWindow;

// `nucleus-dashboard screenshot PAGE -o FILE.png`: shows PAGE of the window at `size`, waits
// until the page's data has loaded, renders the window to a PNG and ends the application with
// 0, or with 1 and one line on stderr when loading or saving failed.
class ScreenshotTaker : public QObject {
    Q_OBJECT
public:
    ScreenshotTaker(MainWindow *window, QString page, QString path, QSize size,
                    QObject *parent = nullptr);

    static QStringList pageNames();
    // Index of a page name ("overview", ...), or -1.
    static int pageIndex(const QString &name);

    // Call before the first load starts.
    void arm();

private:
    void capture(bool ok);
    void finish(int code, const QString &message);

    MainWindow *m_window;
    QString m_page;
    QString m_path;
    QSize m_size;
    bool m_done = false;
};
