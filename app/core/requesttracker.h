#pragma once

#include "api/apierror.h"
#include "api/result.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVector>

#include <functional>

// The one place that decides which answer is wanted and when a page has settled (in the
// spirit of KDAB hotspot's JobTracker). A page, or a panel with requests of its own, owns one.
//
// Every request is begun under a slot; beginning another request of the same slot, or a new
// load (supersedeAll), *ends* the unfinished one as superseded: it is cancelled, its late
// answer is not current and is dropped, and it no longer counts. So the count of requests in
// flight can never stay unbalanced, and settled() is emitted exactly once each time the last
// request in flight ends.
class RequestTracker : public QObject {
    Q_OBJECT
public:
    using Id = quint64;
    using Cancel = std::function<void()>;

    explicit RequestTracker(QObject *parent = nullptr);
    ~RequestTracker() override;

    // A new load: every unfinished request ends as superseded, and whether the load failed is
    // counted afresh.
    void supersedeAll();
    // Starts a request. An unfinished request of the same non-empty slot ends as superseded.
    Id begin(const QString &slot = {});
    // Ends the unfinished request of `slot`, if any, as superseded (its answer is unwanted).
    void supersede(const QString &slot);
    // How to abort request `id` when it is superseded (e.g. ApiClient::cancel of its call).
    void setCancel(Id id, Cancel cancel);
    // Whether the answer of `id` is still wanted.
    bool isCurrent(Id id) const { return m_live.contains(id); }
    // Ends a current request; one already superseded has ended and is ignored.
    void end(Id id, bool ok);
    // Ends a current request as failed, keeping why (for the page's summary of failures).
    void fail(Id id, const ApiError &error);

    // The common case in one call: begin under `slot`, send (send gets the callback to give
    // the API client and returns the call's cancel function), hand the answer to onAnswer only
    // while it is current, then end with the answer's success. An answer from the cache goes
    // to onAnswer too, without ending the request: the fresh answer or its failure does.
    template <typename T, typename Send, typename OnAnswer>
    Id request(const QString &slot, Send send, OnAnswer onAnswer)
    {
        const Id id = begin(slot);
        QPointer<RequestTracker> self(this);
        Cancel cancel = send([self, id, onAnswer](const Result<T> &result) {
            if (!self || !self->isCurrent(id))
                return;
            onAnswer(result);
            if (self && result.isFromCache())
                return; // a kept answer drawn first: the fresh one ends the request
            if (self && result.ok())
                self->end(id, true);
            else if (self)
                self->fail(id, result.error());
        });
        if (isCurrent(id)) // an answer can only come later, but the cancel must be known now
            setCancel(id, std::move(cancel));
        return id;
    }

    // For a load that turned out to need no request: says settled at once if nothing is in
    // flight (superseding alone never does, as a reload begins new requests right after).
    void settleIfIdle();

    bool isBusy() const { return !m_live.isEmpty(); }
    int inFlight() const { return int(m_live.size()); }
    // Whether a request of the current load, or of the busy period since the tracker was last
    // idle, failed (superseded ones do not count).
    bool loadFailed() const { return m_failed; }
    // Why the current load's requests failed, in the order they did (see fail()).
    const QVector<ApiError> &failures() const { return m_failures; }
    // How many requests ended as superseded since construction (for tests and logs).
    quint64 supersededCount() const { return m_superseded; }

signals:
    // The last request in flight ended; ok: none of the load's requests failed.
    void settled(bool ok);

private:
    struct Live {
        QString slot;
        Cancel cancel;
    };
    void endSuperseded(Id id);

    QHash<Id, Live> m_live;
    QHash<QString, Id> m_bySlot;
    Id m_next = 0;
    bool m_failed = false;
    QVector<ApiError> m_failures;
    quint64 m_superseded = 0;
};
