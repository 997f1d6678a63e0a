#include "journal/CellInput.h"

namespace {
constexpr int kGradeWithoutMarks = 1;

// Keys of the Russian ЙЦУКЕН layout a teacher may hit with the Latin layout switched on.
QString fromLatinLayout(const QString& text)
{
    static const QHash<QString, QString> sameKey{
        {QStringLiteral("y"), QStringLiteral("н")},
        {QStringLiteral(","), QStringLiteral("б")},
        {QStringLiteral("e"), QStringLiteral("у")},
        {QStringLiteral("jg"), QStringLiteral("оп")},
        {QStringLiteral("pfx"), QStringLiteral("зач")},
        {QStringLiteral("ytpfx"), QStringLiteral("незач")},
    };
    return sameKey.value(text, text);
}
} // namespace

CellInput::CellInput(const JournalSheet& sheet, Who who)
    : m_sheet(sheet)
    , m_who(who)
{}

QString CellInput::normalized(const QString& typed)
{
    QString text = typed.simplified().toLower();
    text.remove(QLatin1Char(' '));
    text.replace(QChar(0x0451), QChar(0x0435)); // ё → е
    return fromLatinLayout(text);
}

std::optional<CellInput::Refusal> CellInput::checkAbsenceChange(const QString& before,
                                                                const QString& after) const
{
    const bool reasonChanged = before != after && (MarkRules::isAbsenceReason(after) ||
                                                   MarkRules::isAbsenceReason(before));
    if (reasonChanged && !m_who.classTeacher)
        return Refusal{QStringLiteral("R03"),
                       tr("The class teacher sets the reason of an absence from documents (R03).")};
    return std::nullopt;
}

std::optional<JournalSheet::Cell>
CellInput::apply(const QString& typed, const JournalSheet::Cell& current, Refusal* refusal) const
{
    auto refuse = [refusal](const QString& rule, const QString& message) {
        if (refusal)
            *refusal = {rule, message};
        return std::nullopt;
    };
    const QString text = normalized(typed);
    JournalSheet::Cell next = current;
    if (text.isEmpty()) {
        if (m_who.journalTeacher)
            next.mark.clear();
        // The subject teacher clears their mark; a reason from documents stays (R03).
        if (m_who.classTeacher || !MarkRules::isAbsenceReason(current.absence) ||
            current.mark.isEmpty())
            next.absence.clear();
        if (auto problem = checkAbsenceChange(current.absence, next.absence))
            return refuse(problem->rule, problem->message);
        return next;
    }
    if (MarkRules::isAbsenceCode(text)) {
        if (auto problem = checkAbsenceChange(current.absence, text))
            return refuse(problem->rule, problem->message);
        next.absence = text;
        if (m_who.journalTeacher)
            next.mark.clear();
        return next;
    }
    if (!m_who.journalTeacher)
        return refuse(QStringLiteral("R03"),
                      tr("A class teacher sets absence reasons only (R03)."));
    if (m_sheet.grade == kGradeWithoutMarks)
        return refuse(QStringLiteral("R02"), tr("Grade 1 keeps attendance only, no marks (R02)."));
    MarkProblem problem;
    const auto mark = MarkRules::parseMark(text, m_sheet.marking, &problem);
    if (!mark)
        return refuse(problem.rule, QCoreApplication::translate("MarkRules", problem.message));
    next.mark = mark->text;
    return next;
}
