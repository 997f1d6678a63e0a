#pragma once

class QCoreApplication;

// Installs the Russian messages the server sends and prints, unless EJOURNAL_LANG=en.
namespace ServerTranslation {
bool install(QCoreApplication& app);
}
