#include "demo/DemoNames.h"

#include <QHash>

namespace {
struct Patronymics
{
    const char* male;
    const char* female;
};

// Male first names and their patronymics, written out: the rules have too many exceptions.
const QHash<QString, Patronymics>& patronymicTable()
{
    static const QHash<QString, Patronymics> table{
        {QStringLiteral("Александр"), {"Александрович", "Александровна"}},
        {QStringLiteral("Алексей"), {"Алексеевич", "Алексеевна"}},
        {QStringLiteral("Анатолий"), {"Анатольевич", "Анатольевна"}},
        {QStringLiteral("Андрей"), {"Андреевич", "Андреевна"}},
        {QStringLiteral("Антон"), {"Антонович", "Антоновна"}},
        {QStringLiteral("Артём"), {"Артёмович", "Артёмовна"}},
        {QStringLiteral("Борис"), {"Борисович", "Борисовна"}},
        {QStringLiteral("Вадим"), {"Вадимович", "Вадимовна"}},
        {QStringLiteral("Валерий"), {"Валерьевич", "Валерьевна"}},
        {QStringLiteral("Василий"), {"Васильевич", "Васильевна"}},
        {QStringLiteral("Виктор"), {"Викторович", "Викторовна"}},
        {QStringLiteral("Виталий"), {"Витальевич", "Витальевна"}},
        {QStringLiteral("Владимир"), {"Владимирович", "Владимировна"}},
        {QStringLiteral("Владислав"), {"Владиславович", "Владиславовна"}},
        {QStringLiteral("Вячеслав"), {"Вячеславович", "Вячеславовна"}},
        {QStringLiteral("Геннадий"), {"Геннадьевич", "Геннадьевна"}},
        {QStringLiteral("Георгий"), {"Георгиевич", "Георгиевна"}},
        {QStringLiteral("Григорий"), {"Григорьевич", "Григорьевна"}},
        {QStringLiteral("Даниил"), {"Даниилович", "Данииловна"}},
        {QStringLiteral("Денис"), {"Денисович", "Денисовна"}},
        {QStringLiteral("Дмитрий"), {"Дмитриевич", "Дмитриевна"}},
        {QStringLiteral("Евгений"), {"Евгеньевич", "Евгеньевна"}},
        {QStringLiteral("Егор"), {"Егорович", "Егоровна"}},
        {QStringLiteral("Иван"), {"Иванович", "Ивановна"}},
        {QStringLiteral("Игорь"), {"Игоревич", "Игоревна"}},
        {QStringLiteral("Илья"), {"Ильич", "Ильинична"}},
        {QStringLiteral("Кирилл"), {"Кириллович", "Кирилловна"}},
        {QStringLiteral("Константин"), {"Константинович", "Константиновна"}},
        {QStringLiteral("Лев"), {"Львович", "Львовна"}},
        {QStringLiteral("Леонид"), {"Леонидович", "Леонидовна"}},
        {QStringLiteral("Максим"), {"Максимович", "Максимовна"}},
        {QStringLiteral("Матвей"), {"Матвеевич", "Матвеевна"}},
        {QStringLiteral("Михаил"), {"Михайлович", "Михайловна"}},
        {QStringLiteral("Никита"), {"Никитич", "Никитична"}},
        {QStringLiteral("Николай"), {"Николаевич", "Николаевна"}},
        {QStringLiteral("Олег"), {"Олегович", "Олеговна"}},
        {QStringLiteral("Павел"), {"Павлович", "Павловна"}},
        {QStringLiteral("Пётр"), {"Петрович", "Петровна"}},
        {QStringLiteral("Роман"), {"Романович", "Романовна"}},
        {QStringLiteral("Руслан"), {"Русланович", "Руслановна"}},
        {QStringLiteral("Сергей"), {"Сергеевич", "Сергеевна"}},
        {QStringLiteral("Станислав"), {"Станиславович", "Станиславовна"}},
        {QStringLiteral("Степан"), {"Степанович", "Степановна"}},
        {QStringLiteral("Тимофей"), {"Тимофеевич", "Тимофеевна"}},
        {QStringLiteral("Тимур"), {"Тимурович", "Тимуровна"}},
        {QStringLiteral("Фёдор"), {"Фёдорович", "Фёдоровна"}},
        {QStringLiteral("Юрий"), {"Юрьевич", "Юрьевна"}},
        {QStringLiteral("Ярослав"), {"Ярославович", "Ярославовна"}},
    };
    return table;
}

bool endsWithAny(const QString& text, std::initializer_list<const char16_t*> endings)
{
    for (const char16_t* ending : endings) {
        if (text.endsWith(QString::fromUtf16(ending)))
            return true;
    }
    return false;
}
} // namespace

namespace DemoNames {

const QStringList& surnames()
{
    static const QStringList list =
        QStringLiteral(
            "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров "
            "Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев "
            "Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев "
            "Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв "
            "Ильин Максимов Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов "
            "Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов Сидоров "
            "Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов "
            "Гаврилов Тихонов Казаков Афанасьев Данилов Савельев Тимофеев Фомин Чернов Абрамов "
            "Мартынов Ефимов Федотов Щербаков Назаров Калинин Исаев Чернышёв Быков Маслов "
            "Родионов Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев Кудрявцев "
            "Прохоров Наумов Потапов Журавлёв Овчинников Трофимов Леонов Соболев Ермаков "
            "Колесников Гончаров Емельянов Никифоров Грачёв Котов Гришин Ефремов Архипов Громов "
            "Кириллов Малышев Панов Моисеев Румянцев Акимов Кондратьев Бирюков Горбунов Анисимов "
            "Ершов Рябов Кольцов Лукин Блинов Шубин Мухин Гурьев Зуев Суханов Шилов Рыбаков "
            "Успенский Покровский Вознесенский Преображенский Богословский Троицкий Невский "
            "Виленский Каменский Бельский Ковальский Смоленский Островский Высоцкий Городецкий "
            "Толстой Донской Луговой Полевой Береговой "
            "Шевченко Бондаренко Коваленко Кравченко Ткаченко Савченко Руденко Марченко Литвиненко "
            "Черных Белых Седых Долгих Чистых Кручёных Мальцев Бабич Полищук Ковальчук")
            .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return list;
}

QString surnameForm(const QString& maleSurname, bool female)
{
    if (!female)
        return maleSurname;
    // Surnames that do not change: -ко, -их, -ых, -ич, -ук.
    if (endsWithAny(maleSurname, {u"ко", u"их", u"ых", u"ич", u"ук"}))
        return maleSurname;
    if (endsWithAny(maleSurname, {u"ский", u"цкий"}))
        return maleSurname.chopped(2) + QStringLiteral("ая");
    if (endsWithAny(maleSurname, {u"ой"}))
        return maleSurname.chopped(2) + QStringLiteral("ая");
    // -ов, -ев, -ёв, -ин, -ын
    return maleSurname + QStringLiteral("а");
}

const QStringList& maleFirstNames()
{
    static const QStringList list = [] {
        QStringList names = patronymicTable().keys();
        names.sort(); // QHash order is not stable across runs
        return names;
    }();
    return list;
}

const QStringList& femaleFirstNames()
{
    static const QStringList list =
        QStringLiteral("Анастасия Мария Анна Дарья Полина Елизавета Екатерина Виктория Софья "
                       "Александра Ксения Алиса Варвара Вероника Арина Алёна Валерия Ульяна "
                       "Милана Маргарита Кристина Ева Василиса Таисия Злата Олеся Надежда Вера "
                       "Любовь Ольга Елена Наталья Татьяна Светлана Ирина Юлия Марина Галина "
                       "Людмила Оксана Евгения Яна Диана Алина Карина Ангелина Есения Серафима")
            .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return list;
}

QString patronymic(const QString& fatherName, bool female)
{
    const auto found = patronymicTable().constFind(fatherName);
    if (found == patronymicTable().constEnd())
        return {};
    return QString::fromUtf8(female ? found->female : found->male);
}

} // namespace DemoNames
