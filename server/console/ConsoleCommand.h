#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

// One `ejournal-server <command>`; main() looks commands up in the registry below.
class ConsoleCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleCommand)
public:
    virtual ~ConsoleCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // arguments[0] is the command name; returns the process exit code.
    virtual int run(const QStringList& arguments) = 0;

protected:
    // Parses options; on failure prints why and the usage, and returns false.
    bool parse(QCommandLineParser& parser, const QStringList& arguments);
    static int fail(const QString& message);
    static QTextStream& out();
    // The first line of a password file, or an empty string with `error` set.
    static QString readPasswordFile(const QString& path, QString* error);
};

std::vector<std::unique_ptr<ConsoleCommand>> makeConsoleCommands();
