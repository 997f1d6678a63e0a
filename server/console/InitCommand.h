#pragma once

#include "console/ConsoleCommand.h"

// `ejournal-server init`.
class InitCommand : public ConsoleCommand
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;

    // Creates the cluster, certificate, schema, school name and the first administrator.
    static bool initialize(const QString& dataDir, const QString& schoolName,
                           const QString& adminPassword, bool adminMustChangePassword,
                           QString* error);
};
