#include "themedicon.h"

#include <QImageReader>
#include <QPainter>
#include <QPixmap>

namespace {
QPixmap tinted(const QString &resource, int size, const QColor &colour)
{
    QImageReader reader(resource);
    reader.setScaledSize(QSize(size, size));
    QImage image = reader.read();
    if (image.isNull())
        return {};
    image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn); // keep the shape, new colour
    painter.fillRect(image.rect(), colour);
    painter.end();
    return QPixmap::fromImage(image);
}
} // namespace

QIcon ThemedIcon::make(const QString &resource, const QPalette &palette)
{
    QIcon icon;
    // Drawn at each size a list asks for (1x and 2x screens), never scaled from another.
    for (int size : {16, 20, 24, 32, 40, 48}) {
        const QPixmap normal = tinted(resource, size, palette.color(QPalette::WindowText));
        if (normal.isNull())
            return {};
        icon.addPixmap(normal, QIcon::Normal);
        icon.addPixmap(tinted(resource, size, palette.color(QPalette::HighlightedText)),
                       QIcon::Selected);
        icon.addPixmap(
            tinted(resource, size, palette.color(QPalette::Disabled, QPalette::WindowText)),
            QIcon::Disabled);
    }
    return icon;
}
