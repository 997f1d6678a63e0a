#pragma once

#include "domain/SchoolTypes.h"
#include "journal/JournalSheet.h"

#include <QCborMap>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// The side panel of the grid: the current lesson's date, number, topic, homework, work type
// and who taught it (R07, R09), a new lesson, a correction column after a test (R05).
class LessonPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LessonPanel(QWidget* parent = nullptr);

    void setWorkTypes(const QList<WorkType>& types);
    // Who may be named as the teacher of a lesson: id → name.
    void setTeachers(const QList<QPair<qint64, QString>>& teachers);
    void setEditable(bool editable);
    // Shows `lesson` of the journal; nullptr: a new lesson on `date`.
    void showLesson(const JournalSheet& sheet, const JournalSheet::Lesson* lesson,
                    const QDate& date);
    qint64 lessonId() const { return m_lessonId; }
    // The user changed a field since the lesson was shown (a reload must not wipe it).
    bool isModified() const { return m_modified; }
    // Whether a lesson.save or lesson.delete with `args` was about the lesson shown (a new one:
    // same date and number).
    bool shows(const QCborMap& args) const;
    // The server has the fields: the next reload may show the lesson again.
    void markSaved() { m_modified = false; }

    // lesson.save arguments from the fields (without reason).
    QCborMap lessonArgs() const;

Q_SIGNALS:
    void saveRequested(const QCborMap& args);
    void deleteRequested(qint64 lessonId);
    void correctionRequested(const QCborMap& args);

private:
    void startNewLesson();
    int nextLessonNo(const QDate& date) const;
    void clearForNewLesson(const QDate& date);
    void updateButtons();

    qint64 m_assignmentId = 0;
    qint64 m_lessonId = 0;
    qint64 m_teacherId = 0;
    bool m_editable = false;
    bool m_modified = false;
    QList<WorkType> m_types;
    QList<QPair<QDate, int>> m_taken; // (date, number) of the journal's lessons
    QLabel* m_title;
    QDateEdit* m_date;
    QSpinBox* m_lessonNo;
    QLineEdit* m_topic;
    QPlainTextEdit* m_homework;
    QComboBox* m_workType;
    QComboBox* m_taughtBy;
    QPushButton* m_save;
    QPushButton* m_new;
    QPushButton* m_delete;
    QPushButton* m_correction;
};
