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

// Valid JSON that simdjson refuses: an integer beyond 64 bits (JavaScript writes 1e20 as
// 100000000000000000000) or an escaped lone UTF-16 surrogate ("\ud83d", JSON.stringify of a
// string cut inside an emoji). Both can come from an app's own event data. For a refusal of a
// number or a string, `errorMayBeValidJson` says so; `readableCopy` is the body with integers of
// 19 digits or more written as decimals (read as the nearest double, as every number here is)
// and lone surrogates as \ufffd, or empty when it holds neither. The copy is read by simdjson
// again, under the same rules: a malformed number or escape stays refused.
namespace SimdjsonInput {
bool errorMayBeValidJson(simdjson::error_code error);
QByteArray readableCopy(const QByteArray &body);
} // namespace SimdjsonInput
