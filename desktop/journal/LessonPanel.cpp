#include "journal/LessonPanel.h"

#include "core/Clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
constexpr int kMostLessonsADay = 10;
constexpr int kPanelWidth = 300;
} // namespace

LessonPanel::LessonPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_lessonNo(new QSpinBox(this))
    , m_topic(new QLineEdit(this))
    , m_homework(new QPlainTextEdit(this))
    , m_workType(new QComboBox(this))
    , m_taughtBy(new QComboBox(this))
    , m_save(new QPushButton(tr("&Save lesson"), this))
    , m_new(new QPushButton(tr("&New lesson"), this))
    , m_delete(new QPushButton(tr("Delete lesson"), this))
    , m_correction(new QPushButton(tr("Correction column"), this))
{
    setObjectName(QStringLiteral("lessonPanel"));
    setMinimumWidth(kPanelWidth);
    m_title->setObjectName(QStringLiteral("lessonTitle"));
    m_title->setWordWrap(true);
    m_date->setObjectName(QStringLiteral("lessonDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_lessonNo->setObjectName(QStringLiteral("lessonNo"));
    m_lessonNo->setRange(1, kMostLessonsADay);
    m_topic->setObjectName(QStringLiteral("lessonTopic"));
    m_homework->setObjectName(QStringLiteral("lessonHomework"));
    m_homework->setTabChangesFocus(true);
    m_homework->setPlaceholderText(tr("Not set"));
    m_workType->setObjectName(QStringLiteral("lessonWorkType"));
    m_taughtBy->setObjectName(QStringLiteral("lessonTaughtBy"));
    m_save->setObjectName(QStringLiteral("saveLessonButton"));
    m_save->setShortcut(QKeySequence::Save);
    m_new->setObjectName(QStringLiteral("newLessonButton"));
    m_new->setShortcut(QKeySequence::New);
    m_delete->setObjectName(QStringLiteral("deleteLessonButton"));
    m_correction->setObjectName(QStringLiteral("correctionButton"));
    m_correction->setToolTip(tr("A column for students absent from this test (R05)"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("Lesson &no.:"), m_lessonNo);
    form->addRow(tr("&Topic:"), m_topic);
    form->addRow(tr("&Homework:"), m_homework);
    form->addRow(tr("&Work type:"), m_workType);
    form->addRow(tr("Ta&ught by:"), m_taughtBy);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_save);
    layout->addWidget(m_new);
    layout->addWidget(m_correction);
    layout->addWidget(m_delete);
    layout->addStretch();

    connect(m_save, &QPushButton::clicked, this, [this] { Q_EMIT saveRequested(lessonArgs()); });
    auto modified = [this] { m_modified = true; };
    connect(m_topic, &QLineEdit::textEdited, this, modified);
    connect(m_homework, &QPlainTextEdit::textChanged, this, [this] {
        if (m_homework->hasFocus())
            m_modified = true;
    });
    connect(m_date, &QDateEdit::userDateChanged, this, modified);
    connect(m_lessonNo, &QSpinBox::valueChanged, this, [this] {
        if (m_lessonNo->hasFocus())
            m_modified = true;
    });
    connect(m_workType, &QComboBox::activated, this, modified);
    connect(m_taughtBy, &QComboBox::activated, this, modified);
    connect(m_new, &QPushButton::clicked, this, &LessonPanel::startNewLesson);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_lessonId)
            Q_EMIT deleteRequested(m_lessonId);
    });
    connect(m_correction, &QPushButton::clicked, this, [this] {
        QCborMap args = lessonArgs();
        args.remove(QStringLiteral("id"));
        args.insert(QStringLiteral("correction_of"), m_lessonId);
        args.insert(QStringLiteral("lesson_no"), m_lessonNo->value());
        args.insert(QStringLiteral("topic"), tr("Correction: %1").arg(m_topic->text()));
        args.insert(QStringLiteral("homework"), QString());
        Q_EMIT correctionRequested(args);
    });
    updateButtons();
}

void LessonPanel::setWorkTypes(const QList<WorkType>& types)
{
    m_types = types;
    m_workType->clear();
    m_workType->addItem(tr("— none —"), qint64(0));
    for (const WorkType& type : types)
        m_workType->addItem(tr("%1 (weight %2)").arg(type.title).arg(type.weight), type.id);
}

void LessonPanel::setTeachers(const QList<QPair<qint64, QString>>& teachers)
{
    const QVariant current = m_taughtBy->currentData();
    m_taughtBy->clear();
    for (const auto& [id, name] : teachers)
        m_taughtBy->addItem(name, id);
    m_taughtBy->setCurrentIndex(qMax(0, m_taughtBy->findData(current)));
}

void LessonPanel::setEditable(bool editable)
{
    m_editable = editable;
    for (QWidget* field : {static_cast<QWidget*>(m_date), static_cast<QWidget*>(m_lessonNo),
                           static_cast<QWidget*>(m_workType), static_cast<QWidget*>(m_taughtBy)})
        field->setEnabled(editable);
    m_topic->setReadOnly(!editable);
    m_homework->setReadOnly(!editable);
    updateButtons();
}

void LessonPanel::showLesson(const JournalSheet& sheet, const JournalSheet::Lesson* lesson,
                             const QDate& date)
{
    m_assignmentId = sheet.assignmentId;
    m_teacherId = sheet.teacherId;
    m_taken.clear();
    for (const JournalSheet::Lesson& other : sheet.lessons) {
        if (other.correctionOf == 0)
            m_taken.append({other.date, other.lessonNo});
    }
    m_lessonId = lesson ? lesson->id : 0;
    if (lesson) {
        m_title->setText(tr("Lesson of %1, no. %2")
                             .arg(lesson->date.toString(QStringLiteral("dd.MM.yyyy")))
                             .arg(lesson->lessonNo));
        m_date->setDate(lesson->date);
        m_lessonNo->setValue(lesson->lessonNo);
        m_topic->setText(lesson->topic);
        m_homework->setPlainText(lesson->homework);
        m_workType->setCurrentIndex(qMax(0, m_workType->findData(lesson->workTypeId)));
        const qint64 taughtBy = lesson->taughtBy ? lesson->taughtBy : m_teacherId;
        if (m_taughtBy->findData(taughtBy) < 0) // someone not in the list: kept as is, not replaced
            m_taughtBy->addItem(tr("teacher no. %1").arg(taughtBy), taughtBy);
        m_taughtBy->setCurrentIndex(m_taughtBy->findData(taughtBy));
    } else {
        clearForNewLesson(date);
    }
    m_modified = false;
    updateButtons();
}

void LessonPanel::clearForNewLesson(const QDate& date)
{
    m_lessonId = 0;
    m_title->setText(tr("New lesson"));
    m_date->setDate(date);
    m_lessonNo->setValue(nextLessonNo(date));
    m_topic->clear();
    m_homework->clear();
    m_workType->setCurrentIndex(0);
    m_taughtBy->setCurrentIndex(qMax(0, m_taughtBy->findData(m_teacherId)));
}

QCborMap LessonPanel::lessonArgs() const
{
    QCborMap args{{QStringLiteral("assignment_id"), m_assignmentId},
                  {QStringLiteral("date"), m_date->date().toString(Qt::ISODate)},
                  {QStringLiteral("lesson_no"), m_lessonNo->value()},
                  {QStringLiteral("topic"), m_topic->text().trimmed()},
                  {QStringLiteral("homework"), m_homework->toPlainText().trimmed()}};
    if (m_lessonId)
        args.insert(QStringLiteral("id"), m_lessonId);
    if (const qint64 type = m_workType->currentData().toLongLong())
        args.insert(QStringLiteral("work_type_id"), type);
    if (const qint64 teacher = m_taughtBy->currentData().toLongLong())
        args.insert(QStringLiteral("taught_by"), teacher);
    return args;
}

bool LessonPanel::shows(const QCborMap& args) const
{
    const qint64 id = args.contains(QStringLiteral("lesson_id"))
                          ? args.value(QStringLiteral("lesson_id")).toInteger()
                          : args.value(QStringLiteral("id")).toInteger();
    if (id != 0)
        return id == m_lessonId;
    return m_lessonId == 0 &&
           args.value(QStringLiteral("date")).toString() == m_date->date().toString(Qt::ISODate) &&
           args.value(QStringLiteral("lesson_no")).toInteger() == m_lessonNo->value();
}

int LessonPanel::nextLessonNo(const QDate& date) const
{
    // The next number after the journal's lessons that day (one lesson per number, R09).
    int number = 1;
    for (const auto& [day, lessonNo] : m_taken) {
        if (day == date)
            number = std::max(number, lessonNo + 1);
    }
    return number;
}

void LessonPanel::startNewLesson()
{
    clearForNewLesson(Clock::current().now().toLocalTime().date());
    m_modified = true; // the teacher's new lesson: a reload does not take the form away
    updateButtons();
    m_topic->setFocus();
}

void LessonPanel::updateButtons()
{
    bool control = false;
    for (const WorkType& type : m_types) {
        if (type.id == m_workType->currentData().toLongLong())
            control = type.isControl;
    }
    m_save->setEnabled(m_editable && m_assignmentId != 0);
    m_new->setEnabled(m_editable && m_assignmentId != 0);
    m_delete->setEnabled(m_editable && m_lessonId != 0);
    m_correction->setEnabled(m_editable && m_lessonId != 0 && control);
}
