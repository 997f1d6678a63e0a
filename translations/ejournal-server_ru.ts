<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Args</name>
    <message>
        <source>missing: %1</source>
        <translation>не указано: %1</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>неверно: %1</translation>
    </message>
    <message>
        <source>Wrong request arguments (%1).</source>
        <translation>Неверные параметры запроса (%1).</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>verify the audit log&apos;s hash chain (audit verify)</source>
        <translation>проверить цепочку хешей журнала аудита (audit verify)</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>verify</translation>
    </message>
    <message>
        <source>The school&apos;s data directory.</source>
        <translation>Каталог данных школы.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>КАТАЛОГ</translation>
    </message>
    <message>
        <source>An external PostgreSQL (libpq conninfo).</source>
        <translation>Внешний PostgreSQL (строка подключения libpq).</translation>
    </message>
    <message>
        <source>CONNINFO</source>
        <translation>CONNINFO</translation>
    </message>
    <message>
        <source>Usage: ejournal-server audit verify --data-dir DIR</source>
        <translation>Использование: ejournal-server audit verify --data-dir КАТАЛОГ</translation>
    </message>
    <message>
        <source>AUDIT LOG DAMAGED: row %1 does not match its hash chain (%2 rows checked).</source>
        <translation>ЖУРНАЛ АУДИТА ПОВРЕЖДЁН: запись %1 не сходится с цепочкой хешей (проверено записей: %2).</translation>
    </message>
    <message>
        <source>Audit log intact: %1 rows, hash chain holds.</source>
        <translation>Журнал аудита цел: записей %1, цепочка хешей сходится.</translation>
    </message>
</context>
<context>
    <name>AuditHandler</name>
    <message>
        <source>Dates must be given as ISO 8601 timestamps.</source>
        <translation>Даты нужно указывать в формате ISO 8601.</translation>
    </message>
    <message>
        <source>The limit must be between 1 and %1.</source>
        <translation>Ограничение должно быть от 1 до %1.</translation>
    </message>
</context>
<context>
    <name>AuthHandler</name>
    <message numerus="yes">
        <source>Too many failed sign-in attempts for this login from this computer. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Слишком много неудачных попыток входа под этим логином с этого компьютера. Повторите через %n минуту.</numerusform>
            <numerusform>Слишком много неудачных попыток входа под этим логином с этого компьютера. Повторите через %n минуты.</numerusform>
            <numerusform>Слишком много неудачных попыток входа под этим логином с этого компьютера. Повторите через %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a login and a password.</source>
        <translation>Введите логин и пароль.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <source>This account is disabled. Contact the school&apos;s administrator.</source>
        <translation>Учётная запись отключена. Обратитесь к администратору школы.</translation>
    </message>
    <message>
        <source>No session token given.</source>
        <translation>Не передан ключ сеанса.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Сеанс завершён. Войдите снова.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Учётной записи больше нет.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Текущий пароль введён неверно.</translation>
    </message>
    <message numerus="yes">
        <source>The new password must have at least %n characters.</source>
        <translation>
            <numerusform>Новый пароль должен содержать не менее %n символа.</numerusform>
            <numerusform>Новый пароль должен содержать не менее %n символов.</numerusform>
            <numerusform>Новый пароль должен содержать не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>Новый пароль должен отличаться от старого.</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>Не удалось вычислить хеш пароля.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
</context>
<context>
    <name>ClientSession</name>
    <message>
        <source>The message is larger than 16 MiB.</source>
        <translation>Сообщение больше 16 МиБ.</translation>
    </message>
    <message>
        <source>Malformed message: %1</source>
        <translation>Повреждённое сообщение: %1</translation>
    </message>
    <message>
        <source>Malformed request: %1</source>
        <translation>Неправильный запрос: %1</translation>
    </message>
    <message>
        <source>The first request must be hello.</source>
        <translation>Первым запросом должен быть hello.</translation>
    </message>
    <message>
        <source>This server speaks protocol %1; update the program.</source>
        <translation>Сервер использует протокол версии %1; обновите программу.</translation>
    </message>
</context>
<context>
    <name>ConsoleCommand</name>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Не удаётся прочитать файл с паролем %1.</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>Файл с паролем %1 пуст.</translation>
    </message>
</context>
<context>
    <name>CurriculumHandler</name>
    <message>
        <source>Hours per week must be between 0 and %1.</source>
        <translation>Часов в неделю — от 0 до %1.</translation>
    </message>
    <message>
        <source>No such subgroup.</source>
        <translation>Нет такой подгруппы.</translation>
    </message>
    <message>
        <source>A subgroup holds students of its own class only (R08).</source>
        <translation>В подгруппе могут быть только ученики её класса (R08).</translation>
    </message>
    <message>
        <source>The holiday&apos;s dates or grades do not fit together.</source>
        <translation>Даты или параллели каникул не согласуются.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>The school&apos;s data directory.</source>
        <translation>Каталог данных школы.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>КАТАЛОГ</translation>
    </message>
    <message>
        <source>Give --data-dir DIR.</source>
        <translation>Укажите --data-dir КАТАЛОГ.</translation>
    </message>
    <message>
        <source>Demo school No. 1</source>
        <translation>Демонстрационная школа № 1</translation>
    </message>
    <message>
        <source>The demo school is already there; credentials are in %1.</source>
        <translation>Демонстрационная школа уже создана; логины и пароли в %1.</translation>
    </message>
    <message>
        <source>%1 holds a school that is not the demo; use another directory.</source>
        <translation>В %1 находится не демонстрационная школа; укажите другой каталог.</translation>
    </message>
    <message>
        <source>School administrator</source>
        <translation>Администратор школы</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <source>create a demo school: classes, staff, students, a timetable and a year of lessons and marks (credentials in DIR/demo-credentials.csv)</source>
        <translation>создать демонстрационную школу: классы, сотрудники, ученики, расписание и год уроков и отметок (логины и пароли в КАТАЛОГ/demo-credentials.csv)</translation>
    </message>
    <message>
        <source>About how many students (default %1).</source>
        <translation>Примерное число учеников (по умолчанию %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The seed: the same seed gives the same school (default 1).</source>
        <translation>Начальное число: одно и то же число даёт одну и ту же школу (по умолчанию 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--students takes a number from %1 to %2.</source>
        <translation>--students принимает число от %1 до %2.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed принимает целое число.</translation>
    </message>
    <message>
        <source>planned %1 classes, %2 students, %3 accounts, %4 lessons, %5 journal cells</source>
        <translation>запланировано: классов %1, учеников %2, учётных записей %3, уроков %4, клеток журнала %5</translation>
    </message>
    <message>
        <source>warning: %1 timetable lessons share a teacher with another class</source>
        <translation>предупреждение: уроков расписания с учителем, занятым в другом классе: %1</translation>
    </message>
    <message>
        <source>database created</source>
        <translation>база данных создана</translation>
    </message>
    <message>
        <source>Demo school created in %1 in %2 s; credentials are in %3.</source>
        <translation>Демонстрационная школа создана в %1 за %2 с; логины и пароли в %3.</translation>
    </message>
</context>
<context>
    <name>DemoWriter</name>
    <message>
        <source>No user %1.</source>
        <translation>Нет пользователя %1.</translation>
    </message>
</context>
<context>
    <name>DiaryHandler</name>
    <message>
        <source>You may see only your own diary or your children&apos;s (R19).</source>
        <translation>Можно смотреть только свой дневник или дневник своих детей (R19).</translation>
    </message>
    <message>
        <source>Ask for at most %1 days at a time.</source>
        <translation>Запрашивайте не больше %1 дней за раз.</translation>
    </message>
    <message>
        <source>No student&apos;s diary is linked to this account.</source>
        <translation>С этой учётной записью не связан дневник ученика.</translation>
    </message>
    <message>
        <source>Say whose diary: give student_id.</source>
        <translation>Укажите, чей дневник: student_id.</translation>
    </message>
</context>
<context>
    <name>Dispatcher</name>
    <message>
        <source>Unknown operation: %1</source>
        <translation>Неизвестная операция: %1</translation>
    </message>
    <message>
        <source>The database is not available. Try again later.</source>
        <translation>База данных недоступна. Повторите позже.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Не удалось сохранить изменение: %1</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Сеанс завершён. Войдите снова.</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>Сначала войдите в систему.</translation>
    </message>
    <message>
        <source>You are not allowed to do this (%1).</source>
        <translation>Недостаточно прав для этого действия (%1).</translation>
    </message>
    <message>
        <source>Change your initial password first.</source>
        <translation>Сначала смените выданный пароль.</translation>
    </message>
    <message>
        <source>The operation %1 does not take an idempotency key.</source>
        <translation>Операция %1 не принимает ключ идемпотентности.</translation>
    </message>
    <message>
        <source>An idempotency key is text of %1 to %2 characters.</source>
        <translation>Ключ идемпотентности — текст длиной от %1 до %2 символов.</translation>
    </message>
    <message>
        <source>This idempotency key was already used for %1.</source>
        <translation>Этот ключ идемпотентности уже использован для %1.</translation>
    </message>
</context>
<context>
    <name>EntryWindows</name>
    <message>
        <source>A window is a whole number of days from 0 to %1 (R06).</source>
        <translation>Срок — целое число дней от 0 до %1 (R06).</translation>
    </message>
    <message>
        <source>The homework window is a number of minutes or end_of_day (R10).</source>
        <translation>Срок для домашнего задания — число минут или end_of_day (R10).</translation>
    </message>
    <message>
        <source>There is no school setting «%1».</source>
        <translation>Нет такой настройки школы: «%1».</translation>
    </message>
</context>
<context>
    <name>IdempotencyStore</name>
    <message>
        <source>The same change is being saved. Try again.</source>
        <translation>Это же изменение сейчас сохраняется. Повторите попытку.</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>create the school&apos;s database, TLS certificate and administrator</source>
        <translation>создать базу данных школы, сертификат TLS и администратора</translation>
    </message>
    <message>
        <source>%1 already holds a school database.</source>
        <translation>В %1 уже есть база данных школы.</translation>
    </message>
    <message>
        <source>School administrator</source>
        <translation>Администратор школы</translation>
    </message>
    <message>
        <source>Directory for the database and certificate.</source>
        <translation>Каталог для базы данных и сертификата.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>КАТАЛОГ</translation>
    </message>
    <message>
        <source>The school&apos;s name.</source>
        <translation>Название школы.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>НАЗВАНИЕ</translation>
    </message>
    <message>
        <source>File with the administrator&apos;s password.</source>
        <translation>Файл с паролем администратора.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Give --data-dir DIR.</source>
        <translation>Укажите --data-dir КАТАЛОГ.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>The school database is ready in %1.</source>
        <translation>База данных школы создана в %1.</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): %1</source>
        <translation>Отпечаток сертификата (SHA-256): %1</translation>
    </message>
    <message>
        <source>Administrator login: admin, initial password: %1 (to be changed at first sign-in)</source>
        <translation>Логин администратора: admin, начальный пароль: %1 (сменить при первом входе)</translation>
    </message>
</context>
<context>
    <name>JournalHandler</name>
    <message>
        <source>No such journal.</source>
        <translation>Нет такого журнала.</translation>
    </message>
    <message>
        <source>This journal is not yours (R18).</source>
        <translation>Это не ваш журнал (R18).</translation>
    </message>
    <message>
        <source>The journal could not be read.</source>
        <translation>Не удалось прочитать журнал.</translation>
    </message>
    <message>
        <source>No such lesson in this journal.</source>
        <translation>В этом журнале нет такого урока.</translation>
    </message>
    <message>
        <source>That school year is closed (R29).</source>
        <translation>Этот учебный год закрыт (R29).</translation>
    </message>
    <message>
        <source>A lesson is taught by a teacher (R07).</source>
        <translation>Урок ведёт учитель (R07).</translation>
    </message>
    <message>
        <source>A correction column follows a test of this journal (R05).</source>
        <translation>Колонка коррекции относится к контрольной работе этого журнала (R05).</translation>
    </message>
    <message>
        <source>No such lesson.</source>
        <translation>Нет такого урока.</translation>
    </message>
    <message>
        <source>The student is not in this journal on the lesson&apos;s date.</source>
        <translation>В день урока этого ученика нет в журнале.</translation>
    </message>
    <message>
        <source>Someone changed this cell meanwhile.</source>
        <translation>Эту клетку тем временем изменил кто-то другой.</translation>
    </message>
    <message>
        <source>A class teacher sets absence reasons only (R03).</source>
        <translation>Классный руководитель указывает только причины пропусков (R03).</translation>
    </message>
    <message>
        <source>Give the cells to set.</source>
        <translation>Укажите клетки для записи.</translation>
    </message>
    <message>
        <source>Delete the lesson&apos;s correction column first.</source>
        <translation>Сначала удалите колонку коррекции этого урока.</translation>
    </message>
    <message>
        <source>The student has a mark in this test&apos;s correction column, so the absence stays (R05).</source>
        <translation>У ученика есть отметка в столбце коррекции этой работы, поэтому пропуск остаётся (R05).</translation>
    </message>
</context>
<context>
    <name>JournalRules</name>
    <message>
        <source>Grade 1 keeps attendance only, no marks (R02).</source>
        <translation>В 1 классе отмечается только посещаемость, без отметок (R02).</translation>
    </message>
    <message>
        <source>Grade 1 gets no homework (R02).</source>
        <translation>В 1 классе домашнее задание не задаётся (R02).</translation>
    </message>
    <message>
        <source>An absence is н, б, у or оп (R03).</source>
        <translation>Пропуск обозначается н, б, у или оп (R03).</translation>
    </message>
    <message>
        <source>The class teacher sets the reason of an absence from documents (R03).</source>
        <translation>Причину пропуска по документам указывает классный руководитель (R03).</translation>
    </message>
    <message>
        <source>A mark needs a work type: give the lesson one (R04).</source>
        <translation>У отметки должен быть вид работы: укажите его для урока (R04).</translation>
    </message>
    <message>
        <source>The correction column takes marks only of students absent from the test (R05).</source>
        <translation>В колонку коррекции ставятся отметки только отсутствовавшим на контрольной работе (R05).</translation>
    </message>
    <message>
        <source>This entry is later than the school allows: give the reason for the correction (R06).</source>
        <translation>Запись позже допустимого срока: укажите причину исправления (R06).</translation>
    </message>
    <message>
        <source>A lesson&apos;s date is within the school year (R09).</source>
        <translation>Дата урока должна быть в пределах учебного года (R09).</translation>
    </message>
    <message>
        <source>There are no lessons in the holidays (R12).</source>
        <translation>В каникулы уроков нет (R12).</translation>
    </message>
    <message>
        <source>The school has no bell for lesson %1 (R09).</source>
        <translation>В расписании звонков школы нет %1-го урока (R09).</translation>
    </message>
    <message>
        <source>This journal already has lesson %1 on that day (R09).</source>
        <translation>В этом журнале в этот день уже есть %1-й урок (R09).</translation>
    </message>
</context>
<context>
    <name>ManagedCluster</name>
    <message>
        <source>Cannot create directories in %1.</source>
        <translation>Не удаётся создать каталоги в %1.</translation>
    </message>
    <message>
        <source>Cannot hand %1 to the user %2.</source>
        <translation>Не удаётся передать %1 пользователю %2.</translation>
    </message>
    <message>
        <source>%1 did not finish: %2</source>
        <translation>%1 не завершился: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 завершился с ошибкой: %2</translation>
    </message>
    <message>
        <source>PostgreSQL server programs (initdb) were not found; install the postgresql package.</source>
        <translation>Не найдены программы сервера PostgreSQL (initdb); установите пакет postgresql.</translation>
    </message>
    <message>
        <source>A database already exists in %1.</source>
        <translation>В %1 уже есть база данных.</translation>
    </message>
    <message>
        <source>No database in %1: run `ejournal-server init` first.</source>
        <translation>В %1 нет базы данных: сначала выполните `ejournal-server init`.</translation>
    </message>
    <message>
        <source>PostgreSQL runs as the user %1, who cannot reach %2 (a directory above it is closed, e.g. /root). Choose a data directory such as /var/lib/ejournal.</source>
        <translation>PostgreSQL работает от имени пользователя %1, которому недоступен %2 (закрыт один из каталогов выше, например /root). Выберите каталог данных вроде /var/lib/ejournal.</translation>
    </message>
</context>
<context>
    <name>MarkRules</name>
    <message>
        <source>Pass/fail marks are for pass/fail subjects only (R01).</source>
        <translation>Зачёт/незачёт ставится только по зачётным предметам (R01).</translation>
    </message>
    <message>
        <source>This subject is marked зач or незач (R01).</source>
        <translation>По этому предмету ставится «зач» или «незач» (R01).</translation>
    </message>
    <message>
        <source>A mark is a number from 1 to 5 (R01).</source>
        <translation>Отметка — число от 1 до 5 (R01).</translation>
    </message>
    <message>
        <source>Double marks like 5/4 are for Russian language and literature only (R01).</source>
        <translation>Двойные отметки вида 5/4 ставятся только по русскому языку и литературе (R01).</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The database was made by a newer ejournal-server (schema %1, this program knows %2). Use the newer program.</source>
        <translation>База данных создана более новой версией ejournal-server (схема %1, эта программа знает %2). Используйте новую версию.</translation>
    </message>
    <message>
        <source>Migration %1 was changed after it had been applied.</source>
        <translation>Миграция %1 изменена после того, как была применена.</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>Миграция %1 не выполнена: %2</translation>
    </message>
</context>
<context>
    <name>PeriodMarkHandler</name>
    <message>
        <source>No such journal or period.</source>
        <translation>Нет такого журнала или периода.</translation>
    </message>
    <message>
        <source>This period does not apply to the journal&apos;s class (R12).</source>
        <translation>Этот период не относится к классу журнала (R12).</translation>
    </message>
    <message>
        <source>This journal is not yours (R18).</source>
        <translation>Это не ваш журнал (R18).</translation>
    </message>
    <message>
        <source>That school year is closed (R29).</source>
        <translation>Этот учебный год закрыт (R29).</translation>
    </message>
    <message>
        <source>Grade 1 gets no period marks (R02).</source>
        <translation>В 1 классе отметки за период не ставятся (R02).</translation>
    </message>
    <message>
        <source>A period mark is 5, 4, 3, 2, н/а, осв, or зач/незач in pass/fail subjects (R15).</source>
        <translation>Отметка за период — 5, 4, 3, 2, н/а, осв, а по зачётным предметам — зач/незач (R15).</translation>
    </message>
    <message>
        <source>The deadline for this period&apos;s marks has passed; ask the deputy director to unlock the journal (R13).</source>
        <translation>Срок выставления отметок за этот период истёк; попросите заместителя директора открыть журнал (R13).</translation>
    </message>
    <message>
        <source>The student is not in this journal.</source>
        <translation>Этого ученика нет в журнале.</translation>
    </message>
    <message>
        <source>Someone changed this period mark meanwhile.</source>
        <translation>Эту отметку за период тем временем изменил кто-то другой.</translation>
    </message>
    <message>
        <source>Unlock until today or a later date.</source>
        <translation>Открыть можно до сегодняшнего дня или более поздней даты.</translation>
    </message>
</context>
<context>
    <name>RosterCsv</name>
    <message>
        <source>The column &quot;%1&quot; appears twice in the header.</source>
        <translation>Столбец «%1» повторяется в заголовке.</translation>
    </message>
    <message>
        <source>The header has no column &quot;%1&quot;.</source>
        <translation>В заголовке нет столбца «%1».</translation>
    </message>
    <message>
        <source>The birth date is empty.</source>
        <translation>Дата рождения не заполнена.</translation>
    </message>
    <message>
        <source>The birth date &quot;%1&quot; is not written as DD.MM.YYYY with a two-digit day and month.</source>
        <translation>Дата рождения «%1» записана не в виде ДД.ММ.ГГГГ (день и месяц — двумя цифрами).</translation>
    </message>
    <message>
        <source>The birth date %1 does not exist.</source>
        <translation>Даты рождения %1 не существует.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>Дата рождения %1 — в будущем.</translation>
    </message>
    <message>
        <source>The birth date %1 is more than %2 years ago.</source>
        <translation>Дата рождения %1 — более %2 лет назад.</translation>
    </message>
    <message>
        <source>A quotation mark opened in this row is never closed.</source>
        <translation>Кавычка, открытая в этой строке, не закрыта.</translation>
    </message>
    <message>
        <source>Wrong number of fields: %1 instead of %2.</source>
        <translation>Неверное число полей: %1 вместо %2.</translation>
    </message>
    <message>
        <source>The surname is empty.</source>
        <translation>Фамилия не заполнена.</translation>
    </message>
    <message>
        <source>The first name is empty.</source>
        <translation>Имя не заполнено.</translation>
    </message>
    <message>
        <source>The sex is not given; write м or ж.</source>
        <translation>Пол не указан; укажите «м» или «ж».</translation>
    </message>
    <message>
        <source>The sex &quot;%1&quot; is unknown; write м or ж.</source>
        <translation>Пол «%1» не распознан; укажите «м» или «ж».</translation>
    </message>
    <message>
        <source>The class &quot;%1&quot; is not a grade from 1 to 11 followed by a letter.</source>
        <translation>Класс «%1» — не номер от 1 до 11 с буквой.</translation>
    </message>
    <message>
        <source>The personal file number is empty.</source>
        <translation>Номер личного дела не заполнен.</translation>
    </message>
    <message>
        <source>The personal file number %1 is already on line %2.</source>
        <translation>Номер личного дела %1 уже указан в строке %2.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>Неизвестная кодировка «%1».</translation>
    </message>
    <message>
        <source>The file is not valid %1.</source>
        <translation>Файл не в кодировке %1 (есть недопустимые байты).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>The school has no class %1.</source>
        <translation>В школе нет класса %1.</translation>
    </message>
    <message>
        <source>The personal file number %1 already belongs to a student of the school.</source>
        <translation>Номер личного дела %1 уже принадлежит ученику школы.</translation>
    </message>
</context>
<context>
    <name>RosterHandler</name>
    <message>
        <source>The personal file number %1 is already taken.</source>
        <translation>Номер личного дела %1 уже занят.</translation>
    </message>
    <message>
        <source>The student is not in any class now.</source>
        <translation>Ученик сейчас не числится ни в одном классе.</translation>
    </message>
    <message>
        <source>The student is already in that class.</source>
        <translation>Ученик уже в этом классе.</translation>
    </message>
    <message>
        <source>The transfer date is before the student joined the current class.</source>
        <translation>Дата перевода раньше даты зачисления в текущий класс.</translation>
    </message>
    <message>
        <source>The date of leaving must be after the student joined the class.</source>
        <translation>Дата выбытия должна быть позже даты зачисления в класс.</translation>
    </message>
    <message>
        <source>No such school year.</source>
        <translation>Нет такого учебного года.</translation>
    </message>
</context>
<context>
    <name>RosterImportHandler</name>
    <message>
        <source>Send the file as csv (text) or csv_base64.</source>
        <translation>Передайте файл в поле csv (текст) или csv_base64.</translation>
    </message>
</context>
<context>
    <name>RosterRules</name>
    <message>
        <source>Admission, transfer and expulsion need the number and date of the director&apos;s order (R22).</source>
        <translation>Для зачисления, перевода и отчисления нужны номер и дата приказа директора (R22).</translation>
    </message>
    <message>
        <source>The order&apos;s date does not fit the date of the change (R22).</source>
        <translation>Дата приказа не соответствует дате изменения (R22).</translation>
    </message>
    <message>
        <source>A student needs a last name and a first name.</source>
        <translation>У ученика должны быть фамилия и имя.</translation>
    </message>
    <message>
        <source>Sex is «м» or «ж».</source>
        <translation>Пол — «м» или «ж».</translation>
    </message>
    <message>
        <source>The date of birth is not plausible for a student.</source>
        <translation>Дата рождения неправдоподобна для ученика.</translation>
    </message>
    <message>
        <source>That school year is closed and read-only (R29).</source>
        <translation>Этот учебный год закрыт и доступен только для чтения (R29).</translation>
    </message>
</context>
<context>
    <name>SchoolDatabase</name>
    <message>
        <source>Give --data-dir DIR (or --db CONNINFO).</source>
        <translation>Укажите --data-dir КАТАЛОГ (или --db CONNINFO).</translation>
    </message>
    <message>
        <source>No school database in %1: run `ejournal-server init --data-dir %1` first.</source>
        <translation>В %1 нет базы данных школы: сначала выполните `ejournal-server init --data-dir %1`.</translation>
    </message>
    <message>
        <source>Another ejournal-server (process %1) is already using %2; stop it first.</source>
        <translation>Другой ejournal-server (процесс %1) уже работает с %2; сначала остановите его.</translation>
    </message>
    <message>
        <source>Cannot connect to the database: %1</source>
        <translation>Не удаётся подключиться к базе данных: %1</translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <source>This class is not yours.</source>
        <translation>Это не ваш класс.</translation>
    </message>
    <message>
        <source>No school year has been set up yet.</source>
        <translation>Учебный год ещё не создан.</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <source>OpenSSL could not create a key.</source>
        <translation>OpenSSL не смог создать ключ.</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the certificate.</source>
        <translation>OpenSSL не смог подписать сертификат.</translation>
    </message>
    <message>
        <source>Cannot write the certificate to %1.</source>
        <translation>Не удаётся записать сертификат в %1.</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate or key (%1). Run `ejournal-server init` or start with --plain.</source>
        <translation>Не удаётся прочитать сертификат или ключ TLS (%1). Выполните `ejournal-server init` или запустите с --plain.</translation>
    </message>
    <message>
        <source>The TLS certificate or key in %1 is damaged.</source>
        <translation>Сертификат или ключ TLS в %1 повреждён.</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>run the server (stops cleanly on SIGTERM or Ctrl+C)</source>
        <translation>запустить сервер (корректно останавливается по SIGTERM или Ctrl+C)</translation>
    </message>
    <message>
        <source>The school&apos;s data directory.</source>
        <translation>Каталог данных школы.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>КАТАЛОГ</translation>
    </message>
    <message>
        <source>An external PostgreSQL (libpq conninfo).</source>
        <translation>Внешний PostgreSQL (строка подключения libpq).</translation>
    </message>
    <message>
        <source>CONNINFO</source>
        <translation>CONNINFO</translation>
    </message>
    <message>
        <source>Address and port, default 0.0.0.0:7443.</source>
        <translation>Адрес и порт, по умолчанию 0.0.0.0:7443.</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>АДРЕС:ПОРТ</translation>
    </message>
    <message>
        <source>No TLS (tests and loopback only).</source>
        <translation>Без TLS (только для тестов и локальной петли).</translation>
    </message>
    <message>
        <source>Memory for answers kept for journals opened again unchanged, in MB (default 64; 0: none).</source>
        <translation>Память под ответы, сохраняемые для журналов, открываемых снова без изменений, в МБ (по умолчанию 64; 0 — не сохранять).</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <source>--journal-cache wants a number of megabytes from 0 to %1.</source>
        <translation>--journal-cache ожидает число мегабайт от 0 до %1.</translation>
    </message>
    <message>
        <source>--listen wants ADDR:PORT, e.g. 0.0.0.0:7443.</source>
        <translation>--listen ожидает АДРЕС:ПОРТ, например 0.0.0.0:7443.</translation>
    </message>
    <message>
        <source>TLS needs the certificate in --data-dir DIR (or use --plain).</source>
        <translation>Для TLS нужен сертификат в --data-dir КАТАЛОГ (или используйте --plain).</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Не удаётся принимать подключения на %1:%2: %3</translation>
    </message>
    <message>
        <source>ejournal-server: stopped.</source>
        <translation>ejournal-server: остановлен.</translation>
    </message>
    <message>
        <source>Cannot listen for journal changes: %1</source>
        <translation>Не удаётся получать уведомления об изменениях журналов: %1</translation>
    </message>
</context>
<context>
    <name>SqlRunner</name>
    <message>
        <source>Database error: %1</source>
        <translation>Ошибка базы данных: %1</translation>
    </message>
    <message>
        <source>The database is not available. Try again later.</source>
        <translation>База данных недоступна. Повторите позже.</translation>
    </message>
</context>
<context>
    <name>StructureHandler</name>
    <message>
        <source>A school year must end after it starts.</source>
        <translation>Учебный год должен заканчиваться позже, чем начинается.</translation>
    </message>
    <message>
        <source>A period is a quarter, a half-year or a trimester (R12).</source>
        <translation>Учебный период — четверть, полугодие или триместр (R12).</translation>
    </message>
    <message>
        <source>The period&apos;s dates or grades do not fit together.</source>
        <translation>Даты или параллели периода не согласуются.</translation>
    </message>
    <message>
        <source>A class is a grade from 1 to 11 and a letter.</source>
        <translation>Класс — это параллель от 1 до 11 и буква.</translation>
    </message>
    <message>
        <source>The homeroom teacher must be a user with the class teacher role.</source>
        <translation>Классным руководителем может быть только пользователь с ролью классного руководителя.</translation>
    </message>
    <message>
        <source>A pass/fail subject cannot take double marks (R01).</source>
        <translation>В предмете с зачётной системой не бывает двойных отметок (R01).</translation>
    </message>
    <message>
        <source>A work type&apos;s weight is above 0 and at most 10 (R04).</source>
        <translation>Вес вида работы — больше 0 и не больше 10 (R04).</translation>
    </message>
    <message>
        <source>Hours per week must be between 0 and %1.</source>
        <translation>Часов в неделю — от 0 до %1.</translation>
    </message>
    <message>
        <source>A journal&apos;s teacher must have the teacher role.</source>
        <translation>Учитель журнала должен иметь роль учителя.</translation>
    </message>
</context>
<context>
    <name>UserAdmin</name>
    <message>
        <source>A user needs a login and at least one role.</source>
        <translation>Пользователю нужны логин и хотя бы одна роль.</translation>
    </message>
    <message>
        <source>The login %1 is taken.</source>
        <translation>Логин %1 уже занят.</translation>
    </message>
    <message>
        <source>No user with the login %1.</source>
        <translation>Нет пользователя с логином %1.</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>manage accounts: user add|passwd|disable|list</source>
        <translation>учётные записи: user add|passwd|disable|list</translation>
    </message>
    <message>
        <source>  user add --login L --name &quot;Full Name&quot; --role admin[,teacher] [--password-file F]
  user passwd --login L [--password-file F]
  user disable --login L
  user list
Without --password-file a password is generated, printed once and must be changed at first sign-in.</source>
        <translation>  user add --login ЛОГИН --name &quot;Фамилия Имя Отчество&quot; --role admin[,teacher] [--password-file ФАЙЛ]
  user passwd --login ЛОГИН [--password-file ФАЙЛ]
  user disable --login ЛОГИН
  user list
Без --password-file пароль создаётся, печатается один раз и должен быть сменён при первом входе.</translation>
    </message>
    <message>
        <source>add, passwd, disable or list</source>
        <translation>add, passwd, disable или list</translation>
    </message>
    <message>
        <source>The school&apos;s data directory.</source>
        <translation>Каталог данных школы.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>КАТАЛОГ</translation>
    </message>
    <message>
        <source>An external PostgreSQL (libpq conninfo).</source>
        <translation>Внешний PostgreSQL (строка подключения libpq).</translation>
    </message>
    <message>
        <source>CONNINFO</source>
        <translation>CONNINFO</translation>
    </message>
    <message>
        <source>The account&apos;s login.</source>
        <translation>Логин учётной записи.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>ЛОГИН</translation>
    </message>
    <message>
        <source>The person&apos;s full name.</source>
        <translation>Фамилия, имя, отчество.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>НАЗВАНИЕ</translation>
    </message>
    <message>
        <source>Role codes, comma separated.</source>
        <translation>Коды ролей через запятую.</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>РОЛИ</translation>
    </message>
    <message>
        <source>File whose first line is the password.</source>
        <translation>Файл, первая строка которого — пароль.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Say what to do: user add|passwd|disable|list (see --help).</source>
        <translation>Укажите действие: user add|passwd|disable|list (см. --help).</translation>
    </message>
    <message>
        <source>Give --login LOGIN.</source>
        <translation>Укажите --login ЛОГИН.</translation>
    </message>
    <message>
        <source>Unknown role %1; roles are: %2</source>
        <translation>Неизвестная роль %1; допустимые роли: %2</translation>
    </message>
    <message>
        <source>Give --role, e.g. --role teacher,class_teacher.</source>
        <translation>Укажите --role, например --role teacher,class_teacher.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>User %1 created (id %2).</source>
        <translation>Пользователь %1 создан (id %2).</translation>
    </message>
    <message>
        <source>Password of %1 changed; their sessions were ended.</source>
        <translation>Пароль %1 изменён; его сеансы завершены.</translation>
    </message>
    <message>
        <source>User %1 disabled; their sessions were ended.</source>
        <translation>Пользователь %1 отключён; его сеансы завершены.</translation>
    </message>
    <message>
        <source>Initial password: %1 (to be changed at first sign-in)</source>
        <translation>Начальный пароль: %1 (сменить при первом входе)</translation>
    </message>
</context>
<context>
    <name>UserHandler</name>
    <message>
        <source>No such account.</source>
        <translation>Нет такой учётной записи.</translation>
    </message>
    <message>
        <source>Only the administrator manages staff accounts (R20).</source>
        <translation>Учётными записями сотрудников управляет только администратор (R20).</translation>
    </message>
    <message>
        <source>A class teacher manages the accounts of their own class only (R20).</source>
        <translation>Классный руководитель управляет учётными записями только своего класса (R20).</translation>
    </message>
    <message>
        <source>The login %1 is taken.</source>
        <translation>Логин %1 уже занят.</translation>
    </message>
    <message>
        <source>No free login like %1.</source>
        <translation>Нет свободного логина вида %1.</translation>
    </message>
    <message>
        <source>A class teacher sees the accounts of their own class only (R20).</source>
        <translation>Классный руководитель видит учётные записи только своего класса (R20).</translation>
    </message>
    <message>
        <source>Give the account&apos;s roles (known role codes).</source>
        <translation>Укажите роли учётной записи (известные коды ролей).</translation>
    </message>
    <message>
        <source>A student&apos;s account holds the student role only.</source>
        <translation>Учётная запись ученика имеет только роль ученика.</translation>
    </message>
    <message>
        <source>A student account needs student_id, and only it.</source>
        <translation>Для учётной записи ученика нужен student_id, и только для неё.</translation>
    </message>
    <message>
        <source>A parent account needs child_student_id.</source>
        <translation>Для учётной записи родителя нужен child_student_id.</translation>
    </message>
    <message>
        <source>Only the administrator creates staff accounts (R20).</source>
        <translation>Учётные записи сотрудников создаёт только администратор (R20).</translation>
    </message>
    <message>
        <source>A class teacher creates accounts for their own class only (R20).</source>
        <translation>Классный руководитель создаёт учётные записи только для своего класса (R20).</translation>
    </message>
    <message>
        <source>No such student.</source>
        <translation>Нет такого ученика.</translation>
    </message>
    <message>
        <source>Give the person&apos;s full name.</source>
        <translation>Укажите фамилию, имя и отчество.</translation>
    </message>
    <message>
        <source>This student already has an account.</source>
        <translation>У этого ученика уже есть учётная запись.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Нельзя отключить собственную учётную запись.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown command: %1</source>
        <translation>Неизвестная команда: %1</translation>
    </message>
    <message>
        <source>Usage: ejournal-server COMMAND [options]</source>
        <translation>Использование: ejournal-server КОМАНДА [параметры]</translation>
    </message>
    <message>
        <source>Run `ejournal-server COMMAND --help` for its options.</source>
        <translation>Параметры команды: `ejournal-server КОМАНДА --help`.</translation>
    </message>
</context>
</TS>
