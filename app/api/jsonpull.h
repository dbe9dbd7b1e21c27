#pragma once

#include <QByteArray>
#include <QString>

// A small recursive-descent reader over JSON text, for answers too big for a QJsonDocument
// tree (100 000 users): reads values straight into our structs, no DOM. Strict JSON; errors
// stop the reader (failed()) with an offset.
class JsonPull {
public:
    explicit JsonPull(const QByteArray &data);

    bool failed() const { return m_failed; }
    qsizetype offset() const { return m_pos; }
    void fail();

    // The next value's first character ('{', '[', '"', 't', 'f', 'n', '-' or a digit), or 0.
    char peek();
    bool atEnd();
    bool consume(char c); // skips white space first
    // Object members: call beginObject, then while nextKey(&key) read the value.
    bool beginObject() { return consume('{'); }
    bool nextKey(QByteArray *key); // false at '}' (consumed) or on error
    bool beginArray() { return consume('['); }
    bool nextElement(); // false at ']' (consumed) or on error

    bool readString(QString *out);
    bool readNumber(double *out);
    bool readNull(); // consumes "null"
    bool skipValue(int depth = 0);

private:
    void skipWhiteSpace();
    bool readStringBytes(QByteArray *out); // UTF-8, escapes resolved

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    bool m_failed = false;
    // Per open container: whether it had an element yet (for the commas).
    QByteArray m_first;
};

// Unix milliseconds of "yyyy-MM-ddTHH:mm:ss[.fff][Z|±hh:mm]"; -1 when not that form.
qint64 parseIsoMillis(const QString &text);
