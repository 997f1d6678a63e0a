<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AdmitDialog</name>
    <message>
        <source>Admit a student to %1</source>
        <translation>Зачисление ученика в %1</translation>
    </message>
    <message>
        <source>male (м)</source>
        <translation>мужской (м)</translation>
    </message>
    <message>
        <source>female (ж)</source>
        <translation>женский (ж)</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Дата &amp;рождения:</translation>
    </message>
    <message>
        <source>S&amp;ex:</source>
        <translation>П&amp;ол:</translation>
    </message>
    <message>
        <source>Personal &amp;file no.:</source>
        <translation>№ &amp;личного дела:</translation>
    </message>
    <message>
        <source>Director&apos;s order on admission:</source>
        <translation>Приказ директора о зачислении:</translation>
    </message>
    <message>
        <source>Enter the surname.</source>
        <translation>Введите фамилию.</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Введите имя.</translation>
    </message>
    <message>
        <source>Enter the date of birth.</source>
        <translation>Введите дату рождения.</translation>
    </message>
    <message>
        <source>Choose the sex.</source>
        <translation>Выберите пол.</translation>
    </message>
    <message>
        <source>Enter the personal file number.</source>
        <translation>Введите номер личного дела.</translation>
    </message>
</context>
<context>
    <name>CellInput</name>
    <message>
        <source>The class teacher sets the reason of an absence from documents (R03).</source>
        <translation>Причину пропуска по документам отмечает классный руководитель (R03).</translation>
    </message>
    <message>
        <source>A class teacher sets absence reasons only (R03).</source>
        <translation>Классный руководитель отмечает только причины пропусков (R03).</translation>
    </message>
    <message>
        <source>Grade 1 keeps attendance only, no marks (R02).</source>
        <translation>В 1 классе ведётся только посещаемость, без отметок (R02).</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>You must change your password before you continue: the administrator issued a temporary one.</source>
        <translation>Прежде чем продолжить, смените пароль: администратор выдал вам временный.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Повторите новый пароль:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, different from the current password.</source>
        <translation>
            <numerusform>Не менее %n символа, отличается от текущего пароля.</numerusform>
            <numerusform>Не менее %n символов, отличается от текущего пароля.</numerusform>
            <numerusform>Не менее %n символов, отличается от текущего пароля.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Введите текущий пароль.</translation>
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
        <source>The new password must differ from the current one.</source>
        <translation>Новый пароль должен отличаться от текущего.</translation>
    </message>
    <message>
        <source>The repeated password does not match the new one.</source>
        <translation>Повторённый пароль не совпадает с новым.</translation>
    </message>
    <message>
        <source>The server refused to change the password.</source>
        <translation>Сервер отказался сменить пароль.</translation>
    </message>
</context>
<context>
    <name>ClassListModel</name>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translation>Классный руководитель</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Учеников</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Сервер закрыл соединение.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed.</source>
        <translation>Сертификат сервера изменился.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted yet.</source>
        <translation>Сертификат сервера ещё не признан доверенным.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the trusted one.</source>
        <translation>Сертификат сервера не совпадает с доверенным.</translation>
    </message>
    <message>
        <source>No connection to the server.</source>
        <translation>Нет связи с сервером.</translation>
    </message>
    <message>
        <source>The server sent a frame that is too large.</source>
        <translation>Сервер прислал слишком большой кадр.</translation>
    </message>
    <message>
        <source>The server sent a malformed message: %1</source>
        <translation>Сервер прислал повреждённое сообщение: %1</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Соединение закрыто.</translation>
    </message>
</context>
<context>
    <name>CreateUserDialog</name>
    <message>
        <source>New account</source>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Parent of a student</source>
        <translation>Родитель ученика</translation>
    </message>
    <message>
        <source>&amp;Account for:</source>
        <translation>&amp;Учётная запись для:</translation>
    </message>
    <message>
        <source>generated if empty</source>
        <translation>создаётся автоматически, если пусто</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Роли:</translation>
    </message>
    <message>
        <source>Parent&apos;s full &amp;name:</source>
        <translation>&amp;ФИО родителя:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Класс:</translation>
    </message>
    <message>
        <source>&amp;Student:</source>
        <translation>&amp;Ученик:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>Enter the full name.</source>
        <translation>Введите ФИО.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Выберите хотя бы одну роль.</translation>
    </message>
    <message>
        <source>Choose the student.</source>
        <translation>Выберите ученика.</translation>
    </message>
    <message>
        <source>Enter the parent&apos;s full name.</source>
        <translation>Введите ФИО родителя.</translation>
    </message>
</context>
<context>
    <name>CredentialSlips</name>
    <message>
        <source>Credential slips</source>
        <translation>Карточки с паролями</translation>
    </message>
    <message>
        <source>Electronic journal</source>
        <translation>Электронный журнал</translation>
    </message>
    <message>
        <source>%1, class %2</source>
        <translation>%1, класс %2</translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation>Логин: %1</translation>
    </message>
    <message>
        <source>Initial password: %1</source>
        <translation>Начальный пароль: %1</translation>
    </message>
    <message>
        <source>How to sign in: start the «ejournal» program, server %1.</source>
        <translation>Как войти: запустите программу «ejournal», сервер %1.</translation>
    </message>
    <message>
        <source>Change the password at the first sign-in.</source>
        <translation>При первом входе смените пароль.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>CurriculumTab</name>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Часов в неделю</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Предмет:</translation>
    </message>
    <message>
        <source>&amp;Hours a week (0 removes):</source>
        <translation>&amp;Часов в неделю (0 — убрать):</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>Could not connect to the server %1: %2</source>
        <translation>Не удалось подключиться к серверу %1: %2</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed. The connection was refused; contact your administrator.</source>
        <translation>Сертификат сервера изменился. Подключение отклонено; обратитесь к администратору.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not trusted. The connection was refused.</source>
        <translation>Сертификат сервера не признан доверенным. Подключение отклонено.</translation>
    </message>
    <message>
        <source>You have to change your password before you can continue.</source>
        <translation>Чтобы продолжить работу, необходимо сменить пароль.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Сеанс завершён. Войдите снова.</translation>
    </message>
</context>
<context>
    <name>DiaryForecastModel</name>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Средний балл</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>Forecast of period marks</source>
        <translation>Прогноз отметок за период</translation>
    </message>
    <message>
        <source>From the weighted average of the marks so far; the teacher sets the period mark.</source>
        <translation>По средневзвешенному баллу текущих отметок; отметку за период выставляет учитель.</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>&amp;Ребёнок:</translation>
    </message>
    <message>
        <source>← &amp;Previous week</source>
        <translation>← &amp;Предыдущая неделя</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Предыдущая неделя (Alt+Влево)</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Текущая неделя</translation>
    </message>
    <message>
        <source>The week of today (Alt+Home)</source>
        <translation>Текущая неделя (Alt+Home)</translation>
    </message>
    <message>
        <source>&amp;Next week →</source>
        <translation>&amp;Следующая неделя →</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Следующая неделя (Alt+Вправо)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>My diary</source>
        <translation>Мой дневник</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Forecast for the period %1 – %2</source>
        <translation>Прогноз за период %1 – %2</translation>
    </message>
    <message>
        <source>Forecast from the year&apos;s marks so far</source>
        <translation>Прогноз по отметкам за год</translation>
    </message>
</context>
<context>
    <name>DiaryWeekModel</name>
    <message>
        <source>No lessons</source>
        <translation>Нет уроков</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Домашнее задание</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Вид работы</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Пропуск</translation>
    </message>
</context>
<context>
    <name>EditOutbox</name>
    <message numerus="yes">
        <source>Not sent: %n</source>
        <translation>
            <numerusform>Не отправлено: %n</numerusform>
            <numerusform>Не отправлено: %n</numerusform>
            <numerusform>Не отправлено: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryWindowsTab</name>
    <message>
        <source>by the end of the working day (18:00)</source>
        <translation>до конца рабочего дня (18:00)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>on the lesson&apos;s day only</source>
        <translation>только в день урока</translation>
    </message>
    <message>
        <source> min after the class&apos;s last lesson</source>
        <translation> мин после последнего урока класса</translation>
    </message>
    <message>
        <source>Marks, absences, topics (days after the lesson):</source>
        <translation>Отметки, пропуски, темы (дней после урока):</translation>
    </message>
    <message>
        <source>Marks for written work (days):</source>
        <translation>Отметки за письменные работы (дней):</translation>
    </message>
    <message>
        <source>Homework:</source>
        <translation>Домашнее задание:</translation>
    </message>
    <message>
        <source>Later entries need a reason and go to the corrections report (R06); late homework is shown in the control report (R10).</source>
        <translation>Более поздние записи требуют причины и попадают в отчёт об исправлениях (R06); позднее домашнее задание видно в контрольном отчёте (R10).</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>ExpelDialog</name>
    <message>
        <source>Leaving: %1</source>
        <translation>Выбытие: %1</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Ученик:</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <source>Holiday</source>
        <translation>Каникулы</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Параллели</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Окончание:</translation>
    </message>
    <message>
        <source>Grades &amp;from:</source>
        <translation>Параллели &amp;с:</translation>
    </message>
    <message>
        <source>Grades &amp;to:</source>
        <translation>Параллели &amp;по:</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <source>A class list saved from Excel as CSV: surname, name, patronymic, date of birth, sex, class, personal file number.</source>
        <translation>Список класса, сохранённый из Excel в CSV: фамилия, имя, отчество, дата рождения, пол, класс, № личного дела.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Class list</source>
        <translation>Список класса</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The file is too large for a class list.</source>
        <translation>Файл слишком велик для списка класса.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Не удалось прочитать файл: %1</translation>
    </message>
</context>
<context>
    <name>ImportOrderPage</name>
    <message>
        <source>The order</source>
        <translation>Приказ</translation>
    </message>
    <message>
        <source>Students are admitted by the director&apos;s order (R22).</source>
        <translation>Ученики зачисляются приказом директора (R22).</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>Import only the &amp;rows without errors</source>
        <translation>Импортировать только &amp;строки без ошибок</translation>
    </message>
    <message>
        <source>&amp;Order no.:</source>
        <translation>№ п&amp;риказа:</translation>
    </message>
    <message>
        <source>Order d&amp;ate:</source>
        <translation>Д&amp;ата приказа:</translation>
    </message>
    <message>
        <source>A&amp;dmission date:</source>
        <translation>Дата &amp;зачисления:</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>semicolon (;)</source>
        <translation>точка с запятой (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>запятая (,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Проверка файла</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Rows with errors are highlighted.</source>
        <translation>Пока ничего не записано. Строки с ошибками выделены.</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Определить автоматически</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>Detected encoding:</source>
        <translation>Определённая кодировка:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Разделитель:</translation>
    </message>
    <message>
        <source>Checking the file with the server…</source>
        <translation>Сервер проверяет файл…</translation>
    </message>
    <message>
        <source>The server refused the file: %1</source>
        <translation>Сервер отклонил файл: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) in the file, no errors.</source>
        <translation>
            <numerusform>В файле %n ученик, ошибок нет.</numerusform>
            <numerusform>В файле %n ученика, ошибок нет.</numerusform>
            <numerusform>В файле %n учеников, ошибок нет.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) in the file; rows without errors: %1. A file with errors imports nothing unless only the valid rows are asked for.</source>
        <translation>
            <numerusform>В файле %n ученик; строк без ошибок: %1. Из файла с ошибками ничего не импортируется, если не выбрать импорт только верных строк.</numerusform>
            <numerusform>В файле %n ученика; строк без ошибок: %1. Из файла с ошибками ничего не импортируется, если не выбрать импорт только верных строк.</numerusform>
            <numerusform>В файле %n учеников; строк без ошибок: %1. Из файла с ошибками ничего не импортируется, если не выбрать импорт только верных строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>файл: %1</translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Nothing was imported. The server refused: %1</source>
        <translation>Ничего не импортировано. Сервер отказал: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n student(s).</source>
        <translation>
            <numerusform>Импортирован %n ученик.</numerusform>
            <numerusform>Импортировано %n ученика.</numerusform>
            <numerusform>Импортировано %n учеников.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: the file has errors. Fix them, or import only the rows without errors.</source>
        <translation>Ничего не импортировано: в файле есть ошибки. Исправьте их или импортируйте только строки без ошибок.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import class lists</source>
        <translation>Импорт списков классов</translation>
    </message>
</context>
<context>
    <name>JournalGridModel</name>
    <message>
        <source>Not yet confirmed by the server</source>
        <translation>Сервер ещё не подтвердил запись</translation>
    </message>
    <message>
        <source>The period mark the weighted average points to (R16)</source>
        <translation>Отметка за период, на которую указывает средневзвешенный балл (R16)</translation>
    </message>
    <message>
        <source>A period mark is 5, 4, 3, 2, н/а, зач, незач or осв (R15).</source>
        <translation>Отметка за период: 5, 4, 3, 2, н/а, зач, незач или осв (R15).</translation>
    </message>
    <message>
        <source>Corr.</source>
        <translation>Корр.</translation>
    </message>
    <message>
        <source>lesson %1</source>
        <translation>%1-й урок</translation>
    </message>
    <message>
        <source>Work: %1 (weight %2)</source>
        <translation>Работа: %1 (вес %2)</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>не указана</translation>
    </message>
    <message>
        <source>Homework: %1</source>
        <translation>Домашнее задание: %1</translation>
    </message>
    <message>
        <source>%1 (left %2)</source>
        <translation>%1 (выбыл %2)</translation>
    </message>
    <message>
        <source>Period mark, %1 – %2, deadline %3</source>
        <translation>Отметка за период %1 – %2, выставить до %3</translation>
    </message>
    <message>
        <source>Avg.</source>
        <translation>Ср.</translation>
    </message>
    <message>
        <source>Weighted average of the marks shown (R04)</source>
        <translation>Средневзвешенный балл показанных отметок (R04)</translation>
    </message>
    <message>
        <source>Fcst.</source>
        <translation>Прогн.</translation>
    </message>
    <message>
        <source>qtr.</source>
        <translation>чет.</translation>
    </message>
    <message>
        <source>half</source>
        <translation>полуг.</translation>
    </message>
    <message>
        <source>trim.</source>
        <translation>трим.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>период</translation>
    </message>
    <message>
        <source>The homework was entered after the school&apos;s deadline (R10).</source>
        <translation>Домашнее задание внесено позже срока (R10).</translation>
    </message>
    <message>
        <source>Work: %1</source>
        <translation>Вид работы: %1</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>&amp;Journal:</source>
        <translation>&amp;Журнал:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>period</source>
        <translation>период</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>четверть</translation>
    </message>
    <message>
        <source>half-year</source>
        <translation>полугодие</translation>
    </message>
    <message>
        <source>trimester</source>
        <translation>триместр</translation>
    </message>
    <message>
        <source>%1 %2 (%3 – %4)</source>
        <translation>%1 %2 (%3 – %4)</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Весь год</translation>
    </message>
    <message>
        <source>The entry could not be kept on this computer: %1</source>
        <translation>Запись не удалось сохранить на этом компьютере: %1</translation>
    </message>
    <message>
        <source>%1
Why is this entry made late? The reason goes to the audit log.</source>
        <translation>%1
Почему запись вносится с опозданием? Причина попадёт в журнал аудита.</translation>
    </message>
    <message>
        <source>Someone else changed this cell meanwhile; it now holds «%1». Your entry was not saved: enter it again if it is still right.</source>
        <translation>Эту ячейку тем временем изменил другой пользователь, теперь в ней «%1». Ваша запись не сохранена: если она верна, введите её ещё раз.</translation>
    </message>
    <message>
        <source>%1
Why is the lesson changed late?</source>
        <translation>%1
Почему урок исправляется с опозданием?</translation>
    </message>
    <message>
        <source>%1
Why is the lesson deleted?</source>
        <translation>%1
Почему урок удаляется?</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>&amp;Комментарий…</translation>
    </message>
    <message>
        <source>&amp;Work type of the mark</source>
        <translation>&amp;Вид работы отметки</translation>
    </message>
    <message>
        <source>As the lesson: %1</source>
        <translation>Как у урока: %1</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Comment on the entry:</source>
        <translation>Комментарий к записи:</translation>
    </message>
    <message>
        <source>The late entry was not saved.</source>
        <translation>Поздняя запись не сохранена.</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Закрыть сообщение</translation>
    </message>
    <message>
        <source>Let the teacher set a period&apos;s marks after its deadline (R13)</source>
        <translation>Разрешить учителю выставить отметки за период после срока (R13)</translation>
    </message>
    <message>
        <source>The teacher may set the marks of %1 until %2 (R13).</source>
        <translation>Учитель может выставить отметки за %1 до %2 включительно (R13).</translation>
    </message>
    <message>
        <source>Unlock the journal for period &amp;marks…</source>
        <translation>Открыть журнал для &amp;отметок за период…</translation>
    </message>
    <message>
        <source>No period of this journal is past its deadline: its teacher can still set the period marks (R13).</source>
        <translation>Срок выставления отметок не истёк ни для одного периода этого журнала: учитель ещё может выставить отметки за период (R13).</translation>
    </message>
</context>
<context>
    <name>LateReasonBar</name>
    <message>
        <source>Save with the reason</source>
        <translation>Сохранить с причиной</translation>
    </message>
    <message>
        <source>Drop the entry</source>
        <translation>Отменить запись</translation>
    </message>
    <message>
        <source>Reason for the change (goes to the audit log)</source>
        <translation>Причина исправления (попадёт в журнал аудита)</translation>
    </message>
    <message numerus="yes">
        <source>%n more entries wait for a reason.</source>
        <translation>
            <numerusform>Ещё %n запись ждёт причины.</numerusform>
            <numerusform>Ещё %n записи ждут причины.</numerusform>
            <numerusform>Ещё %n записей ждут причины.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>&amp;Save lesson</source>
        <translation>&amp;Сохранить урок</translation>
    </message>
    <message>
        <source>&amp;New lesson</source>
        <translation>&amp;Новый урок</translation>
    </message>
    <message>
        <source>Delete lesson</source>
        <translation>Удалить урок</translation>
    </message>
    <message>
        <source>Correction column</source>
        <translation>Колонка коррекции</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не задано</translation>
    </message>
    <message>
        <source>A column for students absent from this test (R05)</source>
        <translation>Колонка для учеников, отсутствовавших на контрольной (R05)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Lesson &amp;no.:</source>
        <translation>&amp;Номер урока:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Homework:</source>
        <translation>Домашнее &amp;задание:</translation>
    </message>
    <message>
        <source>&amp;Work type:</source>
        <translation>&amp;Вид работы:</translation>
    </message>
    <message>
        <source>Ta&amp;ught by:</source>
        <translation>&amp;Провёл:</translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation>Коррекция: %1</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (вес %2)</translation>
    </message>
    <message>
        <source>Lesson of %1, no. %2</source>
        <translation>Урок %1, %2-й</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>Новый урок</translation>
    </message>
    <message>
        <source>teacher no. %1</source>
        <translation>учитель № %1</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The journal is locked</source>
        <translation>Журнал заблокирован</translation>
    </message>
    <message>
        <source>It locked itself after a time without work. Enter the password to continue.</source>
        <translation>Журнал заблокировался после перерыва в работе. Чтобы продолжить, введите пароль.</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>&amp;Сменить пользователя</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>ejournal: sign in</source>
        <translation>Электронный журнал: вход</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>адрес:порт</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Дополнительно</translation>
    </message>
    <message>
        <source>P&amp;lain connection (no TLS)</source>
        <translation>&amp;Открытое соединение (без TLS)</translation>
    </message>
    <message>
        <source>Without TLS passwords and marks travel unencrypted. Use it only for tests on this computer.</source>
        <translation>Без TLS пароли и отметки передаются незашифрованными. Используйте только для проверки на этом компьютере.</translation>
    </message>
    <message>
        <source>&amp;Forget saved certificate…</source>
        <translation>&amp;Забыть сохранённый сертификат…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Enter the server address as host:port, for example localhost:7443.</source>
        <translation>Введите адрес сервера в виде адрес:порт, например localhost:7443.</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>Could not sign in.</source>
        <translation>Не удалось войти.</translation>
    </message>
    <message>
        <source>No certificate is saved for %1.</source>
        <translation>Для %1 сертификат не сохранён.</translation>
    </message>
    <message>
        <source>Forget saved certificate</source>
        <translation>Забыть сохранённый сертификат</translation>
    </message>
    <message>
        <source>Forget the saved certificate of %1? On the next connection you will be asked to check the server&apos;s fingerprint again. Do this only if the administrator told you the certificate was replaced.</source>
        <translation>Забыть сохранённый сертификат %1? При следующем подключении нужно будет снова сверить отпечаток сервера. Делайте это, только если администратор сообщил, что сертификат заменён.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Забыть</translation>
    </message>
    <message>
        <source>The saved certificate of %1 was forgotten.</source>
        <translation>Сохранённый сертификат %1 забыт.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ejournal</source>
        <translation>Электронный журнал</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Сменить пользователя…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>ejournal — %1</source>
        <translation>Электронный журнал — %1</translation>
    </message>
    <message>
        <source>Connected to %1 (TLS)</source>
        <translation>Подключено к %1 (TLS)</translation>
    </message>
    <message>
        <source>Not secure: no TLS (%1)</source>
        <translation>Не защищено: без TLS (%1)</translation>
    </message>
    <message>
        <source>No connection, reconnecting…</source>
        <translation>Нет связи, переподключение…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Нет подключения</translation>
    </message>
</context>
<context>
    <name>MarkRules</name>
    <message>
        <source>Pass/fail marks are for pass/fail subjects only (R01).</source>
        <translation>Отметки «зач» и «незач» ставятся только по зачётным предметам (R01).</translation>
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
    <name>MovementListModel</name>
    <message>
        <source>Admission</source>
        <translation>Зачисление</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>Выбытие</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Движение</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>From class</source>
        <translation>Из класса</translation>
    </message>
    <message>
        <source>To class</source>
        <translation>В класс</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>№ приказа</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Дата приказа</translation>
    </message>
</context>
<context>
    <name>MovementReport</name>
    <message>
        <source>Movement of students from %1 to %2</source>
        <translation>Движение учащихся с %1 по %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Движение</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>From class</source>
        <translation>Из класса</translation>
    </message>
    <message>
        <source>To class</source>
        <translation>В класс</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>№ приказа</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Дата приказа</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n movement(s).</source>
        <translation>
            <numerusform>Всего: %n запись.</numerusform>
            <numerusform>Всего: %n записи.</numerusform>
            <numerusform>Всего: %n записей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MovementReportPage</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s).</source>
        <translation>
            <numerusform>%n запись.</numerusform>
            <numerusform>%n записи.</numerusform>
            <numerusform>%n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Сохранить отчёт в PDF</translation>
    </message>
    <message>
        <source>movements.pdf</source>
        <translation>движение.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>NavigationTable</name>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Дневник</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>Classes and students</source>
        <translation>Классы и ученики</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>School structure</source>
        <translation>Структура школы</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>not set</source>
        <translation>не задана</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>&amp;Order no.:</source>
        <translation>№ п&amp;риказа:</translation>
    </message>
    <message>
        <source>Order d&amp;ate:</source>
        <translation>Д&amp;ата приказа:</translation>
    </message>
    <message>
        <source>Enter the date of the change.</source>
        <translation>Введите дату изменения.</translation>
    </message>
    <message>
        <source>Enter the number of the director&apos;s order (R22).</source>
        <translation>Введите номер приказа директора (R22).</translation>
    </message>
    <message>
        <source>Enter the date of the director&apos;s order (R22).</source>
        <translation>Введите дату приказа директора (R22).</translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Не удалось создать папку для %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>Не удалось подготовить %1: %2</translation>
    </message>
</context>
<context>
    <name>PeriodUnlockDialog</name>
    <message>
        <source>Unlock period marks</source>
        <translation>Открыть отметки за период</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Choose the period.</source>
        <translation>Выберите период.</translation>
    </message>
    <message>
        <source>After the deadline only the deputy director sets period marks (R13). Once unlocked, the teacher of «%1» may set them until the date below.</source>
        <translation>После срока отметки за период выставляет только заместитель директора (R13). Открыв журнал, вы разрешите учителю журнала «%1» выставить их до указанной даты включительно.</translation>
    </message>
    <message>
        <source>Unti&amp;l:</source>
        <translation>&amp;До:</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This section will appear in a future version.</source>
        <translation>Раздел появится в следующих версиях.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Роли:</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>С&amp;менить пароль…</translation>
    </message>
    <message>
        <source>The password has been changed.</source>
        <translation>Пароль изменён.</translation>
    </message>
</context>
<context>
    <name>RecordEditDialog</name>
    <message>
        <source>Fill in «%1».</source>
        <translation>Заполните поле «%1».</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>director</source>
        <translation>директор</translation>
    </message>
    <message>
        <source>deputy director</source>
        <translation>заместитель директора</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>секретарь</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>учитель</translation>
    </message>
    <message>
        <source>class teacher</source>
        <translation>классный руководитель</translation>
    </message>
    <message>
        <source>student</source>
        <translation>ученик</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>родитель</translation>
    </message>
</context>
<context>
    <name>RosterCsv</name>
    <message>
        <source>The column &quot;%1&quot; appears twice in the header.</source>
        <translation>Столбец «%1» встречается в заголовке дважды.</translation>
    </message>
    <message>
        <source>The header has no column &quot;%1&quot;.</source>
        <translation>В заголовке нет столбца «%1».</translation>
    </message>
    <message>
        <source>The birth date is empty.</source>
        <translation>Не указана дата рождения.</translation>
    </message>
    <message>
        <source>The birth date &quot;%1&quot; is not written as DD.MM.YYYY with a two-digit day and month.</source>
        <translation>Дата рождения «%1» записана не в виде ДД.ММ.ГГГГ с двузначными днём и месяцем.</translation>
    </message>
    <message>
        <source>The birth date %1 does not exist.</source>
        <translation>Даты рождения %1 не существует.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>Дата рождения %1 в будущем.</translation>
    </message>
    <message>
        <source>The birth date %1 is more than %2 years ago.</source>
        <translation>Дата рождения %1 более %2 лет назад.</translation>
    </message>
    <message>
        <source>A quotation mark opened in this row is never closed.</source>
        <translation>Открытая в этой строке кавычка не закрыта.</translation>
    </message>
    <message>
        <source>Wrong number of fields: %1 instead of %2.</source>
        <translation>Неверное число полей: %1 вместо %2.</translation>
    </message>
    <message>
        <source>The surname is empty.</source>
        <translation>Не указана фамилия.</translation>
    </message>
    <message>
        <source>The first name is empty.</source>
        <translation>Не указано имя.</translation>
    </message>
    <message>
        <source>The sex is not given; write м or ж.</source>
        <translation>Не указан пол; укажите м или ж.</translation>
    </message>
    <message>
        <source>The sex &quot;%1&quot; is unknown; write м or ж.</source>
        <translation>Неизвестный пол «%1»; укажите м или ж.</translation>
    </message>
    <message>
        <source>The class &quot;%1&quot; is not a grade from 1 to 11 followed by a letter.</source>
        <translation>Класс «%1» — не номер параллели от 1 до 11 с буквой.</translation>
    </message>
    <message>
        <source>The personal file number is empty.</source>
        <translation>Не указан номер личного дела.</translation>
    </message>
    <message>
        <source>The personal file number %1 is already on line %2.</source>
        <translation>Номер личного дела %1 уже есть в строке %2.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>Неизвестная кодировка «%1».</translation>
    </message>
    <message>
        <source>The file is not valid %1.</source>
        <translation>Файл не является корректным %1.</translation>
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
    <name>RosterPage</name>
    <message>
        <source>&amp;Classes and students</source>
        <translation>&amp;Классы и ученики</translation>
    </message>
    <message>
        <source>&amp;Movement report</source>
        <translation>&amp;Движение учащихся</translation>
    </message>
    <message>
        <source>Filter classes…</source>
        <translation>Фильтр классов…</translation>
    </message>
    <message>
        <source>On &amp;date:</source>
        <translation>На &amp;дату:</translation>
    </message>
    <message>
        <source>Show students who &amp;left</source>
        <translation>Показывать &amp;выбывших</translation>
    </message>
    <message>
        <source>&amp;Admit…</source>
        <translation>&amp;Зачислить…</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Перевести…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>L&amp;eaving…</source>
        <translation>&amp;Выбытие…</translation>
    </message>
    <message>
        <source>&amp;Import class lists…</source>
        <translation>&amp;Импорт списков…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>ejournal: the school&apos;s electronic journal.</source>
        <translation>ejournal: электронный журнал школы.</translation>
    </message>
    <message>
        <source>Server address, HOST:PORT.</source>
        <translation>Адрес сервера, АДРЕС:ПОРТ.</translation>
    </message>
    <message>
        <source>Login to fill in.</source>
        <translation>Логин для подстановки.</translation>
    </message>
    <message>
        <source>Connect without TLS (tests and this computer only).</source>
        <translation>Подключаться без TLS (только для проверки и на этом компьютере).</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate on the first connection without asking.</source>
        <translation>Доверять сертификату сервера при первом подключении без вопроса.</translation>
    </message>
    <message>
        <source>--plain and --trust-on-first-use cannot be used together.</source>
        <translation>--plain и --trust-on-first-use нельзя указывать вместе.</translation>
    </message>
</context>
<context>
    <name>StructurePage</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>четверть</translation>
    </message>
    <message>
        <source>half-year</source>
        <translation>полугодие</translation>
    </message>
    <message>
        <source>trimester</source>
        <translation>триместр</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>&amp;Years</source>
        <translation>&amp;Годы</translation>
    </message>
    <message>
        <source>&amp;Periods</source>
        <translation>&amp;Периоды</translation>
    </message>
    <message>
        <source>&amp;Classes</source>
        <translation>&amp;Классы</translation>
    </message>
    <message>
        <source>&amp;Subjects</source>
        <translation>&amp;Предметы</translation>
    </message>
    <message>
        <source>&amp;Work types</source>
        <translation>&amp;Виды работ</translation>
    </message>
    <message>
        <source>&amp;Assignments</source>
        <translation>&amp;Нагрузка</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Текущий</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Параллели</translation>
    </message>
    <message>
        <source>Marks deadline</source>
        <translation>Срок выставления отметок</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translation>Классный руководитель</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Учеников</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Double mark</source>
        <translation>Двойная отметка</translation>
    </message>
    <message>
        <source>Pass/fail</source>
        <translation>Зачёт/незачёт</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Вид работы</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Письменная</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Контрольная</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Подгруппа</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Часов в неделю</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>&amp;Title (2026/2027):</source>
        <translation>&amp;Название (2026/2027):</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Окончание:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Учебный год:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>Grades &amp;from:</source>
        <translation>Параллели &amp;с:</translation>
    </message>
    <message>
        <source>Grades &amp;to:</source>
        <translation>Параллели &amp;по:</translation>
    </message>
    <message>
        <source>&amp;Marks deadline:</source>
        <translation>&amp;Срок выставления отметок:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Параллель:</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Буква:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Кабинет:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Short title:</source>
        <translation>&amp;Краткое название:</translation>
    </message>
    <message>
        <source>&amp;Double mark (content and literacy)</source>
        <translation>&amp;Двойная отметка (содержание и грамотность)</translation>
    </message>
    <message>
        <source>&amp;Pass/fail</source>
        <translation>&amp;Зачёт/незачёт</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Вес:</translation>
    </message>
    <message>
        <source>Wr&amp;itten work</source>
        <translation>&amp;Письменная работа</translation>
    </message>
    <message>
        <source>&amp;Control work</source>
        <translation>&amp;Контрольная работа</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Класс:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Предмет:</translation>
    </message>
    <message>
        <source>&amp;Hours a week:</source>
        <translation>&amp;Часов в неделю:</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>Edit record</source>
        <translation>Изменение записи</translation>
    </message>
    <message>
        <source>C&amp;urriculum</source>
        <translation>&amp;Учебный план</translation>
    </message>
    <message>
        <source>Su&amp;bgroups</source>
        <translation>Подгрупп&amp;ы</translation>
    </message>
    <message>
        <source>&amp;Holidays</source>
        <translation>Канику&amp;лы</translation>
    </message>
    <message>
        <source>Class &amp;teacher:</source>
        <translation>Классный &amp;руководитель:</translation>
    </message>
    <message>
        <source>Su&amp;bgroup:</source>
        <translation>Под&amp;группа:</translation>
    </message>
    <message>
        <source>&amp;Teacher:</source>
        <translation>&amp;Учитель:</translation>
    </message>
    <message>
        <source>&amp;Entry deadlines</source>
        <translation>&amp;Сроки записей</translation>
    </message>
</context>
<context>
    <name>StructureTab</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Учебный год:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Класс:</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>Edit record</source>
        <translation>Изменение записи</translation>
    </message>
</context>
<context>
    <name>StudentListModel</name>
    <message>
        <source>Left the class on %1</source>
        <translation>Выбыл(а) из класса %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Personal file no.</source>
        <translation>№ личного дела</translation>
    </message>
    <message>
        <source>In the class since</source>
        <translation>В классе с</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Выбыл</translation>
    </message>
</context>
<context>
    <name>SubgroupMembersEditor</name>
    <message>
        <source>&amp;Add →</source>
        <translation>&amp;Добавить →</translation>
    </message>
    <message>
        <source>← &amp;Remove</source>
        <translation>← &amp;Убрать</translation>
    </message>
    <message>
        <source>Save &amp;members</source>
        <translation>Сохранить &amp;состав</translation>
    </message>
    <message>
        <source>Students of the class:</source>
        <translation>Ученики класса:</translation>
    </message>
    <message>
        <source>Members of the subgroup:</source>
        <translation>Состав подгруппы:</translation>
    </message>
    <message>
        <source>Only the administrator moves students between subgroups (R08).</source>
        <translation>Переводить учеников между подгруппами может только администратор (R08).</translation>
    </message>
</context>
<context>
    <name>SubgroupsTab</name>
    <message>
        <source>Subgroup</source>
        <translation>Подгруппа</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Учеников</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Предмет:</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer %1</source>
        <translation>Перевод: %1</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Ученик:</translation>
    </message>
    <message>
        <source>To &amp;class:</source>
        <translation>В &amp;класс:</translation>
    </message>
    <message>
        <source>Choose the class.</source>
        <translation>Выберите класс.</translation>
    </message>
</context>
<context>
    <name>TrustCertificateDialog</name>
    <message>
        <source>Server certificate has changed</source>
        <translation>Сертификат сервера изменился</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning! The certificate of the server %1 has changed&lt;/b&gt; since you last connected to it.&lt;br&gt;&lt;br&gt;Someone may be intercepting the connection (a possible attack). The connection has been refused. Do not enter your password; contact your school&apos;s administrator.</source>
        <translation>&lt;b&gt;Внимание! Сертификат сервера %1 изменился&lt;/b&gt; с момента последнего подключения.&lt;br&gt;&lt;br&gt;Возможно, соединение перехватывают (возможная атака). Подключение отклонено. Не вводите пароль; обратитесь к администратору школы.</translation>
    </message>
    <message>
        <source>New server certificate</source>
        <translation>Новый сертификат сервера</translation>
    </message>
    <message>
        <source>This computer has not connected to the server %1 before. The server presents a certificate with the SHA-256 fingerprint:</source>
        <translation>Этот компьютер ещё не подключался к серверу %1. Сервер предъявляет сертификат с отпечатком SHA-256:</translation>
    </message>
    <message>
        <source>If the administrator has really replaced the certificate, they can tell you the new fingerprint; the saved certificate can then be forgotten under &quot;Advanced&quot; in the sign-in window.</source>
        <translation>Если администратор действительно заменил сертификат, он сообщит новый отпечаток; тогда сохранённый сертификат можно забыть в разделе «Дополнительно» окна входа.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint your administrator gave you. Do you trust this server?</source>
        <translation>Сверьте его с отпечатком, который дал администратор. Доверять этому серверу?</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>Доверять и подключиться</translation>
    </message>
    <message>
        <source>Do not trust</source>
        <translation>Не доверять</translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source>disabled</source>
        <translation>отключена</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Filter by login, name or role…</source>
        <translation>Фильтр по логину, ФИО или роли…</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>С&amp;бросить пароль…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Отключить…</translation>
    </message>
    <message>
        <source>&amp;Print credential slips for class…</source>
        <translation>&amp;Печать карточек с паролями для класса…</translation>
    </message>
    <message>
        <source>Save slips as P&amp;DF…</source>
        <translation>Карточки в P&amp;DF…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n учётная запись.</numerusform>
            <numerusform>%n учётные записи.</numerusform>
            <numerusform>%n учётных записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1 created; initial password: %2</source>
        <translation>Учётная запись %1 создана; начальный пароль: %2</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <source>Give %1 (%2) a new initial password? The old one stops working.</source>
        <translation>Выдать %1 (%2) новый начальный пароль? Старый перестанет действовать.</translation>
    </message>
    <message>
        <source>New initial password of %1: %2</source>
        <translation>Новый начальный пароль %1: %2</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Отключение учётной записи</translation>
    </message>
    <message>
        <source>Disable the account %1 (%2)? The person will not be able to sign in.</source>
        <translation>Отключить учётную запись %1 (%2)? Пользователь не сможет войти.</translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation>Учётная запись %1 отключена.</translation>
    </message>
    <message>
        <source>All issued in this session</source>
        <translation>Все выданные в этом сеансе</translation>
    </message>
    <message>
        <source>Credential slips</source>
        <translation>Карточки с паролями</translation>
    </message>
    <message>
        <source>Print the slips of class:</source>
        <translation>Напечатать карточки класса:</translation>
    </message>
    <message>
        <source>Save credential slips</source>
        <translation>Сохранить карточки с паролями</translation>
    </message>
    <message>
        <source>credentials.pdf</source>
        <translation>пароли.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Не удалось записать %1</translation>
    </message>
</context>
</TS>
