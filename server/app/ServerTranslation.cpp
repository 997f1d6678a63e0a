#include "app/ServerTranslation.h"

#include <QCoreApplication>
#include <QTranslator>

namespace ServerTranslation {

bool install(QCoreApplication& app)
{
    if (qEnvironmentVariable("EJOURNAL_LANG") == QLatin1String("en"))
        return true; // the source texts are English
    auto* translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/i18n/ejournal-server_ru.qm"))) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace ServerTranslation
