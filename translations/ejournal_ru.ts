<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
</TS>
