#pragma once

#include <QFrame>

class ErrorBanner;
class QLabel;
class QProgressBar;
class QStackedWidget;

// A titled box around one chart or table with its states: loading (a busy bar), error (the
// banner with Retry, content kept as it was), empty ("No events in this range"), and ready.
// Every panel of every page goes through these, so no chart is ever silently empty.
class Panel : public QFrame {
    Q_OBJECT
public:
    enum class State { Loading, Error, Empty, Ready };

    Panel(const QString &title, QWidget *content, QWidget *parent = nullptr);

    void showLoading();
    void showError(const QString &message, const QString &detail = {});
    void showEmpty(const QString &text);
    void showReady();

    State state() const { return m_state; }
    QString errorText() const;
    QString emptyText() const;
    QWidget *content() const { return m_content; }

signals:
    void retryRequested();

private:
    State m_state = State::Loading;
    QWidget *m_content;
    QLabel *m_title;
    QProgressBar *m_busy;
    ErrorBanner *m_banner;
    QStackedWidget *m_stack;
    QLabel *m_empty;
};
