#include "console/DemoCommand.h"

#include "auth/PasswordHasher.h"
#include "console/InitCommand.h"
#include "console/SchoolDatabase.h"
#include "console/UserAdmin.h"
#include "storage/ManagedCluster.h"
#include "storage/UserStore.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace {
// The minimal demo staff; the school-structure issue grows this into a whole school.
struct DemoUser
{
    const char* login;
    const char* fullName;
    QList<Role> roles;
    const char* classOrSubject;
};

const QList<DemoUser>& demoUsers()
{
    static const QList<DemoUser> users{
        {"director", "Соколова Ирина Владимировна", {Role::Director}, ""},
        {"deputy", "Кузнецова Елена Сергеевна", {Role::Deputy}, ""},
        {"secretary", "Морозова Ольга Николаевна", {Role::Secretary}, ""},
        {"teacher1", "Иванова Мария Петровна", {Role::Teacher, Role::ClassTeacher}, "5А"},
        {"teacher2", "Петров Алексей Дмитриевич", {Role::Teacher}, "Математика"},
        {"student1", "Смирнов Артём Игоревич", {Role::Student}, "5А"},
        {"parent1", "Смирнова Анна Викторовна", {Role::Parent}, "5А"},
    };
    return users;
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// The main role written to the credentials file: a class teacher is `class_teacher`.
QString mainRole(const QList<Role>& roles)
{
    return roleCode(roles.contains(Role::ClassTeacher) ? Role::ClassTeacher : roles.first());
}
} // namespace

QString DemoCommand::summary() const
{
    return tr("create a demo school with a user in every role (credentials in "
              "DIR/demo-credentials.csv)");
}

int DemoCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addOptions({
        {QStringLiteral("data-dir"), tr("The school's data directory."), tr("DIR")},
    });
    if (!parse(parser, arguments))
        return 2;
    const QString dataDirArgument = parser.value(QStringLiteral("data-dir"));
    if (dataDirArgument.isEmpty())
        return fail(tr("Give --data-dir DIR."));
    const QString dataDir = QDir(dataDirArgument).absolutePath();
    const QString credentialsPath = QDir(dataDir).filePath(QStringLiteral("demo-credentials.csv"));
    QString error;
    if (!ManagedCluster(dataDir).isInitialized()) {
        if (!InitCommand::initialize(dataDir, tr("Demo school No. 1"),
                                     PasswordHasher::generatePassword(12), false, &error))
            return fail(error);
    }
    SchoolDatabase database;
    if (!database.open(dataDir, {}, SchoolDatabase::Mode::Command, &error))
        return fail(error);
    auto existing = UserStore(database.owner()).findByLogin(QStringLiteral("deputy"));
    if (!existing)
        return fail(existing.error().message);
    if (existing.value() && QFile::exists(credentialsPath)) {
        out() << tr("The demo school is already there; credentials are in %1.").arg(credentialsPath)
              << '\n';
        out().flush();
        return 0;
    }
    if (existing.value())
        return fail(
            tr("%1 holds a school that is not the demo; use another directory.").arg(dataDir));

    const UserAdmin admin(database.owner());
    QStringList lines{QStringLiteral("login,password,role,full_name,class_or_subject")};
    const QString adminPassword = PasswordHasher::generatePassword(10);
    if (auto reset = admin.setPassword(QStringLiteral("admin"), adminPassword, false); !reset)
        return fail(reset.error().message);
    lines.append(QStringList{QStringLiteral("admin"), adminPassword, roleCode(Role::Admin),
                             csvField(tr("School administrator")), QString()}
                     .join(QLatin1Char(',')));
    for (const DemoUser& user : demoUsers()) {
        const QString password = PasswordHasher::generatePassword(10);
        RoleSet roles;
        for (Role role : user.roles)
            roles.insert(role);
        auto id = admin.addUser(QString::fromLatin1(user.login), password,
                                QString::fromUtf8(user.fullName), roles, false);
        if (!id)
            return fail(id.error().message);
        lines.append(QStringList{QString::fromLatin1(user.login), password, mainRole(user.roles),
                                 csvField(QString::fromUtf8(user.fullName)),
                                 csvField(QString::fromUtf8(user.classOrSubject))}
                         .join(QLatin1Char(',')));
    }
    QSaveFile file(credentialsPath);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()) < 0 ||
        !file.commit())
        return fail(tr("Cannot write %1.").arg(credentialsPath));
    QFile::setPermissions(credentialsPath, QFile::ReadOwner | QFile::WriteOwner);
    out() << tr("Demo school created in %1; credentials are in %2.").arg(dataDir, credentialsPath)
          << '\n';
    out().flush();
    return 0;
}
