#pragma once

#include <QString>

// The fonts printed forms use, loaded from files so output does not depend on the fonts a
// computer has installed (DejaVu Sans: Cyrillic included).
class PrintFonts
{
public:
    // Loads DejaVu Sans once; returns its family name (or a generic sans family if the
    // files are missing).
    static QString family();
};
