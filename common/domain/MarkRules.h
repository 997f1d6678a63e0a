#pragma once

#include <QList>
#include <QString>

#include <optional>

// What a subject allows in a journal cell (R01).
struct SubjectMarking
{
    bool doubleMark = false; // "5/4" in Russian language and literature
    bool passFail = false;   // зач / незач
};

// A current mark as entered: the text stored and the points it counts for (R01, R04).
struct Mark
{
    QString text;      // "5", "5/4", "зач", "незач"
    QList<int> points; // each half of a double mark counts on its own; empty for зач/незач
};

// Why a mark, absence or period mark was refused: a rule id and a message in English
// source text for tr() by the caller.
struct MarkProblem
{
    QString rule;
    const char* message;
};

// The school rules on marks both the server and the desktop check (RULES.md R01, R03,
// R15, R16). The server decides; the desktop pre-checks for comfort.
namespace MarkRules {
// R02: grade 1 keeps attendance only, with no marks and no period marks.
inline constexpr int kGradeWithoutMarks = 1;
// R01: 1–5; "a/b" only where the subject takes double marks; зач/незач only in pass/fail
// subjects. Whitespace is ignored.
std::optional<Mark> parseMark(const QString& text, const SubjectMarking& subject,
                              MarkProblem* problem = nullptr);
// R03: н (absent), б (ill), у (excused), оп (late).
bool isAbsenceCode(const QString& code);
// R03: the reasons only the class teacher sets from documents.
bool isAbsenceReason(const QString& code);
// R15: 5, 4, 3, 2, н/а, зач, незач, осв.
bool isPeriodMarkValue(const QString& value);

// One mark's weight in the average (its work type's weight).
struct WeightedMark
{
    Mark mark;
    double weight = 1.0;
};
// R04: the weighted average of all point values, mark by mark as they come.
class WeightedAverage
{
public:
    void add(const Mark& mark, double weight);
    // nullopt without any point value.
    std::optional<double> value() const;

private:
    double m_sum = 0;
    double m_weights = 0;
};
// R04: the weighted average of all point values; nullopt without any.
std::optional<double> weightedAverage(const QList<WeightedMark>& marks);
// R16: the period mark a weighted average points to (2–5, halves rounded up).
QString forecast(double average);
} // namespace MarkRules
