#include "app/StartupOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(StartupOptions)
public:
    static QString description() { return tr("ejournal: the school's electronic journal."); }
    static QString server() { return tr("Server address, HOST:PORT."); }
    static QString login() { return tr("Login to fill in."); }
    static QString plain() { return tr("Connect without TLS (tests and this computer only)."); }
    static QString trust()
    {
        return tr("Trust the server's certificate on the first connection without asking.");
    }
    static QString conflict()
    {
        return tr("--plain and --trust-on-first-use cannot be used together.");
    }
};
} // namespace

bool StartupOptions::parse(const QStringList& arguments, StartupOptions* options, QString* message)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Texts::description());
    parser.addHelpOption();
    const QCommandLineOption serverOption(QStringLiteral("server"), Texts::server(),
                                          QStringLiteral("HOST:PORT"));
    const QCommandLineOption loginOption(QStringLiteral("login"), Texts::login(),
                                         QStringLiteral("LOGIN"));
    const QCommandLineOption plainOption(QStringLiteral("plain"), Texts::plain());
    const QCommandLineOption trustOption(QStringLiteral("trust-on-first-use"), Texts::trust());
    parser.addOptions({serverOption, loginOption, plainOption, trustOption});
    if (!parser.parse(arguments)) {
        *message = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        options->helpRequested = true;
        *message = parser.helpText();
        return false;
    }
    if (parser.isSet(plainOption) && parser.isSet(trustOption)) {
        *message = Texts::conflict();
        return false;
    }
    options->server = parser.value(serverOption);
    options->login = parser.value(loginOption);
    options->plain = parser.isSet(plainOption);
    options->trustOnFirstUse = parser.isSet(trustOption);
    return true;
}
