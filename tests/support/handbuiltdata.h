#pragma once

#include "dataset.h"

#include <QDate>

// A small data set written out by hand, whose numbers tests work out themselves:
// alice (US, en, pro, win d1) installs 2024-03-10 08:00 UTC; bob (DE, de, free, mac d2 +
// linux d3) 2024-03-11 23:30; carol (FR, fr, team, win d4) 2024-03-01. Five sessions over
// 03-01..03-12, three custom events, two errors.
qint64 utcSecs(const char *iso);
DataSet handBuiltDataSet();
