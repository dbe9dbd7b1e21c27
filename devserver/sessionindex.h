#pragma once

#include "dataset.h"

#include <QVector>

// Precomputed arrays over the sessions so that /analytics for any range and utcOffset costs
// look-ups and a walk over the users, not a walk over every session: a year of 100 000 users
// is 3.2 M sessions but 365 days and 100 000 users. Rebuilt (O(sessions)) whenever a user is
// deleted.
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

    // Distinct alive users with a session starting in [from, from + 1 day). A look-up when
    // `from` lies on the quarter-hour grid (every whole-day range in every real time zone);
    // -1 otherwise, and the caller counts with usersSince().
    qint64 usersInDayFrom(qint64 from) const;
    // Distinct alive users among sessions [begin, end) whose start is >= `since`, when every
    // session in [begin, end) starts at or after `since`: the sessions that are their user's
    // first since then.
    qint64 usersSince(int begin, int end, qint64 since) const;

    // The users with a session starting in [from, to] and what they were counted under: each
    // user once in total and once per locale, country and RAM size, and once per platform and
    // per version they used within the range.
    struct RangeUsers {
        qint64 users = 0;
        QVector<qint64> perPlatform, perVersion;       // indexes of DataSet::platforms / versions
        QVector<qint64> perLocale, perCountry, perRam; // indexes of the Attribute names
    };
    RangeUsers usersBetween(qint64 from, qint64 to) const;

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
    // Times inside the index are seconds after m_base, in 32 bits to halve the memory walked.
    qint32 relative(qint64 secs) const;
    void buildUserMajor(const DataSet &data);
    void buildDayWindows();

    qint64 m_base = 0;
    QVector<qint64> m_starts; // time-sorted, as DataSet::sessions
    // First session index at each whole UTC hour from m_hourBase: boundaries of ranges in
    // whole-hour zones are then a look-up, not a search.
    qint64 m_hourBase = 0;
    QVector<int> m_hourFirst;
    QVector<qint64> m_alivePrefix, m_durationPrefix;
    // The start of the same user's previous session (time-sorted like m_starts); deleted
    // users' sessions hold a value no bound reaches, users' first sessions one below every one.
    QVector<qint32> m_prevStart;
    // Distinct users in the day starting at each quarter hour from m_windowBase.
    qint64 m_windowBase = 0;
    QVector<qint32> m_dayUsers;

    // Per alive user: the first and last session start (deleted users: an empty span) and the
    // sessions in time order from m_userBegin[u] (start, platform, version).
    QVector<qint32> m_firstStart, m_lastStart;
    QVector<int> m_userBegin;
    QVector<qint32> m_userStart;
    QVector<quint8> m_userPlatform, m_userVersion;
    // The platforms (or versions) each user used, each with the first and last start of the
    // user's sessions on it: user u's are at [begin[u], begin[u + 1]).
    struct UsedKinds {
        QVector<int> begin;
        QVector<quint8> kind;
        QVector<qint32> first, last;
    };
    UsedKinds m_usedPlatforms, m_usedVersions;
    int m_platformCount = 0, m_versionCount = 0;

    QVector<qint64> m_installs;
    Attribute m_locales, m_countries, m_ram;
};
