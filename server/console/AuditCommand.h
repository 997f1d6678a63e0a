#pragma once

#include "console/ConsoleCommand.h"

// `ejournal-server audit`.
class AuditCommand : public ConsoleCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};
