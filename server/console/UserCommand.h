#pragma once

#include "console/ConsoleCommand.h"

// `ejournal-server user`.
class UserCommand : public ConsoleCommand
{
    Q_DECLARE_TR_FUNCTIONS(UserCommand)
public:
    QString name() const override { return QStringLiteral("user"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};
