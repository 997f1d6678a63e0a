#pragma once

#include "console/ConsoleCommand.h"

// `ejournal-server demo`.
class DemoCommand : public ConsoleCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};
