#include "print/PrintFonts.h"

#include <QFontDatabase>
#include <QStringList>

namespace {
// Bundled with the program in a later step; fonts-dejavu-core puts them here on Debian.
const QStringList kFontFiles{
    QStringLiteral(":/fonts/DejaVuSans.ttf"),
    QStringLiteral(":/fonts/DejaVuSans-Bold.ttf"),
    QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
};
} // namespace

QString PrintFonts::family()
{
    static const QString loaded = [] {
        QString family;
        for (const QString& file : kFontFiles) {
            const int id = QFontDatabase::addApplicationFont(file);
            if (id >= 0 && family.isEmpty())
                family = QFontDatabase::applicationFontFamilies(id).value(0);
        }
        return family.isEmpty() ? QStringLiteral("Sans Serif") : family;
    }();
    return loaded;
}
