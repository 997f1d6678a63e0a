#pragma once

#include <QString>
#include <QStringList>

// Russian surnames, first names and patronymics with their male and female forms.
namespace DemoNames {
// Surnames in the male form; femaleSurname() gives the female one.
const QStringList& surnames();
// Иванов → Иванова, Бельский → Бельская, Толстой → Толстая; Шевченко, Черных stay.
QString surnameForm(const QString& maleSurname, bool female);

const QStringList& maleFirstNames();
const QStringList& femaleFirstNames();
// Сергей → Сергеевич / Сергеевна, Илья → Ильич / Ильинична (every male first name above).
QString patronymic(const QString& fatherName, bool female);
} // namespace DemoNames
