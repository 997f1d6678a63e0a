#include "app/Application.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

QString Application::interfaceLanguage()
{
    const QString requested = qEnvironmentVariable("EJOURNAL_LANG").trimmed().toLower();
    return requested.startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("ru");
}

void Application::setIdentity()
{
    QCoreApplication::setOrganizationName(QLatin1String(kName));
    QCoreApplication::setApplicationName(QLatin1String(kName));
}

bool Application::installTranslator(QCoreApplication& app)
{
    const QString language = interfaceLanguage();
    if (language == QLatin1String("en"))
        return true; // the source texts are English
    auto* translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/i18n/ejournal_%1.qm").arg(language))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    return true;
}
