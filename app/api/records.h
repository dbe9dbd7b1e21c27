#pragma once

#include "api/apitypes.h"
#include "api/recordfields.h"

// The fields of each kind of object the Data API sends, as its reference names them
// (data-api-v1.md): one table per kind, shared by the decoders and the export views.
namespace Records {
const RecordFields<QuickGlance> &quickGlance();
const RecordFields<Device> &device();
const RecordFields<User> &user();
const RecordFields<Session> &session();
// Session events and live events share one object shape.
const RecordFields<Event> &event();
const RecordFields<LiveUser> &liveUser();
} // namespace Records
