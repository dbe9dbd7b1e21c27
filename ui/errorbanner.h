#pragma once

#include <QColor>
#include <QWidget>

class QLabel;
class QPushButton;

// An inline, dismissable-by-success error strip with a Retry button: how every panel says
// that loading failed (never a silent empty view).
class ErrorBanner : public QWidget {
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const QString &message, const QString &detail = {});
    // Its own warm colours, the same in light and dark mode (WCAG AA between them).
    static QColor textColor() { return QColor(0x61, 0x1a, 0x15); }
    static QColor backgroundColor() { return QColor(0xfd, 0xec, 0xea); }
    QString message() const;

signals:
    void retryRequested();

private:
    QLabel *m_text;
    QPushButton *m_retry;
};
