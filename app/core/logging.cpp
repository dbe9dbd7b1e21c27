#include "core/logging.h"

Q_LOGGING_CATEGORY(lcApi, "nucleus.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCache, "nucleus.cache", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStartup, "nucleus.startup", QtInfoMsg)
