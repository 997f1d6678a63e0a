#include "diary/DiaryWeekModel.h"

#include "diary/DiaryColours.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <tuple>

DiaryWeekModel::DiaryWeekModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void DiaryWeekModel::setWeek(const QDate& monday, const QList<DiaryLesson>& lessons)
{
    QList<DiaryLesson> sorted = lessons;
    std::stable_sort(sorted.begin(), sorted.end(), [](const DiaryLesson& a, const DiaryLesson& b) {
        return std::tie(a.date, a.lessonNo) < std::tie(b.date, b.lessonNo);
    });
    QList<Row> rows;
    for (int day = 0; day < kDaysShown; ++day) {
        const QDate date = monday.addDays(day);
        rows.append({RowKind::Day, date, {}});
        bool any = false;
        for (const DiaryLesson& lesson : sorted) {
            if (lesson.date == date) {
                rows.append({RowKind::Lesson, date, lesson});
                any = true;
            }
        }
        if (!any)
            rows.append({RowKind::NoLessons, date, {}});
    }
    // A different week or student is a different table: nothing to keep from the old rows.
    beginResetModel();
    m_monday = monday;
    m_rows = rows;
    endResetModel();
}

void DiaryWeekModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

DiaryWeekModel::RowKind DiaryWeekModel::rowKind(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).kind : RowKind::NoLessons;
}

DiaryLesson DiaryWeekModel::lessonAt(int row) const
{
    return rowKind(row) == RowKind::Lesson ? m_rows.at(row).lesson : DiaryLesson();
}

int DiaryWeekModel::dayRow(const QDate& date) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).kind == RowKind::Day && m_rows.at(row).date == date)
            return row;
    }
    return -1;
}

bool DiaryWeekModel::isLowMark(const QString& mark)
{
    const QString text = mark.trimmed();
    if (text == QStringLiteral("незач") || text == QStringLiteral("н/а"))
        return true;
    const QStringList halves = text.split(QLatin1Char('/'));
    return std::any_of(halves.cbegin(), halves.cend(), [](const QString& half) {
        bool ok = false;
        const int points = half.trimmed().toInt(&ok);
        return ok && points < 3;
    });
}

int DiaryWeekModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DiaryWeekModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiaryWeekModel::displayOf(const Row& row, int column) const
{
    switch (row.kind) {
    case RowKind::Day:
        if (column == NumberColumn) {
            QString title = QLocale().toString(row.date, QStringLiteral("dddd, d MMMM"));
            if (!title.isEmpty())
                title[0] = title.at(0).toUpper();
            return title;
        }
        return {};
    case RowKind::NoLessons:
        return column == SubjectColumn ? tr("No lessons") : QVariant();
    case RowKind::Lesson:
        break;
    }
    const DiaryLesson& lesson = row.lesson;
    switch (column) {
    case NumberColumn:
        return lesson.lessonNo;
    case SubjectColumn:
        return lesson.subject;
    case TopicColumn:
        return lesson.topic;
    case HomeworkColumn:
        return lesson.homework;
    case MarkColumn:
        return lesson.mark;
    case WorkTypeColumn:
        // The work type tells what the mark is for; without a mark it says nothing here.
        return lesson.mark.isEmpty() ? QString() : lesson.workType;
    case AbsenceColumn:
        return lesson.absence;
    default:
        return {};
    }
}

QVariant DiaryWeekModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayOf(row, index.column());
    case Qt::ToolTipRole:
        if (row.kind == RowKind::Lesson &&
            (index.column() == TopicColumn || index.column() == HomeworkColumn))
            return displayOf(row, index.column());
        return {};
    case RowKindRole:
        return int(row.kind);
    case DateRole:
        return row.date;
    case Qt::TextAlignmentRole:
        if (row.kind == RowKind::Lesson &&
            (index.column() == NumberColumn || index.column() == MarkColumn ||
             index.column() == AbsenceColumn))
            return int(Qt::AlignCenter);
        return {};
    case Qt::FontRole: {
        const bool lowMark = index.column() == MarkColumn && isLowMark(row.lesson.mark);
        const bool absence = index.column() == AbsenceColumn && !row.lesson.absence.isEmpty();
        const bool mark = index.column() == MarkColumn && !row.lesson.mark.isEmpty();
        if (row.kind == RowKind::Day || lowMark || absence || mark) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (row.kind == RowKind::NoLessons) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    }
    case Qt::ForegroundRole:
        if (row.kind == RowKind::NoLessons)
            return QBrush(DiaryColours::quiet());
        if (index.column() == MarkColumn && isLowMark(row.lesson.mark))
            return QBrush(DiaryColours::lowMark());
        if (index.column() == AbsenceColumn && !row.lesson.absence.isEmpty())
            return QBrush(DiaryColours::absence());
        if (row.kind != RowKind::Day)
            return {};
        return QBrush(DiaryColours::ink());
    case Qt::BackgroundRole:
        return row.kind == RowKind::Day ? QBrush(DiaryColours::dayHeading()) : QVariant();
    default:
        return {};
    }
}

QVariant DiaryWeekModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case SubjectColumn:
        return tr("Subject");
    case TopicColumn:
        return tr("Topic");
    case HomeworkColumn:
        return tr("Homework");
    case MarkColumn:
        return tr("Mark");
    case WorkTypeColumn:
        return tr("Work type");
    case AbsenceColumn:
        return tr("Absence");
    default:
        return {};
    }
}
