#include "core/requesttracker.h"

RequestTracker::RequestTracker(QObject *parent)
    : QObject(parent)
{}

RequestTracker::~RequestTracker()
{
    // Nothing may answer into a tracker that is gone: cancel what is still out.
    const auto ids = m_live.keys();
    for (Id id : ids)
        endSuperseded(id);
}

void RequestTracker::supersedeAll()
{
    const auto ids = m_live.keys();
    for (Id id : ids)
        endSuperseded(id);
    m_failed = false;
    m_failures.clear();
}

void RequestTracker::supersede(const QString &slot)
{
    const auto older = m_bySlot.constFind(slot);
    if (older != m_bySlot.constEnd())
        endSuperseded(*older);
}

RequestTracker::Id RequestTracker::begin(const QString &slot)
{
    if (!slot.isEmpty())
        supersede(slot);
    if (m_live.isEmpty()) { // a new busy period (a Retry, a click): its own failures count
        m_failed = false;
        m_failures.clear();
    }
    const Id id = ++m_next;
    m_live.insert(id, {slot, {}});
    if (!slot.isEmpty())
        m_bySlot.insert(slot, id);
    return id;
}

void RequestTracker::setCancel(Id id, Cancel cancel)
{
    const auto it = m_live.find(id);
    if (it != m_live.end())
        it->cancel = std::move(cancel);
}

void RequestTracker::endSuperseded(Id id)
{
    const auto it = m_live.find(id);
    if (it == m_live.end())
        return;
    Live live = std::move(*it);
    m_live.erase(it);
    if (!live.slot.isEmpty() && m_bySlot.value(live.slot) == id)
        m_bySlot.remove(live.slot);
    ++m_superseded;
    if (live.cancel)
        live.cancel(); // after the bookkeeping: a cancel may re-enter the tracker
}

void RequestTracker::end(Id id, bool ok)
{
    const auto it = m_live.find(id);
    if (it == m_live.end())
        return; // superseded: it has ended already
    if (!it->slot.isEmpty() && m_bySlot.value(it->slot) == id)
        m_bySlot.remove(it->slot);
    m_live.erase(it);
    m_failed = m_failed || !ok;
    settleIfIdle();
}

void RequestTracker::fail(Id id, const ApiError &error)
{
    if (!isCurrent(id))
        return;
    m_failures.append(error);
    end(id, false);
}

void RequestTracker::settleIfIdle()
{
    if (m_live.isEmpty())
        emit settled(!m_failed);
}
