#include "demo/DemoCurriculum.h"

namespace DemoCurriculum {

namespace {
QStringList split(const char* themes)
{
    return QString::fromUtf8(themes).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

SubjectSpec subject(const char* title, const char* shortTitle, std::array<int, 11> hours,
                    Specialty specialty, Style style, const char* themes,
                    const char* primaryThemes = "")
{
    SubjectSpec spec;
    spec.title = QString::fromUtf8(title);
    spec.shortTitle = QString::fromUtf8(shortTitle);
    spec.hours = hours;
    spec.specialty = specialty;
    spec.primary = Specialty::Primary;
    spec.style = style;
    spec.themes = split(themes);
    spec.primaryThemes = split(primaryThemes);
    return spec;
}

QList<SubjectSpec> buildSubjects()
{
    QList<SubjectSpec> list;
    SubjectSpec russian = subject(
        "Русский язык", "Рус. яз.", {5, 5, 5, 5, 5, 6, 4, 3, 3, 2, 2}, Specialty::Russian,
        Style::Language,
        "Повторение изученного в начальной школе|Фонетика и орфоэпия|Морфемика и "
        "словообразование|Лексикология|Имя существительное|Имя прилагательное|Глагол|"
        "Причастие|Деепричастие|Наречие|Служебные части речи|Словосочетание|Простое "
        "предложение|Однородные члены предложения|Обособленные члены предложения|Сложное "
        "предложение|Прямая и косвенная речь|Культура речи|Стилистика|Орфография и "
        "пунктуация",
        "Звуки и буквы|Слог. Ударение|Перенос слов|Правописание жи–ши, ча–ща, чу–щу|Состав "
        "слова|Корень слова. Однокоренные слова|Безударные гласные в корне|Парные согласные|"
        "Имя существительное|Имя прилагательное|Глагол|Местоимение|Предлог|Предложение|"
        "Текст");
    russian.doubleMark = true;
    list.append(russian);
    list.append(subject("Литературное чтение", "Лит. чт.", {4, 4, 4, 3, 0, 0, 0, 0, 0, 0, 0},
                        Specialty::Primary, Style::Literature,
                        "Устное народное творчество|Русские народные сказки|Стихи о "
                        "природе|Басни И. А. Крылова|Сказки А. С. Пушкина|Рассказы Л. Н. "
                        "Толстого|Стихи С. Я. Маршака|Рассказы о детях|Произведения о "
                        "животных|Зарубежная литература|Стихи А. Л. Барто|Рассказы Н. Н. "
                        "Носова"));
    SubjectSpec literature =
        subject("Литература", "Лит.", {0, 0, 0, 0, 3, 3, 2, 2, 3, 3, 3}, Specialty::Russian,
                Style::Literature,
                "Мифы и фольклор|Древнерусская литература|Басни|А. С. Пушкин|М. Ю. Лермонтов|Н. В. "
                "Гоголь|И. С. Тургенев|Н. А. Некрасов|Л. Н. Толстой|А. П. Чехов|Поэзия Серебряного "
                "века|М. А. Шолохов|Литература о Великой Отечественной войне|Ф. М. Достоевский|"
                "А. Н. Островский|М. А. Булгаков|Поэзия второй половины XX века");
    literature.doubleMark = true;
    list.append(literature);
    SubjectSpec english =
        subject("Иностранный язык (английский)", "Англ. яз.", {0, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3},
                Specialty::English, Style::Foreign,
                "Знакомство. Моя семья|Мой дом|Школьная жизнь|Еда и покупки|Спорт и здоровье|"
                "Путешествия|Природа и экология|Профессии|Средства массовой информации|Праздники "
                "англоязычных стран|Present Simple и Present Continuous|Past Simple|Future Simple|"
                "Present Perfect|Пассивный залог|Условные предложения",
                "Алфавит|Приветствие|Моя семья|Цвета и числа|Игрушки|Животные|Еда|Мой день|Времена "
                "года|Одежда");
    english.primary = Specialty::English;
    english.splitFrom = 2;
    english.splitTo = 11;
    list.append(english);
    list.append(subject("Математика", "Мат.", {4, 4, 4, 4, 5, 5, 0, 0, 0, 0, 0}, Specialty::Math,
                        Style::Math,
                        "Натуральные числа|Сложение и вычитание натуральных чисел|Умножение и "
                        "деление натуральных чисел|Площади и объёмы|Обыкновенные дроби|"
                        "Десятичные дроби|Проценты|Делимость чисел|Отношения и пропорции|"
                        "Положительные и отрицательные числа|Координатная плоскость|"
                        "Решение уравнений",
                        "Числа от 1 до 10|Сложение и вычитание|Числа от 1 до 20|Нумерация "
                        "чисел до 100|Сложение и вычитание в пределах 100|Таблица "
                        "умножения|Внетабличное умножение и деление|Деление с остатком|"
                        "Многозначные числа|Величины|Периметр и площадь|Решение задач"));
    list.append(subject("Алгебра", "Алг.", {0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3}, Specialty::Math,
                        Style::Math,
                        "Выражения и их преобразования|Линейные уравнения|Линейная функция|"
                        "Степень с натуральным показателем|Многочлены|Формулы сокращённого "
                        "умножения|Системы линейных уравнений|Квадратные корни|Квадратные "
                        "уравнения|Неравенства|Квадратичная функция|Арифметическая "
                        "прогрессия|Геометрическая прогрессия|Тригонометрические функции|"
                        "Производная|Показательная функция|Логарифмы"));
    list.append(subject("Геометрия", "Геом.", {0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2}, Specialty::Math,
                        Style::Math,
                        "Начальные геометрические сведения|Треугольники|Параллельные прямые|"
                        "Соотношения между сторонами и углами треугольника|Четырёхугольники|"
                        "Площадь|Подобные треугольники|Окружность|Векторы|Метод координат|"
                        "Аксиомы стереометрии|Параллельность прямых и плоскостей|"
                        "Перпендикулярность прямых и плоскостей|Многогранники"));
    list.append(subject("Вероятность и статистика", "Вер. и стат.",
                        {0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1}, Specialty::Math, Style::Math,
                        "Представление данных|Описательная статистика|Случайная "
                        "изменчивость|Графы|Случайные события|Элементы комбинаторики|"
                        "Геометрическая вероятность|Испытания Бернулли"));
    SubjectSpec informatics =
        subject("Информатика", "Инф.", {0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1}, Specialty::Informatics,
                Style::Math,
                "Информация и информационные процессы|Компьютер и программное обеспечение|"
                "Системы счисления|Элементы алгебры логики|Алгоритмы и исполнители|"
                "Программирование на Python|Электронные таблицы|Базы данных|Компьютерные "
                "сети|Обработка графической информации|Моделирование");
    informatics.splitFrom = 7;
    informatics.splitTo = 11;
    list.append(informatics);
    list.append(subject("Окружающий мир", "Окр. мир", {2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0},
                        Specialty::Primary, Style::Humanities,
                        "Что и кто?|Как, откуда и куда?|Где и когда?|Почему и зачем?|Природа|"
                        "Жизнь города и села|Здоровье и безопасность|Общение|Путешествия|"
                        "Земля и человечество|Природа России|Страницы истории Отечества"));
    list.append(subject("История", "Ист.", {0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2}, Specialty::History,
                        Style::Humanities,
                        "Первобытность|Древний Египет|Древняя Греция|Древний Рим|Русь в IX–XII "
                        "веках|Средневековая Европа|Русские земли в XIII–XV веках|Эпоха Великих "
                        "географических открытий|Россия в XVI веке|Смутное время|Россия при "
                        "Петре I|Эпоха дворцовых переворотов|Россия в XIX веке|Первая мировая "
                        "война|Великая Отечественная война|СССР в 1945–1991 годах|Россия в "
                        "XXI веке"));
    list.append(subject("Обществознание", "Общ.", {0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2},
                        Specialty::History, Style::Humanities,
                        "Человек и общество|Семья|Образование|Экономика|Социальная сфера|"
                        "Политика и власть|Гражданин и государство|Право|Духовная культура|"
                        "Конституция Российской Федерации"));
    list.append(subject("География", "Геогр.", {0, 0, 0, 0, 1, 1, 2, 2, 2, 1, 1},
                        Specialty::Geography, Style::Humanities,
                        "Земля во Вселенной|План и карта|Литосфера|Гидросфера|Атмосфера|"
                        "Биосфера|Материки и океаны|Население мира|География России|"
                        "Природные зоны|Хозяйство России|Мировое хозяйство"));
    list.append(subject("Биология", "Биол.", {0, 0, 0, 0, 1, 1, 1, 2, 2, 1, 1}, Specialty::Biology,
                        Style::Science,
                        "Биология — наука о живой природе|Клетка|Многообразие организмов|"
                        "Растения|Животные|Грибы и бактерии|Человек и его здоровье|Опорно-"
                        "двигательная система|Кровь и кровообращение|Нервная система|"
                        "Генетика|Эволюция|Экосистемы"));
    list.append(subject("Физика", "Физ.", {0, 0, 0, 0, 0, 0, 2, 2, 3, 2, 2}, Specialty::Physics,
                        Style::Science,
                        "Первоначальные сведения о строении вещества|Взаимодействие тел|"
                        "Давление твёрдых тел, жидкостей и газов|Работа и мощность|Тепловые "
                        "явления|Электрические явления|Электромагнитные явления|Световые "
                        "явления|Законы движения|Законы сохранения|Колебания и волны|"
                        "Строение атома"));
    list.append(subject("Химия", "Хим.", {0, 0, 0, 0, 0, 0, 0, 2, 2, 1, 1}, Specialty::Chemistry,
                        Style::Science,
                        "Первоначальные химические понятия|Кислород|Водород|Вода. Растворы|"
                        "Основные классы неорганических соединений|Периодический закон|"
                        "Строение вещества|Химические реакции|Металлы|Неметаллы|Органические "
                        "вещества"));
    SubjectSpec technology =
        subject("Технология", "Техн.", {1, 1, 1, 1, 2, 2, 1, 1, 1, 0, 0}, Specialty::Technology,
                Style::Arts,
                "Производство и технологии|Технологии обработки материалов|Робототехника|"
                "Компьютерная графика|Технологии обработки пищевых продуктов|Черчение|"
                "3D-моделирование|Проектная деятельность",
                "Работа с бумагой|Работа с пластилином|Природные материалы|Работа с тканью|"
                "Конструирование");
    technology.splitFrom = 5;
    technology.splitTo = 8;
    list.append(technology);
    SubjectSpec orkse =
        subject("Основы религиозных культур и светской этики", "ОРКСЭ",
                {0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0}, Specialty::Primary, Style::Humanities,
                "Россия — наша Родина|Культура и мораль|Добро и зло|Долг и "
                "совесть|Семья и семейные ценности|Праздники народов России|"
                "Милосердие|Дружба");
    orkse.passFail = true;
    list.append(orkse);
    SubjectSpec music =
        subject("Музыка", "Муз.", {1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0}, Specialty::Music, Style::Arts,
                "Музыка моего края|Народное музыкальное творчество России|"
                "Русская классическая музыка|Музыка народов мира|Духовная "
                "музыка|Музыка театра и кино|Современная музыкальная культура|"
                "Жанры музыки");
    music.primary = Specialty::Music;
    music.markShift = 0.5;
    list.append(music);
    SubjectSpec art = subject("Изобразительное искусство", "ИЗО", {1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0},
                              Specialty::Art, Style::Arts,
                              "Декоративно-прикладное искусство|Народные промыслы|Живопись|"
                              "Графика|Скульптура|Натюрморт|Пейзаж|Портрет|Архитектура и "
                              "дизайн");
    art.markShift = 0.5;
    list.append(art);
    SubjectSpec physEd =
        subject("Физическая культура", "Физ-ра", {3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2},
                Specialty::PhysEd, Style::Sport,
                "Лёгкая атлетика|Спортивные игры: баскетбол|Спортивные игры: волейбол|Гимнастика|"
                "Лыжная подготовка|Футбол|Подвижные игры|Общая физическая подготовка");
    physEd.primary = Specialty::PhysEd;
    physEd.markShift = 0.6;
    list.append(physEd);
    list.append(subject("Основы безопасности и защиты Родины", "ОБЗР",
                        {0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1}, Specialty::PhysEd, Style::Humanities,
                        "Безопасность в быту|Безопасность на транспорте|Чрезвычайные "
                        "ситуации|Первая помощь|Основы обороны государства|Здоровый образ "
                        "жизни|Безопасность в информационном пространстве"));
    return list;
}
} // namespace

const QList<WorkTypeSpec>& workTypes()
{
    static const QList<WorkTypeSpec> list{
        {QStringLiteral("Ответ на уроке"), 1, false, false},
        {QStringLiteral("Самостоятельная работа"), 1.5, true, false},
        {QStringLiteral("Проверочная работа"), 1.5, true, false},
        {QStringLiteral("Контрольная работа"), 2, true, true},
        {QStringLiteral("Диктант"), 2, true, true},
        {QStringLiteral("Лабораторная работа"), 1.5, false, false},
        {QStringLiteral("Проверка тетрадей"), 1, false, false},
        {QStringLiteral("Домашняя работа"), 1, false, false},
    };
    return list;
}

QString specialtyTitle(Specialty specialty)
{
    switch (specialty) {
    case Specialty::Primary:
        return QStringLiteral("Начальные классы");
    case Specialty::Russian:
        return QStringLiteral("Русский язык и литература");
    case Specialty::Math:
        return QStringLiteral("Математика");
    case Specialty::English:
        return QStringLiteral("Английский язык");
    case Specialty::History:
        return QStringLiteral("История и обществознание");
    case Specialty::Geography:
        return QStringLiteral("География");
    case Specialty::Biology:
        return QStringLiteral("Биология");
    case Specialty::Physics:
        return QStringLiteral("Физика");
    case Specialty::Chemistry:
        return QStringLiteral("Химия");
    case Specialty::Informatics:
        return QStringLiteral("Информатика");
    case Specialty::Technology:
        return QStringLiteral("Технология");
    case Specialty::PhysEd:
        return QStringLiteral("Физическая культура");
    case Specialty::Music:
        return QStringLiteral("Музыка");
    case Specialty::Art:
        return QStringLiteral("Изобразительное искусство");
    }
    return {};
}

const QList<SubjectSpec>& subjects()
{
    static const QList<SubjectSpec> list = buildSubjects();
    return list;
}

int hours(const SubjectSpec& subject, int grade)
{
    return grade >= 1 && grade <= 11 ? subject.hours[grade - 1] : 0;
}

bool isSplit(const SubjectSpec& subject, int grade)
{
    return subject.splitFrom && grade >= subject.splitFrom && grade <= subject.splitTo;
}

} // namespace DemoCurriculum
