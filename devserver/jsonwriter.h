#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

// Writes compact JSON text straight into a buffer. The demo server's biggest answers (a year of
// per-day maps and hours) are built this way rather than through QJsonObject trees, which cost
// several times the final serialisation.
class JsonWriter {
public:
    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    // Writes `"name":`; the next value or begin*() belongs to it.
    void key(const QString &name);
    void key(const QByteArray &asciiName); // already safe text (day keys, field names)
    void value(double number);
    void value(const QString &text);
    QByteArray take() { return std::move(m_out); }

    static QByteArray number(double value);

private:
    void open(char bracket);
    void close(char bracket);
    void separate();
    void appendString(const QString &text);

    QByteArray m_out;
    QVector<bool> m_empty; // per open container: nothing written into it yet
    bool m_afterKey = false;
};
