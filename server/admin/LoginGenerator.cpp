#include "admin/LoginGenerator.h"

#include <QHash>
#include <QStringList>

namespace LoginGenerator {

QString transliterate(const QString& text)
{
    static const QHash<QChar, QString> table{
        {u'а', QStringLiteral("a")},    {u'б', QStringLiteral("b")},
        {u'в', QStringLiteral("v")},    {u'г', QStringLiteral("g")},
        {u'д', QStringLiteral("d")},    {u'е', QStringLiteral("e")},
        {u'ё', QStringLiteral("e")},    {u'ж', QStringLiteral("zh")},
        {u'з', QStringLiteral("z")},    {u'и', QStringLiteral("i")},
        {u'й', QStringLiteral("i")},    {u'к', QStringLiteral("k")},
        {u'л', QStringLiteral("l")},    {u'м', QStringLiteral("m")},
        {u'н', QStringLiteral("n")},    {u'о', QStringLiteral("o")},
        {u'п', QStringLiteral("p")},    {u'р', QStringLiteral("r")},
        {u'с', QStringLiteral("s")},    {u'т', QStringLiteral("t")},
        {u'у', QStringLiteral("u")},    {u'ф', QStringLiteral("f")},
        {u'х', QStringLiteral("kh")},   {u'ц', QStringLiteral("ts")},
        {u'ч', QStringLiteral("ch")},   {u'ш', QStringLiteral("sh")},
        {u'щ', QStringLiteral("shch")}, {u'ъ', QString()},
        {u'ы', QStringLiteral("y")},    {u'ь', QString()},
        {u'э', QStringLiteral("e")},    {u'ю', QStringLiteral("iu")},
        {u'я', QStringLiteral("ia")},
    };
    QString latin;
    for (const QChar c : text.toLower()) {
        if (const auto it = table.constFind(c); it != table.cend())
            latin += *it;
        else if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            latin += c;
    }
    return latin;
}

QString fromFullName(const QString& fullName)
{
    const QStringList parts = fullName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {};
    QString login = transliterate(parts.first());
    QString initials;
    for (qsizetype i = 1; i < parts.size() && i < 3; ++i)
        initials += transliterate(parts.at(i).left(1)).left(1);
    if (!initials.isEmpty())
        login += QLatin1Char('.') + initials;
    return login.isEmpty() ? QStringLiteral("user") : login;
}

} // namespace LoginGenerator
