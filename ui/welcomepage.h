#pragma once

#include <QWidget>

class QPushButton;

// What a first run shows inside the main window: what the app is, and the two ways in (the
// built-in demo, or connecting an app with its API token), with a link to where the token is.
// Closing Connect comes back here; nothing quits.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    QPushButton *demoButton() const { return m_demo; }
    QPushButton *connectButton() const { return m_connect; }

signals:
    void demoRequested();
    void connectRequested();

private:
    QPushButton *m_demo;
    QPushButton *m_connect;
};
