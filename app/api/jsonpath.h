#pragma once

#include <QString>

// Where a decoder is in an answer ("data[3].devices[0].platform"), kept as a chain of stack
// frames that costs nothing while all goes well: the text is made only for an error.
class JsonPath {
public:
    JsonPath() = default; // the answer's root

    JsonPath member(const char *key) const { return JsonPath(this, key, -1); }
    JsonPath element(qsizetype index) const { return JsonPath(this, nullptr, index); }

    QString text() const
    {
        if (!m_parent)
            return QStringLiteral("(body)");
        QString out = m_parent->m_parent ? m_parent->text() : QString();
        if (m_key)
            return out.isEmpty() ? QString::fromLatin1(m_key)
                                 : out + QLatin1Char('.') + QLatin1String(m_key);
        return out + QLatin1Char('[') + QString::number(m_index) + QLatin1Char(']');
    }

private:
    JsonPath(const JsonPath *parent, const char *key, qsizetype index)
        : m_parent(parent)
        , m_key(key)
        , m_index(index)
    {}

    const JsonPath *m_parent = nullptr;
    const char *m_key = nullptr;
    qsizetype m_index = -1;
};
