#pragma once

#include "api/jsonreader.h"

#include <QDateTime>
#include <QString>
#include <QVariant>
#include <QVector>

#include <functional>
#include <initializer_list>
#include <utility>

// The fields of one kind of API object (a device, a session, an event, a live user), each
// declared once: its key, how its value is read from the object, and the value an export
// writes. The decoders read with it and the export views pick its fields by key, so a key and
// its reading are spelled in one place. Fields are declared by kind, the kind naming the
// reading: ids keep their exact text, codes (platforms, countries) share one copy per text.
template <typename Record> class RecordFields {
public:
    template <typename Value> using Keyed = std::pair<const char *, Value Record::*>;
    using Read = std::function<void(const JsonNode &value, Record &record)>;
    using Value = std::function<QVariant(const Record &record)>;

    RecordFields &ids(std::initializer_list<Keyed<QString>> fields)
    {
        return add(fields, [](const JsonNode &n) { return n.scalarText(); });
    }
    RecordFields &codes(std::initializer_list<Keyed<QString>> fields)
    {
        return add(fields, [](const JsonNode &n) { return n.codeText(); });
    }
    RecordFields &times(std::initializer_list<Keyed<QDateTime>> fields)
    {
        return add(fields, [](const JsonNode &n) { return n.dateTime(); });
    }
    RecordFields &numbers(std::initializer_list<Keyed<OptNumber>> fields)
    {
        return add(fields, [](const JsonNode &n) { return n.number(); });
    }
    // A field read its own way; `value` (none: not exported) is what an export writes.
    RecordFields &field(const char *key, Read read, Value value = {})
    {
        m_fields.append({key, QString::fromLatin1(key), std::move(read), std::move(value)});
        return *this;
    }
    // Exports name the field `column` (the name the API gives it elsewhere).
    RecordFields &exportedAs(const char *key, const char *column)
    {
        for (Field &f : m_fields) {
            if (qstrcmp(f.key, key) == 0)
                f.column = QString::fromLatin1(column);
        }
        return *this;
    }

    // The record in `object`; absent fields keep their defaults, mistyped ones fail the decode.
    Record read(const JsonNode &object) const
    {
        Record record;
        for (const Field &f : m_fields)
            f.read(object.at(f.key), record);
        return record;
    }
    // What an export writes for the field named `column`: a QString, QDateTime, double,
    // QVariantMap, or an invalid QVariant for no value. Only exported fields are named.
    const Value &exported(const QString &column) const
    {
        for (const Field &f : m_fields) {
            if (f.column == column && f.value)
                return f.value;
        }
        qFatal("RecordFields: no exported field %s", qPrintable(column));
        static const Value none; // not reached: for compilers that do not know qFatal ends
        return none;
    }

private:
    struct Field {
        const char *key;
        QString column;
        Read read;
        Value value;
    };
    static QVariant valueOf(const QString &v) { return v; }
    static QVariant valueOf(const QDateTime &v) { return v; }
    static QVariant valueOf(const OptNumber &v) { return variantOf(v); }
    template <typename V, typename Get>
    RecordFields &add(std::initializer_list<Keyed<V>> fields, Get get)
    {
        for (const auto &[key, member] : fields) {
            field(
                key, [m = member, get](const JsonNode &n, Record &r) { r.*m = get(n); },
                [m = member](const Record &r) { return valueOf(r.*m); });
        }
        return *this;
    }
    QVector<Field> m_fields;
};
