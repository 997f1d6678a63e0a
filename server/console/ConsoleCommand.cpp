#include "console/ConsoleCommand.h"

#include "console/AuditCommand.h"
#include "console/DemoCommand.h"
#include "console/InitCommand.h"
#include "console/ServeCommand.h"
#include "console/UserCommand.h"

#include <QFile>

bool ConsoleCommand::parse(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << parser.errorText() << "\n\n" << parser.helpText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return false;
    }
    return true;
}

int ConsoleCommand::fail(const QString& message)
{
    QTextStream(stderr) << "ejournal-server: " << message << '\n';
    return 1;
}

QTextStream& ConsoleCommand::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString ConsoleCommand::readPasswordFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the password file %1.").arg(path);
        return {};
    }
    const QString password =
        QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    if (password.isEmpty())
        *error = tr("The password file %1 is empty.").arg(path);
    return password;
}

std::vector<std::unique_ptr<ConsoleCommand>> makeConsoleCommands()
{
    std::vector<std::unique_ptr<ConsoleCommand>> commands;
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<ServeCommand>());
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<UserCommand>());
    commands.push_back(std::make_unique<AuditCommand>());
    return commands;
}
