#pragma once

#include "diary/DiaryWeek.h"

#include <QAbstractTableModel>

// A week of a student's diary as a table: for each day Monday to Saturday a heading row,
// then that day's lessons in order (or one "no lessons" row).
class DiaryWeekModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        SubjectColumn,
        TopicColumn,
        HomeworkColumn,
        MarkColumn,
        WorkTypeColumn,
        AbsenceColumn,
        ColumnCount
    };
    enum class RowKind
    {
        Day,
        Lesson,
        NoLessons
    };
    enum Role
    {
        RowKindRole = Qt::UserRole + 1,
        DateRole,
    };
    static constexpr int kDaysShown = 6; // Monday to Saturday

    explicit DiaryWeekModel(QObject* parent = nullptr);

    // Shows the week starting on `monday`; lessons outside it are left out.
    void setWeek(const QDate& monday, const QList<DiaryLesson>& lessons);
    // No rows at all: nothing is known about the week (the server refused).
    void clear();
    QDate monday() const { return m_monday; }
    RowKind rowKind(int row) const;
    // The lesson on a Lesson row (an empty lesson otherwise).
    DiaryLesson lessonAt(int row) const;
    // The heading row of a day of the shown week, -1 if the day is not shown.
    int dayRow(const QDate& date) const;
    // A mark below 3 (any half of a double mark) or незач: shown in the warning colour.
    static bool isLowMark(const QString& mark);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        RowKind kind = RowKind::Day;
        QDate date;
        DiaryLesson lesson;
    };
    QVariant displayOf(const Row& row, int column) const;

    QDate m_monday;
    QList<Row> m_rows;
};
