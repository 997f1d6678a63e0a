#pragma once

#include <QString>

// Logins made from a person's name: the surname transliterated (ГОСТ-like, as Russian
// school services do) and the initials, "Иванова Мария Петровна" → "ivanova.mp".
namespace LoginGenerator {
QString transliterate(const QString& text);
QString fromFullName(const QString& fullName);
} // namespace LoginGenerator
