#include "themedicon.h"

#include <QHash>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>

namespace {

// Draws the SVG at the size asked for, in the palette colour of the mode asked for, the first
// time it is asked (a list shows one or two sizes of a few icons: nothing else is drawn).
class TintedIconEngine : public QIconEngine {
public:
    TintedIconEngine(QString resource, const QPalette &palette)
        : m_resource(std::move(resource))
        , m_normal(palette.color(QPalette::WindowText))
        , m_selected(palette.color(QPalette::HighlightedText))
        , m_disabled(palette.color(QPalette::Disabled, QPalette::WindowText))
    {}

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        const QString key =
            QStringLiteral("%1x%2/%3").arg(size.width()).arg(size.height()).arg(int(mode));
        auto it = m_drawn.constFind(key);
        if (it != m_drawn.cend())
            return *it;
        const QColor colour = mode == QIcon::Selected   ? m_selected
                              : mode == QIcon::Disabled ? m_disabled
                                                        : m_normal;
        QImageReader reader(m_resource);
        reader.setScaledSize(size);
        QImage image = reader.read();
        QPixmap drawn;
        if (!image.isNull()) {
            image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
            QPainter painter(&image);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn); // shape kept
            painter.fillRect(image.rect(), colour);
            painter.end();
            drawn = QPixmap::fromImage(image);
        }
        m_drawn.insert(key, drawn);
        return drawn;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
        drawn.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, drawn);
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }

    QIconEngine *clone() const override { return new TintedIconEngine(*this); }

    bool isNull() override
    {
        return !QImageReader(m_resource).canRead(); // no SVG image plugin: no icon at all
    }

private:
    QString m_resource;
    QColor m_normal, m_selected, m_disabled;
    QHash<QString, QPixmap> m_drawn;
};

} // namespace

QIcon ThemedIcon::make(const QString &resource, const QPalette &palette)
{
    return QIcon(new TintedIconEngine(resource, palette));
}
