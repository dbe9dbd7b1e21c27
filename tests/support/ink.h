#pragma once

#include <QColor>
#include <QImage>
#include <QPoint>
#include <QRect>

#include <cstdlib>

// What a user sees of a drawing: the share of the pixels within `radius` of `centre` painted
// in `colour` (each channel within `tolerance`), counting only those inside `within` when it is
// given (a plot clips what it draws at its edge). A line of 2 px through the centre covers well
// under half of a disc of radius 3; a dot drawn there covers it all.
inline double inkShare(const QImage &image, QPoint centre, int radius, const QColor &colour,
                       const QRect &within = {}, int tolerance = 40)
{
    int inside = 0, inked = 0;
    for (int dy = -radius; dy <= radius; ++dy) {
        for (int dx = -radius; dx <= radius; ++dx) {
            const QPoint at = centre + QPoint(dx, dy);
            if (dx * dx + dy * dy > radius * radius || !image.valid(at) ||
                (!within.isNull() && !within.contains(at)))
                continue;
            ++inside;
            const QColor c = image.pixelColor(at);
            if (std::abs(c.red() - colour.red()) <= tolerance &&
                std::abs(c.green() - colour.green()) <= tolerance &&
                std::abs(c.blue() - colour.blue()) <= tolerance)
                ++inked;
        }
    }
    return inside ? double(inked) / inside : 0;
}
