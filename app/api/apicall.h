#pragma once

#include "api/apierror.h"
#include "api/retrypolicy.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

// One logical API request: sends, times out when no progress is seen, retries GETs by the
// RetryPolicy, follows same-origin redirects of a GET itself (so that it alone decides what
// goes out, and how often), and emits `finished` exactly once unless cancelled (then never).
class ApiCall : public QObject {
    Q_OBJECT
public:
    struct Timing {
        int stallTimeoutMs = 30000; // no bytes in either direction for this long fails
        int overallCapMs = 95000;   // the whole call, retries included, never takes longer

        // One rule for the window and the commands (the setting, or --timeout): `secs` without
        // progress fails an attempt, and the whole call, three attempts (1 + RetryPolicy's 2
        // retries) with their backoff, ends within 3 × `secs` + 5 s (95 s by default).
        static Timing forTimeout(int secs) { return {secs * 1000, secs * 3000 + 5000}; }
    };

    // The largest answer read (product.md §6: bad input never takes the machine down): a
    // bigger one, or one whose Content-Length says it will be, is stopped as TooLarge. The
    // biggest real answer, /users of 100 000 users, is about 40 MB.
    static constexpr qint64 kMaxAnswerBytes = 128 * 1024 * 1024;
    // Same-origin redirects followed at most (each carries the token); more: RedirectLoop.
    static constexpr int kMaxRedirects = 5;

    ApiCall(QNetworkAccessManager *nam, const QNetworkRequest &request, const QByteArray &method,
            const RetryPolicy &policy, const Timing &timing, QObject *parent = nullptr);
    ~ApiCall() override;

    void start();
    // For tests: a smaller bound than kMaxAnswerBytes.
    void setMaxAnswerBytes(qint64 bytes) { m_maxAnswerBytes = bytes; }
    // Stops the call for good; `finished` is not emitted afterwards.
    void cancel();
    bool isActive() const { return !m_cancelled && !m_done; }
    int attempts() const { return m_attempt; }

    // Maps a finished reply to a typed error: the HTTP status first, then the network error.
    static ApiError errorFor(QNetworkReply *reply, bool stalled);

signals:
    void finished(const QByteArray &body, const ApiError &error);

private:
    void sendAttempt();
    void send();
    bool followRedirect(QNetworkReply *reply, ApiError *refusal);
    void onReplyFinished();
    void onStalled();
    void onOverallCap();
    void finish(const QByteArray &body, const ApiError &error);
    void dropReply();

    QNetworkAccessManager *m_nam;
    QNetworkRequest m_request;
    QByteArray m_method;
    RetryPolicy m_policy;
    Timing m_timing;
    QPointer<QNetworkReply> m_reply;
    QTimer m_stallTimer;
    QTimer m_retryTimer;
    QTimer m_capTimer;
    QElapsedTimer m_elapsed;
    int m_attempt = 0;
    int m_redirects = 0;
    bool m_stalled = false;
    bool m_tooLarge = false;
    qint64 m_maxAnswerBytes = kMaxAnswerBytes;
    bool m_cancelled = false;
    bool m_done = false;
};
