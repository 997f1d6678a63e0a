#include "console/UserCommand.h"

#include "auth/PasswordHasher.h"
#include "console/SchoolDatabase.h"
#include "console/UserAdmin.h"
#include "storage/UserStore.h"

QString UserCommand::summary() const
{
    return tr("manage accounts: user add|passwd|disable|list");
}

int UserCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        tr("  user add --login L --name \"Full Name\" --role admin[,teacher] [--password-file F]\n"
           "  user passwd --login L [--password-file F]\n"
           "  user disable --login L\n"
           "  user list\n"
           "Without --password-file a password is generated, printed once and must be changed "
           "at first sign-in."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("add, passwd, disable or list"));
    parser.addOptions({
        {QStringLiteral("data-dir"), tr("The school's data directory."), tr("DIR")},
        {QStringLiteral("db"), tr("An external PostgreSQL (libpq conninfo)."), tr("CONNINFO")},
        {QStringLiteral("login"), tr("The account's login."), tr("LOGIN")},
        {QStringLiteral("name"), tr("The person's full name."), tr("NAME")},
        {QStringLiteral("role"), tr("Role codes, comma separated."), tr("ROLES")},
        {QStringLiteral("password-file"), tr("File whose first line is the password."), tr("FILE")},
    });
    if (!parse(parser, arguments))
        return 2;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QStringList actions{QStringLiteral("add"), QStringLiteral("passwd"),
                              QStringLiteral("disable"), QStringLiteral("list")};
    if (positional.size() != 1 || !actions.contains(action))
        return fail(tr("Say what to do: user add|passwd|disable|list (see --help)."));
    const QString login = parser.value(QStringLiteral("login"));
    if (action != QLatin1String("list") && login.isEmpty())
        return fail(tr("Give --login LOGIN."));

    RoleSet roles;
    if (action == QLatin1String("add")) {
        const QStringList codes =
            parser.value(QStringLiteral("role")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& code : codes) {
            const auto role = roleFromCode(code.trimmed());
            if (!role) {
                QStringList known;
                for (Role each : allRoles())
                    known.append(roleCode(each));
                return fail(tr("Unknown role %1; roles are: %2")
                                .arg(code, known.join(QLatin1String(", "))));
            }
            roles.insert(*role);
        }
        if (roles.isEmpty())
            return fail(tr("Give --role, e.g. --role teacher,class_teacher."));
    }
    QString error;
    QString password;
    const bool generated = !parser.isSet(QStringLiteral("password-file"));
    if (action == QLatin1String("add") || action == QLatin1String("passwd")) {
        password = generated
                       ? PasswordHasher::generatePassword(10)
                       : readPasswordFile(parser.value(QStringLiteral("password-file")), &error);
        if (!error.isEmpty())
            return fail(error);
    }

    SchoolDatabase database;
    if (!database.open(parser.value(QStringLiteral("data-dir")), parser.value(QStringLiteral("db")),
                       SchoolDatabase::Mode::Command, &error))
        return fail(error);
    const UserAdmin admin(database.owner());
    if (action == QLatin1String("list")) {
        auto users = UserStore(database.owner()).list();
        if (!users)
            return fail(users.error().message);
        for (const UserRecord& user : users.value()) {
            out() << user.id << '\t' << user.login << '\t'
                  << user.roles.codes().join(QLatin1Char(',')) << '\t'
                  << (user.disabled ? tr("disabled") : tr("active")) << '\t' << user.fullName
                  << '\n';
        }
    } else if (action == QLatin1String("add")) {
        auto id =
            admin.addUser(login, password, parser.value(QStringLiteral("name")), roles, generated);
        if (!id)
            return fail(id.error().message);
        out() << tr("User %1 created (id %2).").arg(login).arg(*id) << '\n';
    } else if (action == QLatin1String("passwd")) {
        if (auto done = admin.setPassword(login, password, generated); !done)
            return fail(done.error().message);
        out() << tr("Password of %1 changed; their sessions were ended.").arg(login) << '\n';
    } else {
        if (auto done = admin.disable(login); !done)
            return fail(done.error().message);
        out() << tr("User %1 disabled; their sessions were ended.").arg(login) << '\n';
    }
    if (generated && (action == QLatin1String("add") || action == QLatin1String("passwd")))
        out() << tr("Initial password: %1 (to be changed at first sign-in)").arg(password) << '\n';
    out().flush();
    return 0;
}
