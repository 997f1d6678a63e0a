#pragma once

#include "console/ConsoleCommand.h"

// `ejournal-server serve`.
class ServeCommand : public ConsoleCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)
public:
    QString name() const override { return QStringLiteral("serve"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};
