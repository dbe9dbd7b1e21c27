#pragma once

#include <QSignalSpy>

// Waits for `signal` (whose first argument is a success flag, like AnalyticsPage::settled or
// LivePoller::pollFinished) and hands that flag back through `ok`. False when it never came.
template <typename Sender, typename Signal>
bool waitForOutcome(Sender *sender, Signal signal, bool *ok = nullptr, int timeoutMs = 20000)
{
    QSignalSpy spy(sender, signal);
    if (!spy.wait(timeoutMs))
        return false;
    if (ok)
        *ok = spy.last().at(0).toBool();
    return true;
}
