#pragma once

#include <QString>
#include <QStringList>

// What the command line asks of the desktop client: server, login prefill, plain, TOFU.
struct StartupOptions
{
    QString server; // empty: the remembered one
    QString login;
    bool plain = false;
    bool trustOnFirstUse = false;
    bool helpRequested = false;

    // Parses the arguments; on an error or --help (helpRequested) returns false with the
    // text to print.
    static bool parse(const QStringList& arguments, StartupOptions* options, QString* message);
};
