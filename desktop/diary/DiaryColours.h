#pragma once

#include <QColor>

// The diary's print-like colours: dark ink on white, with warnings dark enough to stay
// legible when printed or seen in grey (and bold, so colour is never the only sign).
namespace DiaryColours {
inline QColor ink()
{
    return QColor(0x1a, 0x1a, 0x1a);
}
inline QColor quiet()
{
    return QColor(0x5c, 0x5c, 0x5c);
}
inline QColor lowMark()
{
    return QColor(0xa8, 0x00, 0x00);
}
inline QColor absence()
{
    return QColor(0x80, 0x40, 0x00);
}
inline QColor dayHeading()
{
    return QColor(0xe8, 0xe8, 0xe8);
}
} // namespace DiaryColours
