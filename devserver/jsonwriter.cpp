#include "jsonwriter.h"

#include <QLocale>

#include <cmath>

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_empty.isEmpty()) {
        if (!m_empty.last())
            m_out += ',';
        m_empty.last() = false;
    }
}

void JsonWriter::open(char bracket)
{
    separate();
    m_out += bracket;
    m_empty.append(true);
}

void JsonWriter::close(char bracket)
{
    m_out += bracket;
    m_empty.removeLast();
}

void JsonWriter::key(const QString &name)
{
    separate();
    appendString(name);
    m_out += ':';
    m_afterKey = true;
}

void JsonWriter::key(const QByteArray &asciiName)
{
    separate();
    m_out += '"';
    m_out += asciiName;
    m_out += "\":";
    m_afterKey = true;
}

QByteArray JsonWriter::number(double value)
{
    if (!std::isfinite(value))
        return QByteArrayLiteral("null"); // JSON has no NaN or infinity
    if (std::floor(value) == value && std::abs(value) < 9007199254740992.0)
        return QByteArray::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest).toLatin1();
}

void JsonWriter::value(double number)
{
    separate();
    m_out += JsonWriter::number(number);
}

void JsonWriter::value(const QString &text)
{
    separate();
    appendString(text);
}

void JsonWriter::appendString(const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    m_out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            m_out += '\\';
            m_out += c;
        } else if (u < 0x20) {
            m_out += "\\u00";
            m_out += hex[u >> 4];
            m_out += hex[u & 15];
        } else {
            m_out += c;
        }
    }
    m_out += '"';
}
