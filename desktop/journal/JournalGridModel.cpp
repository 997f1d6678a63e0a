#include "journal/JournalGridModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace {
// Tints that stay apart when printed or shown in grey, with text in bold or italic as well.
const QColor kAbsenceTint(0xE1, 0xE7, 0xF0);
const QColor kPendingTint(0xFF, 0xF1, 0xB8);
const QColor kPeriodTint(0xEE, 0xEE, 0xEE);
const QColor kLowMarkText(0xA3, 0x12, 0x12);
const QColor kLeftText(0x80, 0x80, 0x80);
constexpr int kLowestGoodPoints = 3;

qint64 integer(const QCborMap& map, const char* key)
{
    return map.value(QLatin1String(key)).toInteger();
}

bool isLowMark(const QString& text)
{
    if (text == QStringLiteral("незач") || text == QStringLiteral("н/а"))
        return true;
    for (const QString& half : text.split(QLatin1Char('/'))) {
        bool ok = false;
        const int points = half.toInt(&ok);
        if (ok && points < kLowestGoodPoints)
            return true;
    }
    return false;
}
} // namespace

JournalGridModel::JournalGridModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void JournalGridModel::setSheet(const JournalSheet& sheet, const QList<Period>& periods)
{
    QList<Period> shown;
    for (const Period& period : periods) {
        if (sheet.grade >= period.gradeFrom && sheet.grade <= period.gradeTo)
            shown.append(period);
    }
    if (sameShape(sheet, shown)) {
        // Only values changed (someone's marks): no reset, so an open editor and the
        // selection stay.
        m_sheet = sheet;
        if (rowCount() > 0 && columnCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        return;
    }
    beginResetModel();
    if (sheet.assignmentId != m_sheet.assignmentId) {
        // Another journal: its unsent entries come from the offline queue (showQueued).
        m_pendingCells.clear();
        m_pendingPeriodMarks.clear();
    }
    m_sheet = sheet;
    m_periods = shown;
    endResetModel();
}

bool JournalGridModel::sameShape(const JournalSheet& sheet, const QList<Period>& periods) const
{
    if (sheet.assignmentId != m_sheet.assignmentId ||
        sheet.students.size() != m_sheet.students.size() ||
        sheet.lessons.size() != m_sheet.lessons.size() || periods.size() != m_periods.size())
        return false;
    for (int i = 0; i < sheet.students.size(); ++i) {
        if (sheet.students.at(i).id != m_sheet.students.at(i).id ||
            sheet.students.at(i).leftOn != m_sheet.students.at(i).leftOn)
            return false;
    }
    for (int i = 0; i < sheet.lessons.size(); ++i) {
        if (sheet.lessons.at(i).id != m_sheet.lessons.at(i).id)
            return false;
    }
    for (int i = 0; i < periods.size(); ++i) {
        if (periods.at(i).id != m_periods.at(i).id)
            return false;
    }
    return true;
}

void JournalGridModel::setWorkTypes(const QHash<qint64, QString>& titles)
{
    m_workTypes = titles;
}

void JournalGridModel::setEditor(CellInput::Who who, qint64 userId, bool periodMarks)
{
    if (who.journalTeacher == m_who.journalTeacher && who.classTeacher == m_who.classTeacher &&
        userId == m_userId && periodMarks == m_periodMarksEditable)
        return;
    beginResetModel();
    m_who = who;
    m_userId = userId;
    m_periodMarksEditable = periodMarks;
    endResetModel();
}

int JournalGridModel::pendingCount() const
{
    int count = 0;
    for (const Pending& pending : m_pendingCells)
        count += pending.inFlight;
    for (const Pending& pending : m_pendingPeriodMarks)
        count += pending.inFlight;
    return count;
}

int JournalGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sheet.students.size());
}

int JournalGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sheet.lessons.size() + m_periods.size() + 2);
}

JournalGridModel::ColumnKind JournalGridModel::columnKind(int column) const
{
    const int lessons = int(m_sheet.lessons.size());
    if (column < lessons)
        return LessonColumn;
    if (column < lessons + m_periods.size())
        return PeriodMarkColumn;
    return column == lessons + m_periods.size() ? AverageColumn : ForecastColumn;
}

const JournalSheet::Lesson* JournalGridModel::lessonAt(int column) const
{
    if (column < 0 || column >= m_sheet.lessons.size())
        return nullptr;
    return &m_sheet.lessons.at(column);
}

int JournalGridModel::columnOfLesson(qint64 lessonId) const
{
    for (int column = 0; column < m_sheet.lessons.size(); ++column) {
        if (m_sheet.lessons.at(column).id == lessonId)
            return column;
    }
    return -1;
}

int JournalGridModel::rowOfStudent(qint64 studentId) const
{
    for (int row = 0; row < m_sheet.students.size(); ++row) {
        if (m_sheet.students.at(row).id == studentId)
            return row;
    }
    return -1;
}

JournalSheet::Cell JournalGridModel::shownCell(qint64 lessonId, qint64 studentId) const
{
    const auto pending = m_pendingCells.constFind({lessonId, studentId});
    if (pending != m_pendingCells.cend())
        return pending->cell;
    return m_sheet.cell(lessonId, studentId);
}

QString JournalGridModel::shownPeriodMark(qint64 studentId, qint64 periodId) const
{
    const auto pending = m_pendingPeriodMarks.constFind({studentId, periodId});
    if (pending != m_pendingPeriodMarks.cend())
        return pending->periodValue;
    return m_sheet.periodMarks.value({studentId, periodId}).value;
}

QString JournalGridModel::cellText(const JournalSheet::Cell& cell)
{
    if (cell.absence.isEmpty())
        return cell.mark;
    if (cell.mark.isEmpty())
        return cell.absence;
    return cell.absence + QLatin1Char(' ') + cell.mark;
}

QString JournalGridModel::periodKindShort(const QString& kind)
{
    if (kind == QStringLiteral("quarter"))
        return tr("qtr.");
    if (kind == QStringLiteral("half_year"))
        return tr("half");
    if (kind == QStringLiteral("trimester"))
        return tr("trim.");
    return tr("period");
}

QString JournalGridModel::workTypeShort(const QString& title)
{
    const QStringList words = title.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() == 1)
        return words.first().left(3);
    QString letters;
    for (const QString& word : words)
        letters.append(word.at(0).toUpper());
    return letters;
}

CellInput::Who JournalGridModel::whoFor(const JournalSheet::Lesson& lesson) const
{
    CellInput::Who who = m_who;
    who.journalTeacher = who.journalTeacher || (m_userId != 0 && lesson.taughtBy == m_userId);
    return who;
}

bool JournalGridModel::studentHadLeft(const JournalSheet::Student& student, const QDate& date) const
{
    return student.leftOn.isValid() && date > student.leftOn;
}

QVariant JournalGridModel::lessonCellData(const JournalSheet::Lesson& lesson,
                                          const JournalSheet::Student& student, int role) const
{
    const JournalSheet::Cell cell = shownCell(lesson.id, student.id);
    const bool pending = m_pendingCells.contains({lesson.id, student.id});
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return cellText(cell);
    case Qt::ToolTipRole: {
        QStringList lines;
        if (cell.workTypeId && cell.workTypeId != lesson.workTypeId)
            lines.append(tr("Work: %1").arg(m_workTypes.value(cell.workTypeId)));
        if (!cell.comment.isEmpty())
            lines.append(cell.comment);
        if (pending)
            lines.append(tr("Not yet confirmed by the server"));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::BackgroundRole:
        if (pending)
            return QBrush(kPendingTint);
        if (!cell.absence.isEmpty())
            return QBrush(kAbsenceTint);
        return {};
    case Qt::ForegroundRole:
        if (studentHadLeft(student, lesson.date))
            return QBrush(kLeftText);
        return isLowMark(cell.mark) ? QBrush(kLowMarkText) : QVariant();
    case Qt::FontRole: {
        // A mark of its own work type or with a comment is underlined (the tooltip says why).
        const bool marked =
            !cell.comment.isEmpty() || (cell.workTypeId && cell.workTypeId != lesson.workTypeId);
        if (!isLowMark(cell.mark) && cell.absence.isEmpty() && !marked && !pending)
            return {};
        QFont font;
        font.setBold(isLowMark(cell.mark));
        // Absences and entries not yet confirmed in italics, so they read apart without colour.
        font.setItalic(!cell.absence.isEmpty() || pending);
        font.setUnderline(marked);
        return font;
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case LessonIdRole:
        return lesson.id;
    case PendingRole:
        return pending;
    case AbsenceRole:
        return cell.absence;
    case MarkRole:
        return cell.mark;
    case CommentRole:
        return cell.comment;
    case WorkTypeRole:
        return cell.workTypeId ? cell.workTypeId : lesson.workTypeId;
    default:
        return {};
    }
}

QVariant JournalGridModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const JournalSheet::Student& student = m_sheet.students.at(index.row());
    const ColumnKind kind = columnKind(index.column());
    if (role == ColumnKindRole)
        return int(kind);
    if (role == StudentIdRole)
        return student.id;
    if (kind == LessonColumn)
        return lessonCellData(m_sheet.lessons.at(index.column()), student, role);
    if (kind == PeriodMarkColumn) {
        const Period& period = m_periods.at(index.column() - m_sheet.lessons.size());
        const QString value = shownPeriodMark(student.id, period.id);
        const bool pending = m_pendingPeriodMarks.contains({student.id, period.id});
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case MarkRole:
            return value;
        case Qt::BackgroundRole:
            return QBrush(pending ? kPendingTint : kPeriodTint);
        case Qt::ForegroundRole:
            return isLowMark(value) ? QBrush(kLowMarkText) : QVariant();
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        case PeriodIdRole:
            return period.id;
        case PendingRole:
            return pending;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole)
        return kind == AverageColumn ? student.average : student.forecast;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignCenter);
    if (role == Qt::ToolTipRole && kind == ForecastColumn)
        return tr("The period mark the weighted average points to (R16)");
    return {};
}

Qt::ItemFlags JournalGridModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    const JournalSheet::Student& student = m_sheet.students.at(index.row());
    switch (columnKind(index.column())) {
    case LessonColumn: {
        const JournalSheet::Lesson& lesson = m_sheet.lessons.at(index.column());
        const CellInput::Who who = whoFor(lesson);
        if ((who.journalTeacher || who.classTeacher) && !studentHadLeft(student, lesson.date))
            flags |= Qt::ItemIsEditable;
        break;
    }
    case PeriodMarkColumn:
        if (m_periodMarksEditable)
            flags |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return flags;
}

bool JournalGridModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString typed = value.toString();
    return columnKind(index.column()) == LessonColumn ? setLessonCell(index, typed)
                                                      : setPeriodMark(index, typed);
}

bool JournalGridModel::setLessonCell(const QModelIndex& index, const QString& typed)
{
    const JournalSheet::Lesson& lesson = m_sheet.lessons.at(index.column());
    const JournalSheet::Student& student = m_sheet.students.at(index.row());
    const JournalSheet::Cell before = shownCell(lesson.id, student.id);
    CellInput::Refusal refusal;
    const auto after = CellInput(m_sheet, whoFor(lesson)).apply(typed, before, &refusal);
    if (!after) {
        Q_EMIT inputRefused(index, refusal.rule, refusal.message);
        return false;
    }
    if (after->mark == before.mark && after->absence == before.absence)
        return true;
    requestCell(
        index, *after,
        {{QStringLiteral("mark"), after->mark}, {QStringLiteral("absence"), after->absence}});
    return true;
}

bool JournalGridModel::setCellDetails(const QModelIndex& index, const QString& comment,
                                      qint64 workTypeId)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) ||
        columnKind(index.column()) != LessonColumn || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const JournalSheet::Lesson& lesson = m_sheet.lessons.at(index.column());
    if (!whoFor(lesson).journalTeacher)
        return false;
    JournalSheet::Cell after = shownCell(lesson.id, m_sheet.students.at(index.row()).id);
    const QString trimmed = comment.trimmed();
    if (after.comment == trimmed && after.workTypeId == workTypeId)
        return true;
    after.comment = trimmed;
    after.workTypeId = workTypeId;
    requestCell(index, after,
                {{QStringLiteral("comment"), trimmed},
                 {QStringLiteral("work_type_id"),
                  workTypeId ? QCborValue(workTypeId) : QCborValue(nullptr)}});
    return true;
}

void JournalGridModel::requestCell(const QModelIndex& index, const JournalSheet::Cell& after,
                                   QCborMap args)
{
    const JournalSheet::Lesson& lesson = m_sheet.lessons.at(index.column());
    const JournalSheet::Student& student = m_sheet.students.at(index.row());
    Pending& pending = m_pendingCells[{lesson.id, student.id}];
    // Each confirmed change raises the cell's version by one: a queued edit expects the
    // version its predecessors will leave.
    const qint64 baseVersion = m_sheet.cell(lesson.id, student.id).version + pending.inFlight;
    pending.cell = after;
    ++pending.inFlight;
    Q_EMIT dataChanged(index, index);
    Q_EMIT pendingCountChanged(pendingCount());
    args.insert(QStringLiteral("lesson_id"), lesson.id);
    args.insert(QStringLiteral("student_id"), student.id);
    args.insert(QStringLiteral("base_version"), baseVersion);
    Q_EMIT editRequested(QStringLiteral("cell.set"), args);
}

bool JournalGridModel::setPeriodMark(const QModelIndex& index, const QString& typed)
{
    const Period& period = m_periods.at(index.column() - m_sheet.lessons.size());
    const JournalSheet::Student& student = m_sheet.students.at(index.row());
    QString value = CellInput::normalized(typed);
    if (!value.isEmpty() && !MarkRules::isPeriodMarkValue(value)) {
        Q_EMIT inputRefused(index, QStringLiteral("R15"),
                            tr("A period mark is 5, 4, 3, 2, н/а, зач, незач or осв (R15)."));
        return false;
    }
    if (value == shownPeriodMark(student.id, period.id))
        return true;
    Pending& pending = m_pendingPeriodMarks[{student.id, period.id}];
    const qint64 baseVersion =
        m_sheet.periodMarks.value({student.id, period.id}).version + pending.inFlight;
    pending.periodValue = value;
    ++pending.inFlight;
    Q_EMIT dataChanged(index, index);
    Q_EMIT pendingCountChanged(pendingCount());
    Q_EMIT editRequested(QStringLiteral("period_mark.set"),
                         {{QStringLiteral("assignment_id"), m_sheet.assignmentId},
                          {QStringLiteral("student_id"), student.id},
                          {QStringLiteral("period_id"), period.id},
                          {QStringLiteral("value"), value},
                          {QStringLiteral("base_version"), baseVersion}});
    return true;
}

void JournalGridModel::requestAgain(const QString& op, QCborMap args)
{
    if (op == QStringLiteral("cell.set")) {
        const qint64 lessonId = integer(args, "lesson_id");
        const qint64 studentId = integer(args, "student_id");
        JournalSheet::Cell after = shownCell(lessonId, studentId);
        auto take = [&args](const char* key, QString* field) {
            if (args.contains(QLatin1String(key)))
                *field = args.value(QLatin1String(key)).toString();
        };
        take("mark", &after.mark);
        take("absence", &after.absence);
        take("comment", &after.comment);
        if (args.contains(QStringLiteral("work_type_id")))
            after.workTypeId = integer(args, "work_type_id");
        Pending& pending = m_pendingCells[{lessonId, studentId}];
        args.insert(QStringLiteral("base_version"),
                    m_sheet.cell(lessonId, studentId).version + pending.inFlight);
        pending.cell = after;
        ++pending.inFlight;
        cellChanged(lessonId, studentId);
    } else if (op == QStringLiteral("period_mark.set")) {
        if (integer(args, "assignment_id") != m_sheet.assignmentId)
            return; // a period mark of a journal not shown
        const qint64 studentId = integer(args, "student_id");
        const qint64 periodId = integer(args, "period_id");
        Pending& pending = m_pendingPeriodMarks[{studentId, periodId}];
        args.insert(QStringLiteral("base_version"),
                    m_sheet.periodMarks.value({studentId, periodId}).version + pending.inFlight);
        pending.periodValue = args.value(QStringLiteral("value")).toString();
        ++pending.inFlight;
        periodMarkChanged(studentId, periodId);
    } else {
        return;
    }
    Q_EMIT pendingCountChanged(pendingCount());
    Q_EMIT editRequested(op, args);
}

int JournalGridModel::queuedFor(const QString& op, const QCborMap& args) const
{
    if (op == QStringLiteral("cell.set"))
        return m_pendingCells.value({integer(args, "lesson_id"), integer(args, "student_id")})
            .inFlight;
    if (op == QStringLiteral("period_mark.set") &&
        integer(args, "assignment_id") == m_sheet.assignmentId)
        return m_pendingPeriodMarks.value({integer(args, "student_id"), integer(args, "period_id")})
            .inFlight;
    return 0;
}

void JournalGridModel::showQueued(const QString& op, const QCborMap& args)
{
    if (op == QStringLiteral("cell.set")) {
        const qint64 lessonId = integer(args, "lesson_id");
        const qint64 studentId = integer(args, "student_id");
        Pending& pending = m_pendingCells[{lessonId, studentId}];
        if (pending.inFlight == 0)
            pending.cell = m_sheet.cell(lessonId, studentId);
        pending.cell.mark = args.value(QStringLiteral("mark")).toString();
        pending.cell.absence = args.value(QStringLiteral("absence")).toString();
        ++pending.inFlight;
        cellChanged(lessonId, studentId);
    } else if (op == QStringLiteral("period_mark.set")) {
        if (integer(args, "assignment_id") != m_sheet.assignmentId)
            return; // a period mark of a journal not shown
        const qint64 studentId = integer(args, "student_id");
        const qint64 periodId = integer(args, "period_id");
        Pending& pending = m_pendingPeriodMarks[{studentId, periodId}];
        pending.periodValue = args.value(QStringLiteral("value")).toString();
        ++pending.inFlight;
        periodMarkChanged(studentId, periodId);
    }
    Q_EMIT pendingCountChanged(pendingCount());
}

void JournalGridModel::settle(QHash<CellKey, Pending>& pending, const CellKey& key)
{
    // One entry of the cell was answered; later ones may still wait, the newest shown.
    auto entry = pending.find(key);
    if (entry != pending.end() && --entry->inFlight <= 0)
        pending.erase(entry);
}

void JournalGridModel::acknowledge(const QString& op, const QCborMap& args, const QCborMap& result)
{
    if (op == QStringLiteral("cell.set")) {
        const qint64 lessonId = integer(args, "lesson_id");
        const qint64 studentId = integer(args, "student_id");
        const QCborMap cell = result.value(QStringLiteral("cell")).toMap();
        JournalSheet::Cell& stored = m_sheet.cells[{lessonId, studentId}];
        if (integer(cell, "version") >= stored.version)
            stored = JournalSheet::Cell::fromCbor(cell);
        settle(m_pendingCells, {lessonId, studentId});
        cellChanged(lessonId, studentId);
    } else if (op == QStringLiteral("period_mark.set")) {
        if (integer(args, "assignment_id") != m_sheet.assignmentId)
            return; // a period mark of a journal not shown
        const qint64 studentId = integer(args, "student_id");
        const qint64 periodId = integer(args, "period_id");
        const QCborMap mark = result.value(QStringLiteral("period_mark")).toMap();
        JournalSheet::PeriodMark& stored = m_sheet.periodMarks[{studentId, periodId}];
        stored.value = args.value(QStringLiteral("value")).toString();
        if (mark.contains(QStringLiteral("version")))
            stored.version = mark.value(QStringLiteral("version")).toInteger();
        settle(m_pendingPeriodMarks, {studentId, periodId});
        periodMarkChanged(studentId, periodId);
    }
    Q_EMIT pendingCountChanged(pendingCount());
}

void JournalGridModel::refuse(const QString& op, const QCborMap& args, const QCborMap& current)
{
    if (op == QStringLiteral("cell.set")) {
        const qint64 lessonId = integer(args, "lesson_id");
        const qint64 studentId = integer(args, "student_id");
        if (!current.isEmpty())
            m_sheet.cells.insert({lessonId, studentId}, JournalSheet::Cell::fromCbor(current));
        settle(m_pendingCells, {lessonId, studentId});
        cellChanged(lessonId, studentId);
    } else if (op == QStringLiteral("period_mark.set")) {
        if (integer(args, "assignment_id") != m_sheet.assignmentId)
            return; // a period mark of a journal not shown
        const qint64 studentId = integer(args, "student_id");
        const qint64 periodId = integer(args, "period_id");
        if (!current.isEmpty())
            m_sheet.periodMarks[{studentId, periodId}] = {
                current.value(QStringLiteral("value")).toString(),
                current.value(QStringLiteral("version")).toInteger()};
        settle(m_pendingPeriodMarks, {studentId, periodId});
        periodMarkChanged(studentId, periodId);
    }
    Q_EMIT pendingCountChanged(pendingCount());
}

void JournalGridModel::cellChanged(qint64 lessonId, qint64 studentId)
{
    const int row = rowOfStudent(studentId);
    const int column = columnOfLesson(lessonId);
    if (row >= 0 && column >= 0)
        Q_EMIT dataChanged(index(row, column), index(row, column));
}

void JournalGridModel::periodMarkChanged(qint64 studentId, qint64 periodId)
{
    const int row = rowOfStudent(studentId);
    for (int i = 0; i < m_periods.size(); ++i) {
        if (m_periods.at(i).id == periodId && row >= 0) {
            const QModelIndex changed = index(row, int(m_sheet.lessons.size()) + i);
            Q_EMIT dataChanged(changed, changed);
        }
    }
}

QVariant JournalGridModel::lessonHeader(const JournalSheet::Lesson& lesson, int role) const
{
    switch (role) {
    case Qt::DisplayRole: {
        const QString day = lesson.date.toString(QStringLiteral("dd.MM"));
        if (lesson.correctionOf)
            return day + QLatin1Char('\n') + tr("Corr.");
        return lesson.workType.isEmpty() ? day
                                         : day + QLatin1Char('\n') + workTypeShort(lesson.workType);
    }
    case Qt::ToolTipRole: {
        QStringList lines{lesson.date.toString(QStringLiteral("dd.MM.yyyy")) + QLatin1Char(' ') +
                          tr("lesson %1").arg(lesson.lessonNo)};
        if (!lesson.workType.isEmpty())
            lines.append(tr("Work: %1 (weight %2)").arg(lesson.workType).arg(lesson.weight));
        lines.append(
            tr("Topic: %1").arg(lesson.topic.isEmpty() ? tr("not entered") : lesson.topic));
        lines.append(tr("Homework: %1")
                         .arg(lesson.homework.isEmpty() ? tr("not entered") : lesson.homework));
        if (lesson.homeworkLate)
            lines.append(tr("The homework was entered after the school's deadline (R10)."));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::FontRole:
        if (lesson.topic.isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case LessonIdRole:
        return lesson.id;
    default:
        return {};
    }
}

QVariant JournalGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_sheet.students.size())
            return {};
        const JournalSheet::Student& student = m_sheet.students.at(section);
        if (role == Qt::DisplayRole) {
            const QString name = QStringLiteral("%1. %2").arg(section + 1).arg(student.fullName);
            if (!student.leftOn.isValid())
                return name;
            return tr("%1 (left %2)").arg(name, student.leftOn.toString(QStringLiteral("dd.MM")));
        }
        if (role == Qt::ForegroundRole && student.leftOn.isValid())
            return QBrush(kLeftText);
        if (role == StudentIdRole)
            return student.id;
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    const ColumnKind kind = columnKind(section);
    if (role == ColumnKindRole)
        return int(kind);
    switch (kind) {
    case LessonColumn:
        return lessonHeader(m_sheet.lessons.at(section), role);
    case PeriodMarkColumn: {
        const Period& period = m_periods.at(section - m_sheet.lessons.size());
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1\n%2").arg(period.ordinal).arg(periodKindShort(period.kind));
        if (role == Qt::ToolTipRole)
            return tr("Period mark, %1 – %2, deadline %3")
                .arg(period.startsOn.toString(QStringLiteral("dd.MM")),
                     period.endsOn.toString(QStringLiteral("dd.MM")),
                     period.marksDeadline.toString(QStringLiteral("dd.MM")));
        if (role == PeriodIdRole)
            return period.id;
        return {};
    }
    case AverageColumn:
        if (role == Qt::DisplayRole)
            return tr("Avg.");
        if (role == Qt::ToolTipRole)
            return tr("Weighted average of the marks shown (R04)");
        return {};
    case ForecastColumn:
        if (role == Qt::DisplayRole)
            return tr("Fcst.");
        if (role == Qt::ToolTipRole)
            return tr("The period mark the weighted average points to (R16)");
        return {};
    }
    return {};
}
