#include "domain/MarkRules.h"

#include <QStringList>

#include <cmath>

namespace {
constexpr int kLowestMark = 1;
constexpr int kHighestMark = 5;

std::optional<int> singlePoints(const QString& text)
{
    if (text.size() != 1 || !text.at(0).isDigit())
        return std::nullopt;
    const int points = text.at(0).digitValue();
    if (points < kLowestMark || points > kHighestMark)
        return std::nullopt;
    return points;
}

void report(MarkProblem* problem, const char* message)
{
    if (problem)
        *problem = {QStringLiteral("R01"), message};
}
} // namespace

namespace MarkRules {

std::optional<Mark> parseMark(const QString& text, const SubjectMarking& subject,
                              MarkProblem* problem)
{
    QString compact = text;
    compact.remove(QLatin1Char(' '));
    compact = compact.toLower();
    if (compact == QStringLiteral("зач") || compact == QStringLiteral("незач")) {
        if (!subject.passFail) {
            report(problem,
                   QT_TRANSLATE_NOOP("MarkRules",
                                     "Pass/fail marks are for pass/fail subjects only (R01)."));
            return std::nullopt;
        }
        return Mark{compact, {}};
    }
    if (subject.passFail) {
        report(problem,
               QT_TRANSLATE_NOOP("MarkRules", "This subject is marked зач or незач (R01)."));
        return std::nullopt;
    }
    const QStringList halves = compact.split(QLatin1Char('/'));
    if (halves.size() == 2) {
        const auto first = singlePoints(halves.at(0));
        const auto second = singlePoints(halves.at(1));
        if (!first || !second) {
            report(problem,
                   QT_TRANSLATE_NOOP("MarkRules", "A mark is a number from 1 to 5 (R01)."));
            return std::nullopt;
        }
        if (!subject.doubleMark) {
            report(
                problem,
                QT_TRANSLATE_NOOP(
                    "MarkRules",
                    "Double marks like 5/4 are for Russian language and literature only (R01)."));
            return std::nullopt;
        }
        return Mark{compact, {*first, *second}};
    }
    if (const auto points = singlePoints(compact))
        return Mark{compact, {*points}};
    report(problem, QT_TRANSLATE_NOOP("MarkRules", "A mark is a number from 1 to 5 (R01)."));
    return std::nullopt;
}

bool isAbsenceCode(const QString& code)
{
    return code == QStringLiteral("н") || isAbsenceReason(code) || code == QStringLiteral("оп");
}

bool isAbsenceReason(const QString& code)
{
    return code == QStringLiteral("б") || code == QStringLiteral("у");
}

bool isPeriodMarkValue(const QString& value)
{
    static const QStringList values{QStringLiteral("5"),     QStringLiteral("4"),
                                    QStringLiteral("3"),     QStringLiteral("2"),
                                    QStringLiteral("н/а"),   QStringLiteral("зач"),
                                    QStringLiteral("незач"), QStringLiteral("осв")};
    return values.contains(value);
}

void WeightedAverage::add(const Mark& mark, double weight)
{
    for (int points : mark.points) {
        m_sum += points * weight;
        m_weights += weight;
    }
}

std::optional<double> WeightedAverage::value() const
{
    if (m_weights <= 0)
        return std::nullopt;
    return m_sum / m_weights;
}

std::optional<double> weightedAverage(const QList<WeightedMark>& marks)
{
    WeightedAverage average;
    for (const WeightedMark& weighted : marks)
        average.add(weighted.mark, weighted.weight);
    return average.value();
}

QString forecast(double average)
{
    const int rounded = int(std::floor(average + 0.5));
    return QString::number(std::clamp(rounded, 2, kHighestMark));
}

} // namespace MarkRules
