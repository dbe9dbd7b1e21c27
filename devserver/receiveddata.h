#pragma once

#include "dataset.h"
#include "tracking.h"

// Received events as the demo server's raw data, so that every Data API path answers from them
// exactly as from the synthetic data. Appends to `data` (empty, or a synthetic app's set) and
// leaves finalize() to the caller. A session is the events of one device and sessionId, from
// its `init` (or its first event) to its last; its user is the userId it was given (an event's
// userId, or a `userid` event), else its anonId, else the device. `event` and `nucleus:view`
// become custom events (their payload's first key as the property), `error` errors; `props`
// and `init` payloads become the user's properties (country, plan).
void appendReceived(DataSet &data, const QVector<Tracking::Event> &events);
