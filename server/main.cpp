// ejournal-server: the console of the school's journal server.
#include "app/ServerTranslation.h"
#include "auth/PasswordHasher.h"
#include "console/ConsoleCommand.h"
#include "core/LargeBlocks.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>

int main(int argc, char* argv[])
{
    LargeBlocks::keepInHeap(); // journal answers: no page faults on every call
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ejournal"));
    QCoreApplication::setApplicationName(QStringLiteral("ejournal-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EJOURNAL_VERSION));

    ServerTranslation::install(app);

    if (!PasswordHasher::initialize()) {
        QTextStream(stderr) << "ejournal-server: libsodium failed to initialise\n";
        return 1;
    }
    const auto commands = makeConsoleCommands();
    const QStringList arguments = QCoreApplication::arguments();
    const QString name = arguments.value(1);
    for (const auto& command : commands) {
        if (command->name() == name)
            return command->run(arguments.mid(1));
    }
    QTextStream err(stderr);
    if (!name.isEmpty() && name != QLatin1String("--help") && name != QLatin1String("-h"))
        err << QCoreApplication::translate("main", "Unknown command: %1").arg(name) << "\n\n";
    err << QCoreApplication::translate("main", "Usage: ejournal-server COMMAND [options]") << '\n';
    for (const auto& command : commands)
        err << "  " << command->name().leftJustified(8) << ' ' << command->summary() << '\n';
    err << QCoreApplication::translate("main",
                                       "Run `ejournal-server COMMAND --help` for its options.")
        << '\n';
    return name.isEmpty() || name == QLatin1String("--help") || name == QLatin1String("-h") ? 0 : 2;
}
