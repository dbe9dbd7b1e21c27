#include "welcomepage.h"

#include "version.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_demo(new QPushButton(tr("Explore the demo")))
    , m_connect(new QPushButton(tr("Connect your app…")))
{
    auto *title = new QLabel(tr("Welcome to %1").arg(QStringLiteral(NUCLEUS_APP_NAME)));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    auto *text = new QLabel(
        tr("See the usage, events, errors, users and live activity of your desktop apps from "
           "the Nucleus Data API, right here.\n\nTry it on built-in demo data first (nothing "
           "is sent anywhere), or connect your own app: you need the server address, the "
           "app's ID and an API token. The token is kept in the system keychain, never in a "
           "file."));
    text->setWordWrap(true);
    auto *docs = new QLabel(tr("Your app's ID and API token are in your account at "
                               "<a href=\"https://app.nucleus.sh\">app.nucleus.sh</a>."));
    docs->setOpenExternalLinks(true);
    docs->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_demo->setDefault(true);
    m_demo->setToolTip(tr("Opens the dashboard on synthetic data served on this computer"));
    m_connect->setToolTip(tr("Server, app ID and API token; checked before anything is saved"));
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_connect, &QPushButton::clicked, this, &WelcomePage::connectRequested);

    auto *column = new QWidget;
    // A fixed measure for reading (and so the wrapped text knows its height).
    column->setFixedWidth(fontMetrics().averageCharWidth() * 72);
    auto *layout = new QVBoxLayout(column);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(text);
    layout->addSpacing(16);
    layout->addWidget(m_demo);
    layout->addWidget(m_connect);
    layout->addSpacing(8);
    layout->addWidget(docs);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
}
