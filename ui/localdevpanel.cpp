#include "localdevpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

#include <functional>

LocalDevPanel::LocalDevPanel(QWidget *parent)
    : QWidget(parent)
    , m_webSocket(new QLineEdit)
    , m_http(new QLineEdit)
    , m_curl(new QPlainTextEdit)
    , m_copied(new QLabel)
{
    auto *intro = new QLabel(
        tr("Point your app's Nucleus SDK at this computer: what it sends shows up here, on "
           "every page, and stays between runs. Nothing goes to Nucleus' servers."));
    intro->setWordWrap(true);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QLineEdit *edit : {m_webSocket, m_http}) {
        edit->setReadOnly(true);
        edit->setFont(fixed);
    }
    m_webSocket->setAccessibleName(tr("WebSocket address"));
    m_http->setAccessibleName(tr("HTTP address"));
    m_curl->setReadOnly(true);
    m_curl->setFont(fixed);
    m_curl->setAccessibleName(tr("A test session with curl"));
    m_curl->setMaximumHeight(m_curl->fontMetrics().lineSpacing() * 5 + 12);
    m_curl->setTabChangesFocus(true);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(intro, 0, 0, 1, 3);
    const auto row = [this, grid](int at, const QString &label, QWidget *field,
                                  const std::function<QString()> &text) {
        auto *name = new QLabel(label);
        name->setBuddy(field);
        auto *copy = new QPushButton(tr("Copy"));
        copy->setAccessibleName(tr("Copy %1").arg(QString(label).remove(QLatin1Char(':'))));
        grid->addWidget(name, at, 0, Qt::AlignTop);
        grid->addWidget(field, at, 1);
        grid->addWidget(copy, at, 2, Qt::AlignTop);
        connect(copy, &QPushButton::clicked, this, [this, text] {
            QApplication::clipboard()->setText(text());
            m_copied->setText(tr("Copied."));
            QTimer::singleShot(3000, m_copied, &QLabel::clear);
        });
    };
    row(1, tr("WebSocket (SDK endpoint):"), m_webSocket, [this] { return m_webSocket->text(); });
    row(2, tr("HTTP (POST):"), m_http, [this] { return m_http->text(); });
    row(3, tr("Try it:"), m_curl, [this] { return m_curl->toPlainText(); });
    grid->addWidget(m_copied, 4, 1);
    grid->setColumnStretch(1, 1);
}

void LocalDevPanel::setAddresses(const QUrl &webSocket, const QUrl &http)
{
    // The JS SDK is given the server's root (`endpoint: 'ws://127.0.0.1:7727'`) and adds
    // /app/:appId/track itself; other SDKs take the whole address.
    m_webSocket->setText(webSocket.toString());
    m_http->setText(http.toString());
    // One line of JSON (a backslash inside the quotes would be part of it).
    m_curl->setPlainText(
        QStringLiteral("curl -X POST %1 -d '{\"data\":[{\"type\":\"init\",\"id\":1,"
                       "\"sessionId\":1,\"deviceId\":\"my-computer\",\"platform\":\"linux\"},"
                       "{\"type\":\"event\",\"id\":2,\"name\":\"HELLO\",\"sessionId\":1,"
                       "\"deviceId\":\"my-computer\"}]}'")
            .arg(http.toString()));
}

QString LocalDevPanel::webSocketAddress() const
{
    return m_webSocket->text();
}

QString LocalDevPanel::curlExample() const
{
    return m_curl->toPlainText();
}

QString LocalDevPanel::httpAddress() const
{
    return m_http->text();
}
