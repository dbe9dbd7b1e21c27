#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Settings → Local development (`nucleus-dashboard --dev`): the addresses to point an app's
// Nucleus SDK at (WebSocket, as the SDKs connect, and HTTP), each with a Copy button, and a
// curl command that sends a test session, so anyone can see the Live page move.
class LocalDevPanel : public QWidget {
    Q_OBJECT
public:
    explicit LocalDevPanel(QWidget *parent = nullptr);
    // The dev server's Tracking API addresses for `appId`.
    void setAddresses(const QUrl &webSocket, const QUrl &http);
    QString webSocketAddress() const;
    QString curlExample() const;
    QString httpAddress() const;

private:
    QLineEdit *m_webSocket;
    QLineEdit *m_http;
    QPlainTextEdit *m_curl;
    QLabel *m_copied;
};
