#pragma once

#include "journal/JournalSheet.h"

#include <QCoreApplication>

#include <optional>

// What a teacher types into a lesson cell, read the way the server will read it (R01–R03),
// so that a wrong entry is refused in place before anything is sent. The server still
// decides.
class CellInput
{
    Q_DECLARE_TR_FUNCTIONS(CellInput)
public:
    struct Who
    {
        bool journalTeacher = false; // the journal's teacher or the lesson's substitute
        bool classTeacher = false;   // the class teacher of the journal's class
    };
    struct Refusal
    {
        QString rule; // "R01"…, empty when no rule is involved
        QString message;
    };

    CellInput(const JournalSheet& sheet, Who who);

    // The cell after typing `typed` over `current`: a mark replaces the mark (an absence
    // stays: a make-up mark, R03); an absence code replaces the cell; empty text clears what
    // the user may clear. Latin letters typed in the wrong keyboard layout are read as the
    // Russian ones on the same keys (y → н, e → у, , → б, jg → оп).
    std::optional<JournalSheet::Cell> apply(const QString& typed, const JournalSheet::Cell& current,
                                            Refusal* refusal) const;

    // y → н and the like; lower case, no spaces.
    static QString normalized(const QString& typed);

private:
    std::optional<Refusal> checkAbsenceChange(const QString& before, const QString& after) const;

    const JournalSheet& m_sheet;
    Who m_who;
};
