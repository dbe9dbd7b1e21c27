#pragma once

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
    QString message() const;

signals:
    void retryRequested();

private:
    QLabel *m_text;
    QPushButton *m_retry;
};
