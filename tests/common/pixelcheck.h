#pragma once

// Pixel checks of rendered widgets and images (header-only).

#include <QColor>
#include <QString>
#include <QTest>

#include <algorithm>
#include <cstdlib>

namespace Nigran::Testing {

/// Largest difference of one channel.
inline int colourDistance(const QColor &a, const QColor &b)
{
    return std::max(
        { std::abs(a.red() - b.red()), std::abs(a.green() - b.green()), std::abs(a.blue() - b.blue()) });
}

} // namespace Nigran::Testing

/// Fails the test unless the pixel (x, y) of `image` is within `tolerance` of `expected` on every channel.
#define VERIFY_COLOUR(image, x, y, expected, tolerance)                                                      \
    do {                                                                                                     \
        const QColor actual_ = (image).pixelColor(int(x), int(y));                                           \
        if (Nigran::Testing::colourDistance(actual_, (expected)) > (tolerance))                              \
            QFAIL(qPrintable(QStringLiteral("pixel (%1, %2) is %3, expected %4")                             \
                                 .arg(int(x))                                                                \
                                 .arg(int(y))                                                                \
                                 .arg(actual_.name(), QColor(expected).name())));                            \
    } while (false)
