#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

// What the demo school teaches: the subjects with their weekly hours by grade (a Russian
// basic curriculum for a five-day week), who teaches them, the work types, and the words
// lesson topics and homework are made of.
namespace DemoCurriculum {

// Work types, in the order of workTypes().
enum class Work
{
    Answer,
    Independent,
    Check,
    Control,
    Dictation,
    Lab,
    Notebook,
    Homework,
};

struct WorkTypeSpec
{
    QString title;
    double weight = 1;
    bool written = false;
    bool control = false;
};
const QList<WorkTypeSpec>& workTypes();

// Which teachers teach a subject; a class's journals of one specialty share a teacher.
enum class Specialty
{
    Primary,
    Russian,
    Math,
    English,
    History,
    Geography,
    Biology,
    Physics,
    Chemistry,
    Informatics,
    Technology,
    PhysEd,
    Music,
    Art,
};
constexpr int kSpecialtyCount = int(Specialty::Art) + 1;
// What a teacher of the specialty writes in the credentials file ("Математика").
QString specialtyTitle(Specialty specialty);

// How topics and homework of a subject read.
enum class Style
{
    Language,
    Literature,
    Math,
    Science,
    Humanities,
    Foreign,
    Sport,
    Arts,
};

struct SubjectSpec
{
    QString title;
    QString shortTitle;
    bool doubleMark = false;
    bool passFail = false;
    std::array<int, 11> hours{}; // per week, grades 1…11
    int splitFrom = 0;           // grades split into two subgroups (R08), 0: never
    int splitTo = 0;
    Specialty primary = Specialty::Primary; // who teaches it in grades 1–4
    Specialty specialty = Specialty::Primary;
    Style style = Style::Humanities;
    double markShift = 0; // PE and the arts are marked more kindly
    QStringList themes;
    QStringList primaryThemes; // grades 1–4, when they differ
};
const QList<SubjectSpec>& subjects();

int hours(const SubjectSpec& subject, int grade);
bool isSplit(const SubjectSpec& subject, int grade);

} // namespace DemoCurriculum
