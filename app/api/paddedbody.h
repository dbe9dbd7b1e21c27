#pragma once

#include <QByteArray>

#include <simdjson.h>

// An answer as simdjson reads it: simdjson reads up to SIMDJSON_PADDING bytes past the end of
// its input. An answer from ApiCall keeps Decode::kBodyPadding spare bytes after its data, so it
// is read in place; any other body is copied once. Only the room after the data counts
// (capacity() also counts room before it, left by a removal at the front).
class PaddedBody {
public:
    explicit PaddedBody(const QByteArray &body)
    {
        // data_ptr() is only asked for its free space: nothing is changed.
        const qsizetype spare = const_cast<QByteArray &>(body).data_ptr().freeSpaceAtEnd();
        if (spare >= qsizetype(simdjson::SIMDJSON_PADDING)) {
            m_view = simdjson::padded_string_view(body.constData(), size_t(body.size()),
                                                  size_t(body.size() + spare));
        } else {
            m_copy = simdjson::padded_string(body.constData(), size_t(body.size()));
            m_view = m_copy;
        }
    }
    PaddedBody(const PaddedBody &) = delete;
    PaddedBody &operator=(const PaddedBody &) = delete;

    const simdjson::padded_string_view &view() const { return m_view; }

private:
    simdjson::padded_string m_copy;
    simdjson::padded_string_view m_view;
};
