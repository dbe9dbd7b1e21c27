#pragma once

#include "dataset.h"

#include <QVector>

// Precomputed arrays over the time-sorted sessions so that /analytics for any range and
// utcOffset costs binary searches plus one tight pass, instead of a walk through every session
// struct with per-user bookkeeping. Rebuilt (O(sessions)) whenever a user is deleted.
class SessionIndex {
public:
    void build(const DataSet &data);

    // Counts of alive sessions and their summed durations in [begin, end) (session indexes).
    qint64 sessionCount(int begin, int end) const
    {
        return m_alivePrefix[end] - m_alivePrefix[begin];
    }
    qint64 durationSum(int begin, int end) const
    {
        return m_durationPrefix[end] - m_durationPrefix[begin];
    }
    // First session index whose start is >= secs, searching from `from` on: galloping, so
    // walking forward through a range in small steps stays cheap and cache-friendly.
    int lowerBound(qint64 secs, int from = 0) const;

    // "Is session i its user's first since `secs`?" The previous start of the same user (all
    // sessions / same platform / same version), as seconds after base(); deleted users' sessions
    // hold a value no bound reaches, users' first sessions one below every bound.
    const qint32 *previousStart() const { return m_prevStart.constData(); }
    const qint32 *previousStartSamePlatform() const { return m_prevPlatform.constData(); }
    const qint32 *previousStartSameVersion() const { return m_prevVersion.constData(); }
    const int *users() const { return m_user.constData(); }
    const quint8 *platforms() const { return m_platform.constData(); }
    const quint8 *versions() const { return m_version.constData(); }
    // `secs` as a bound to compare the previous-start arrays with.
    qint32 relative(qint64 secs) const;

    // Each user's locale, country and RAM as an index into the matching name list, so that
    // breakdowns count into small arrays instead of hashing strings per user.
    struct Attribute {
        QStringList names;
        QVector<quint16> ofUser;
    };
    const Attribute &locales() const { return m_locales; }
    const Attribute &countries() const { return m_countries; }
    const Attribute &ram() const { return m_ram; }

    // Install times (createdAt) of alive users, sorted.
    const QVector<qint64> &installs() const { return m_installs; }

private:
    qint64 m_base = 0;
    QVector<qint64> m_starts;
    // First session index at each whole UTC hour from m_hourBase: boundaries of ranges in
    // whole-hour zones are then a look-up, not a search.
    qint64 m_hourBase = 0;
    QVector<int> m_hourFirst;
    QVector<qint64> m_alivePrefix, m_durationPrefix;
    QVector<qint32> m_prevStart, m_prevPlatform, m_prevVersion;
    QVector<int> m_user;
    QVector<quint8> m_platform, m_version;
    QVector<qint64> m_installs;
    Attribute m_locales, m_countries, m_ram;
};
