#pragma once

#include <QDateTime>
#include <QFrame>
#include <QTimeZone>

#include <functional>

class ErrorBanner;
class QLabel;
class QProgressBar;
class QStackedWidget;
class StaleOverlay;

// A titled box around one chart or table, always in exactly one of the states of product.md
// §7, so no panel ever shows a fake or silently old chart:
// - loading with nothing yet: a neutral placeholder (never axes from 1970 or a made-up scale);
//   loading again over data keeps the data and shows the busy bar;
// - ready (or empty: "No events in this range");
// - ready but old: an answer from the cache, drawn at once, muted, "as of 14:02", until the
//   fresh one comes;
// - failed with old data: the old data muted, "as of 14:02", and the banner;
// - failed with nothing: the placeholder says so, and the banner offers Retry.
// The banner can be left to someone else (showFailed(..., false)) when one request feeds many
// panels, or the page already says what failed: one failure, one banner.
class Panel : public QFrame {
    Q_OBJECT
public:
    enum class State { Loading, Error, Empty, Ready };

    Panel(const QString &title, QWidget *content, QWidget *parent = nullptr);

    void showLoading();
    // Forgets what was drawn: another app or range is asked for, and data of the last one must
    // not pass for its old data. Back to the "Loading…" placeholder.
    void reset();
    // `message` names what failed ("Platforms could not be loaded: …").
    void showError(const QString &message, const QString &detail = {});
    // Failed, with the banner here (withBanner) or said elsewhere on the page.
    void showFailed(const QString &message, const QString &detail, bool withBanner);
    // `asOf`: when the answer shown was received, for one from the answer cache (then the
    // panel is ready but old); invalid for a fresh answer.
    void showEmpty(const QString &text, const QDateTime &asOf = {});
    void showReady(const QDateTime &asOf = {});
    // An answer drawn: ready when it has something to show, else empty saying `emptyText`.
    void showLoaded(bool hasData, const QString &emptyText, const QDateTime &asOf = {});

    State state() const { return m_state; }
    QString title() const;
    // Whether what is drawn is data from an earlier load (loading again, or failed).
    bool showsOldData() const;
    // When the data drawn was received (invalid when nothing was).
    QDateTime dataTime() const { return m_dataTime; }
    // What is drawn is a kept answer from the answer cache (none fresh came since).
    bool isFromCache() const { return m_dataTime.isValid() && m_fromCache; }
    // "14:02" for a time of today in `zone`, "3 Nov 14:02" for an earlier day.
    static QString shortTime(const QDateTime &time, const QTimeZone &zone, const QDateTime &now);
    QString errorText() const;
    QString emptyText() const;
    QString placeholderText() const;
    QString asOfText() const; // "as of 14:02" while old data is shown, else empty
    bool hasBanner() const;
    QWidget *content() const { return m_content; }
    // The zone "as of" times are written in (the window's one zone).
    void setTimeZone(const QTimeZone &zone);
    // For tests: the clock that stamps received data.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

signals:
    void retryRequested();

private:
    void markReceived(const QDateTime &asOf);
    void setMuted(bool muted);
    void updateAsOf();

    State m_state = State::Loading;
    QDateTime m_dataTime;     // UTC; invalid while nothing was received
    bool m_fromCache = false; // what is drawn came from the answer cache
    QString m_error;          // the failure's message, also when its banner is elsewhere
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    std::function<QDateTime()> m_clock;
    QWidget *m_content;
    QLabel *m_title;
    QLabel *m_asOf;
    QProgressBar *m_busy;
    ErrorBanner *m_banner;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_placeholder;
    StaleOverlay *m_veil; // over old data
};
