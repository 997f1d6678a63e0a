#pragma once

#include <QString>

class QCoreApplication;

// Process-wide setup: the names QSettings files live under and the interface language
// (Russian unless EJOURNAL_LANG=en).
class Application
{
public:
    static constexpr char kName[] = "ejournal";

    static void setIdentity();
    // "ru" or "en", from EJOURNAL_LANG; Russian by default.
    static QString interfaceLanguage();
    // Installs the embedded translation for interfaceLanguage(); false if it is missing.
    static bool installTranslator(QCoreApplication& app);
};
