#pragma once

#include <QLoggingCategory>

// Logging categories of the core. Log lines name paths and statuses only: never headers,
// bodies or the token (see docs/architecture.md, "Secrets").
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcCache)
// Start-up milestones ("overview drawn"), for the cold-start benchmark; off unless enabled
// (QT_LOGGING_RULES="nucleus.startup.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcStartup)
