#pragma once

#include "domain/SchoolTypes.h"
#include "journal/CellInput.h"
#include "journal/JournalSheet.h"

#include <QAbstractTableModel>

// The grid journal: students down (their names are the vertical header, so they stay in
// view), lessons across, then the period-mark columns, the weighted average and the
// forecast (R16). Typing into a cell is checked in place (CellInput); an accepted entry is
// shown at once as unsent and handed on with editRequested() — the page sends it (or queues
// it offline) and reports the server's answer back with acknowledge() or refuse().
class JournalGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum ColumnKind
    {
        LessonColumn,
        PeriodMarkColumn,
        AverageColumn,
        ForecastColumn
    };
    Q_ENUM(ColumnKind)
    enum DataRole
    {
        ColumnKindRole = Qt::UserRole + 1,
        LessonIdRole,
        StudentIdRole,
        PeriodIdRole,
        PendingRole, // true while the entry has not been confirmed by the server
        AbsenceRole,
        MarkRole,
        CommentRole,
        WorkTypeRole // the mark's own work type, else the lesson's (R04)
    };

    explicit JournalGridModel(QObject* parent = nullptr);

    // A fresh journal.get result. Entries still waiting for the server stay shown over it.
    void setSheet(const JournalSheet& sheet, const QList<Period>& periods);
    // Who edits: the journal's teacher writes marks; the class teacher sets absence reasons.
    // A substitute (`userId` taught the lesson) writes that lesson's column; period marks
    // need `periodMarks` (the journal's teacher, the deputy).
    void setEditor(CellInput::Who who, qint64 userId, bool periodMarks);
    const JournalSheet& sheet() const { return m_sheet; }
    // Work type titles for the cells' tooltips.
    void setWorkTypes(const QHash<qint64, QString>& titles);
    // The journal's teacher gives a mark its own work type (R04; 0: the lesson's) or a comment.
    bool setCellDetails(const QModelIndex& index, const QString& comment, qint64 workTypeId);
    int pendingCount() const;

    ColumnKind columnKind(int column) const;
    const JournalSheet::Lesson* lessonAt(int column) const;
    int columnOfLesson(qint64 lessonId) const;
    int rowOfStudent(qint64 studentId) const;

    // How many entries of the cell (or period mark) `args` names wait for the server.
    int queuedFor(const QString& op, const QCborMap& args) const;
    // Sends a refused edit again (with the reason the teacher gave, R06) from the version the
    // cell has now; shown as unsent until the answer.
    void requestAgain(const QString& op, QCborMap args);
    // Shows an edit still waiting in the offline queue from an earlier run as unsent.
    void showQueued(const QString& op, const QCborMap& args);
    // The server's answer to an edit this model requested (args as emitted).
    void acknowledge(const QString& op, const QCborMap& args, const QCborMap& result);
    // The edit was refused: it is dropped; `current` (a conflict's details) is the cell as
    // the server has it.
    void refuse(const QString& op, const QCborMap& args, const QCborMap& current = {});

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // How a lesson cell reads in the grid: "н", "5", "н 5", "5/4".
    static QString cellText(const JournalSheet::Cell& cell);
    // "чет." for a quarter, "полуг." for a half-year.
    static QString periodKindShort(const QString& kind);
    // "КР" for «Контрольная работа», "Отв" for «Ответ».
    static QString workTypeShort(const QString& title);

Q_SIGNALS:
    // Send `op` with `args` (cell.set or period_mark.set).
    void editRequested(const QString& op, const QCborMap& args);
    // Typed text the rules refuse; nothing changed.
    void inputRefused(const QModelIndex& index, const QString& rule, const QString& message);
    void pendingCountChanged(int count);

private:
    using CellKey = QPair<qint64, qint64>; // (lesson id, student id) or (student id, period id)
    struct Pending
    {
        JournalSheet::Cell cell;
        QString periodValue;
        int inFlight = 0;
    };

    JournalSheet::Cell shownCell(qint64 lessonId, qint64 studentId) const;
    QString shownPeriodMark(qint64 studentId, qint64 periodId) const;
    bool setLessonCell(const QModelIndex& index, const QString& typed);
    bool setPeriodMark(const QModelIndex& index, const QString& typed);
    QVariant lessonCellData(const JournalSheet::Lesson& lesson,
                            const JournalSheet::Student& student, int role) const;
    QVariant lessonHeader(const JournalSheet::Lesson& lesson, int role) const;
    static void settle(QHash<CellKey, Pending>& pending, const CellKey& key);
    bool sameShape(const JournalSheet& sheet, const QList<Period>& periods) const;
    void requestCell(const QModelIndex& index, const JournalSheet::Cell& after, QCborMap args);
    CellInput::Who whoFor(const JournalSheet::Lesson& lesson) const;
    bool studentHadLeft(const JournalSheet::Student& student, const QDate& date) const;
    void cellChanged(qint64 lessonId, qint64 studentId);
    void periodMarkChanged(qint64 studentId, qint64 periodId);

    JournalSheet m_sheet;
    QList<Period> m_periods;
    CellInput::Who m_who;
    qint64 m_userId = 0;
    bool m_periodMarksEditable = false;
    QHash<CellKey, Pending> m_pendingCells;
    QHash<CellKey, Pending> m_pendingPeriodMarks;
    QHash<qint64, QString> m_workTypes;
};
