// The grid journal's model and view without a server: keyboard entry like a spreadsheet,
// invalid input refused in place with its rule, unsent entries, answers applied.
#include "app/Application.h"
#include "journal/JournalGridModel.h"
#include "journal/JournalGridView.h"
#include "journal/JournalSheet.h"
#include "journal/LessonPanel.h"

#include "support/KeyTyping.h"

#include <QAbstractItemModelTester>
#include <QCborArray>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

namespace {
constexpr qint64 kAssignment = 7;
constexpr qint64 kTeacher = 40;
constexpr qint64 kFirstLesson = 100;
constexpr qint64 kFirstStudent = 500;

QCborMap lessonMap(qint64 id, const QString& date, const QString& workType)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("date"), date},
            {QStringLiteral("lesson_no"), 1},
            {QStringLiteral("topic"), QStringLiteral("Тема %1").arg(id)},
            {QStringLiteral("homework"), QStringLiteral("§%1").arg(id)},
            {QStringLiteral("work_type_id"), 1},
            {QStringLiteral("work_type"), workType},
            {QStringLiteral("weight"), 1.0},
            {QStringLiteral("taught_by"), kTeacher}};
}

// A journal.get answer: three students (the third left), two lessons, one mark.
QCborMap journalResult(int grade = 5, bool doubleMark = false)
{
    QCborArray students;
    const QStringList names{QStringLiteral("Алексеев Борис"), QStringLiteral("Белова Вера"),
                            QStringLiteral("Волков Глеб")};
    for (int i = 0; i < names.size(); ++i) {
        students.append(
            QCborMap{{QStringLiteral("id"), kFirstStudent + i},
                     {QStringLiteral("full_name"), names.at(i)},
                     {QStringLiteral("left_on"),
                      i == 2 ? QCborValue(QStringLiteral("2026-10-01")) : QCborValue(nullptr)}});
    }
    QCborArray lessons{
        lessonMap(kFirstLesson, QStringLiteral("2026-09-15"), QStringLiteral("Ответ на уроке")),
        lessonMap(kFirstLesson + 1, QStringLiteral("2026-10-20"),
                  QStringLiteral("Контрольная работа"))};
    QCborArray cells{QCborMap{{QStringLiteral("lesson_id"), kFirstLesson},
                              {QStringLiteral("student_id"), kFirstStudent},
                              {QStringLiteral("mark"), QStringLiteral("2")},
                              {QStringLiteral("absence"), QString()},
                              {QStringLiteral("comment"), QString()},
                              {QStringLiteral("version"), 3}}};
    QCborMap assignment{{QStringLiteral("id"), kAssignment},
                        {QStringLiteral("class_id"), 9},
                        {QStringLiteral("class"), QStringLiteral("%1А").arg(grade)},
                        {QStringLiteral("grade"), grade},
                        {QStringLiteral("subject"), QStringLiteral("История")},
                        {QStringLiteral("double_mark"), doubleMark},
                        {QStringLiteral("pass_fail"), false},
                        {QStringLiteral("teacher_id"), kTeacher},
                        {QStringLiteral("read_only"), false}};
    return {{QStringLiteral("assignment"), assignment},
            {QStringLiteral("students"), students},
            {QStringLiteral("lessons"), lessons},
            {QStringLiteral("cells"), cells},
            {QStringLiteral("period_marks"), QCborArray()}};
}

QList<Period> periods()
{
    Period first;
    first.id = 11;
    first.kind = QStringLiteral("quarter");
    first.ordinal = 1;
    first.startsOn = QDate(2026, 9, 1);
    first.endsOn = QDate(2026, 10, 24);
    first.marksDeadline = QDate(2026, 10, 23);
    Period senior = first; // grades 10–11 only: not shown in a grade 5 journal
    senior.id = 12;
    senior.kind = QStringLiteral("half_year");
    senior.gradeFrom = 10;
    return {first, senior};
}

// Types `text` the way a keyboard does: the first key opens the cell's editor.

QLineEdit* editorOf(JournalGridView& view)
{
    return view.findChild<QLineEdit*>(QStringLiteral("cellEditor"));
}

// Types an entry into the current cell and presses Enter.
void enter(JournalGridView& view, const QString& text)
{
    QVERIFY2(KeyTyping::enterInCell(&view, text, QStringLiteral("cellEditor")),
             "typing did not open the cell's editor");
}
} // namespace

class TestJournalGridModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void layoutAndHeaders();
    void modelPassesTheTester();
    void keyboardEntryMovesDownAndRequestsEdits();
    void invalidInputIsRefusedInPlace();
    void r01_doubleMarksOnlyWhereAllowed();
    void r02_gradeOneTakesNoMarks();
    void r03_classTeacherSetsReasonsOnly();
    void deleteClearsAndArrowsMove();
    void answersReplaceTheUnsentValue();
    void conflictRestoresTheServersCell();
    void queuedEditsExpectTheVersionTheirPredecessorsLeave();
    void liveReloadKeepsTheEditorOpen();
    void periodMarksAreChecked();
    void queuedEditsOfAnEarlierRunShowAsUnsent();
    void r04_aMarkTakesItsOwnWorkTypeAndAComment();
    void r09_aNewLessonTakesTheNextFreeNumber();
    void theColumnsLayoutReadsAsTheMapsLayout();

private:
    void makeView(int grade = 5, bool doubleMark = false, CellInput::Who who = {true, false});

    std::unique_ptr<JournalGridModel> m_model;
    std::unique_ptr<JournalGridView> m_view;
    std::unique_ptr<QSignalSpy> m_edits;
    std::unique_ptr<QSignalSpy> m_refusals;
};

void TestJournalGridModel::initTestCase()
{
    Application::setIdentity();
}

void TestJournalGridModel::init()
{
    makeView();
}

void TestJournalGridModel::cleanup()
{
    m_edits.reset();
    m_refusals.reset();
    m_view.reset();
    m_model.reset();
}

void TestJournalGridModel::makeView(int grade, bool doubleMark, CellInput::Who who)
{
    cleanup();
    m_model = std::make_unique<JournalGridModel>();
    // The class teacher in these tests taught none of the lessons.
    m_model->setEditor(who, who.journalTeacher ? kTeacher : kTeacher + 1, who.journalTeacher);
    m_model->setSheet(JournalSheet::fromCbor(journalResult(grade, doubleMark)), periods());
    m_view = std::make_unique<JournalGridView>();
    m_view->setModel(m_model.get());
    QObject::connect(
        m_model.get(), &JournalGridModel::inputRefused, m_view.get(),
        [view = m_view.get()](const QModelIndex& index, const QString&, const QString& message) {
            view->showRefusal(index, message);
        });
    m_edits = std::make_unique<QSignalSpy>(m_model.get(), &JournalGridModel::editRequested);
    m_refusals = std::make_unique<QSignalSpy>(m_model.get(), &JournalGridModel::inputRefused);
    m_view->resize(900, 400);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setFocus();
    m_view->setCurrentIndex(m_model->index(0, 1));
}

void TestJournalGridModel::layoutAndHeaders()
{
    QCOMPARE(m_model->rowCount(), 3);
    // Two lessons, one period of grades 1–9, the average and the forecast.
    QCOMPARE(m_model->columnCount(), 5);
    QCOMPARE(m_model->columnKind(2), JournalGridModel::PeriodMarkColumn);
    QCOMPARE(m_model->columnKind(3), JournalGridModel::AverageColumn);
    QCOMPARE(m_model->columnKind(4), JournalGridModel::ForecastColumn);
    QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("20.10\nКР"));
    QVERIFY(m_model->headerData(0, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Тема 100")));
    // The names are the vertical header, so they stay in view while the lessons scroll.
    QCOMPARE(m_model->headerData(0, Qt::Vertical).toString(), QStringLiteral("1. Алексеев Борис"));
    QVERIFY(m_model->headerData(2, Qt::Vertical).toString().contains(QStringLiteral("01.10")));
    // A low mark stands out in bold as well as in colour (readable in grey).
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("2"));
    QVERIFY(m_model->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    // Nobody enters marks for a student after the day they left.
    QVERIFY(!(m_model->index(2, 1).flags() & Qt::ItemIsEditable));
    QVERIFY(m_model->index(2, 0).flags() & Qt::ItemIsEditable);
    QVERIFY(!(m_model->index(0, 3).flags() & Qt::ItemIsEditable));
}

void TestJournalGridModel::modelPassesTheTester()
{
    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setSheet(JournalSheet::fromCbor(journalResult()), periods());
    QVERIFY(m_model->setData(m_model->index(1, 0), QStringLiteral("4")));
    QCborMap changed = journalResult();
    QCborArray lessons = changed.value(QStringLiteral("lessons")).toArray();
    lessons.removeAt(1);
    changed.insert(QStringLiteral("lessons"), lessons);
    m_model->setSheet(JournalSheet::fromCbor(changed), periods());
    QCOMPARE(m_model->columnCount(), 4);
}

void TestJournalGridModel::keyboardEntryMovesDownAndRequestsEdits()
{
    enter(*m_view, QStringLiteral("5"));
    QCOMPARE(m_view->currentIndex(), m_model->index(1, 1));
    enter(*m_view, QStringLiteral("н"));
    QCOMPARE(m_view->currentIndex(), m_model->index(2, 1));
    QCOMPARE(m_edits->size(), 2);
    const QCborMap first = m_edits->at(0).at(1).value<QCborMap>();
    QCOMPARE(m_edits->at(0).at(0).toString(), QStringLiteral("cell.set"));
    QCOMPARE(first.value(QStringLiteral("lesson_id")).toInteger(), kFirstLesson + 1);
    QCOMPARE(first.value(QStringLiteral("student_id")).toInteger(), kFirstStudent);
    QCOMPARE(first.value(QStringLiteral("mark")).toString(), QStringLiteral("5"));
    QCOMPARE(first.value(QStringLiteral("base_version")).toInteger(), 0);
    const QCborMap second = m_edits->at(1).at(1).value<QCborMap>();
    QCOMPARE(second.value(QStringLiteral("absence")).toString(), QStringLiteral("н"));
    // Shown at once, marked as not yet confirmed.
    QCOMPARE(m_model->index(0, 1).data().toString(), QStringLiteral("5"));
    QVERIFY(m_model->index(0, 1).data(JournalGridModel::PendingRole).toBool());
    QCOMPARE(m_model->pendingCount(), 2);
    // Typing over a mark replaces it.
    m_view->setCurrentIndex(m_model->index(0, 0));
    enter(*m_view, QStringLiteral("4"));
    QCOMPARE(m_edits->last().at(1).value<QCborMap>().value(QStringLiteral("mark")).toString(),
             QStringLiteral("4"));
    // The Latin layout's key for н is read as н.
    m_view->setCurrentIndex(m_model->index(1, 0));
    enter(*m_view, QStringLiteral("y"));
    QCOMPARE(m_edits->last().at(1).value<QCborMap>().value(QStringLiteral("absence")).toString(),
             QStringLiteral("н"));
}

void TestJournalGridModel::invalidInputIsRefusedInPlace()
{
    enter(*m_view, QStringLiteral("7"));
    QCOMPARE(m_edits->size(), 0);
    QCOMPARE(m_refusals->size(), 1);
    QCOMPARE(m_refusals->first().at(1).toString(), QStringLiteral("R01"));
    QVERIFY(!m_view->lastRefusal().isEmpty());
    // The cursor stays on the cell to be corrected, and the cell is unchanged.
    QCOMPARE(m_view->currentIndex(), m_model->index(0, 1));
    QCOMPARE(m_model->index(0, 1).data().toString(), QString());
    // The refused text stays in the cell's editor, selected, to be typed over.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QLineEdit* again = editorOf(*m_view);
    QVERIFY(again);
    QCOMPARE(again->text(), QStringLiteral("7"));
    QCOMPARE(again->selectedText(), QStringLiteral("7"));
    KeyTyping::type(again, QStringLiteral("x"));
    QTest::keyClick(again, Qt::Key_Return);
    QCOMPARE(m_refusals->size(), 2);
    QCOMPARE(m_edits->size(), 0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    KeyTyping::type(editorOf(*m_view), QStringLiteral("4"));
    QTest::keyClick(editorOf(*m_view), Qt::Key_Return);
    QCOMPARE(m_edits->size(), 1);
    QCOMPARE(m_view->currentIndex(), m_model->index(1, 1));
}

void TestJournalGridModel::r01_doubleMarksOnlyWhereAllowed()
{
    QVERIFY(!m_model->setData(m_model->index(0, 1), QStringLiteral("5/4")));
    QCOMPARE(m_refusals->last().at(1).toString(), QStringLiteral("R01"));
    makeView(5, true);
    QVERIFY(m_model->setData(m_model->index(0, 1), QStringLiteral("5/4")));
    QCOMPARE(m_edits->last().at(1).value<QCborMap>().value(QStringLiteral("mark")).toString(),
             QStringLiteral("5/4"));
}

void TestJournalGridModel::r02_gradeOneTakesNoMarks()
{
    makeView(1);
    QVERIFY(!m_model->setData(m_model->index(0, 1), QStringLiteral("5")));
    QCOMPARE(m_refusals->last().at(1).toString(), QStringLiteral("R02"));
    QVERIFY(m_model->setData(m_model->index(0, 1), QStringLiteral("н")));
}

void TestJournalGridModel::r03_classTeacherSetsReasonsOnly()
{
    // The subject teacher records absence; the reason is the class teacher's.
    QVERIFY(!m_model->setData(m_model->index(0, 1), QStringLiteral("б")));
    QCOMPARE(m_refusals->last().at(1).toString(), QStringLiteral("R03"));
    // A make-up mark over the class teacher's reason: Delete takes the mark, the reason stays.
    QVERIFY(m_model->setData(m_model->index(1, 0), QStringLiteral("н")));
    m_model->acknowledge(
        QStringLiteral("cell.set"), m_edits->last().at(1).value<QCborMap>(),
        {{QStringLiteral("cell"), QCborMap{{QStringLiteral("mark"), QStringLiteral("5")},
                                           {QStringLiteral("absence"), QStringLiteral("б")},
                                           {QStringLiteral("version"), 2}}}});
    QCOMPARE(m_model->index(1, 0).data().toString(), QStringLiteral("б 5"));
    QVERIFY(m_model->setData(m_model->index(1, 0), QString()));
    QCOMPARE(m_model->index(1, 0).data().toString(), QStringLiteral("б"));
    makeView(5, false, {false, true});
    QVERIFY(m_model->setData(m_model->index(0, 1), QStringLiteral("у")));
    QVERIFY(!m_model->setData(m_model->index(1, 1), QStringLiteral("5")));
    QCOMPARE(m_refusals->last().at(1).toString(), QStringLiteral("R03"));
}

void TestJournalGridModel::deleteClearsAndArrowsMove()
{
    m_view->setCurrentIndex(m_model->index(0, 0));
    QTest::keyClick(m_view.get(), Qt::Key_Delete);
    QCOMPARE(m_edits->size(), 1);
    QCOMPARE(m_edits->first().at(1).value<QCborMap>().value(QStringLiteral("mark")).toString(),
             QString());
    QCOMPARE(
        m_edits->first().at(1).value<QCborMap>().value(QStringLiteral("base_version")).toInteger(),
        3);
    QCOMPARE(m_model->index(0, 0).data().toString(), QString());
    // ↓ inside an entry stores it and moves down, like Enter.
    KeyTyping::type(m_view.get(), QStringLiteral("4"));
    QTest::keyClick(editorOf(*m_view), Qt::Key_Down);
    QCOMPARE(m_view->currentIndex(), m_model->index(1, 0));
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("4"));
    // Esc drops the entry.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    KeyTyping::type(m_view.get(), QStringLiteral("3"));
    QTest::keyClick(editorOf(*m_view), Qt::Key_Escape);
    QCOMPARE(m_model->index(1, 0).data().toString(), QString());
    QCOMPARE(m_edits->size(), 2);
}

void TestJournalGridModel::answersReplaceTheUnsentValue()
{
    QVERIFY(m_model->setData(m_model->index(1, 0), QStringLiteral("4")));
    const QCborMap args = m_edits->last().at(1).value<QCborMap>();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->acknowledge(
        QStringLiteral("cell.set"), args,
        {{QStringLiteral("cell"), QCborMap{{QStringLiteral("mark"), QStringLiteral("4")},
                                           {QStringLiteral("absence"), QString()},
                                           {QStringLiteral("version"), 1}}}});
    QCOMPARE(changed.size(), 1);
    QVERIFY(!m_model->index(1, 0).data(JournalGridModel::PendingRole).toBool());
    QCOMPARE(m_model->index(1, 0).data().toString(), QStringLiteral("4"));
    QCOMPARE(m_model->pendingCount(), 0);
    QCOMPARE(m_model->sheet().cell(kFirstLesson, kFirstStudent + 1).version, 1);
}

void TestJournalGridModel::conflictRestoresTheServersCell()
{
    QVERIFY(m_model->setData(m_model->index(0, 0), QStringLiteral("3")));
    m_model->refuse(QStringLiteral("cell.set"), m_edits->last().at(1).value<QCborMap>(),
                    {{QStringLiteral("mark"), QStringLiteral("5")},
                     {QStringLiteral("absence"), QString()},
                     {QStringLiteral("version"), 4}});
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("5"));
    QCOMPARE(m_model->pendingCount(), 0);
    QVERIFY(m_model->setData(m_model->index(0, 0), QStringLiteral("3")));
    QCOMPARE(
        m_edits->last().at(1).value<QCborMap>().value(QStringLiteral("base_version")).toInteger(),
        4);
}

void TestJournalGridModel::queuedEditsExpectTheVersionTheirPredecessorsLeave()
{
    QVERIFY(m_model->setData(m_model->index(0, 0), QStringLiteral("3")));
    QVERIFY(m_model->setData(m_model->index(0, 0), QStringLiteral("4")));
    QCOMPARE(
        m_edits->at(0).at(1).value<QCborMap>().value(QStringLiteral("base_version")).toInteger(),
        3);
    QCOMPARE(
        m_edits->at(1).at(1).value<QCborMap>().value(QStringLiteral("base_version")).toInteger(),
        4);
    QCOMPARE(m_model->pendingCount(), 2);
    // The same value again sends nothing.
    QVERIFY(m_model->setData(m_model->index(0, 0), QStringLiteral("4")));
    QCOMPARE(m_edits->size(), 2);
}

void TestJournalGridModel::liveReloadKeepsTheEditorOpen()
{
    KeyTyping::type(m_view.get(), QStringLiteral("4"));
    QVERIFY(editorOf(*m_view));
    // Someone else's mark arrives (a reload of the same journal).
    QCborMap changed = journalResult();
    QCborArray cells = changed.value(QStringLiteral("cells")).toArray();
    cells.append(QCborMap{{QStringLiteral("lesson_id"), kFirstLesson},
                          {QStringLiteral("student_id"), kFirstStudent + 1},
                          {QStringLiteral("mark"), QStringLiteral("5")},
                          {QStringLiteral("version"), 1}});
    changed.insert(QStringLiteral("cells"), cells);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setSheet(JournalSheet::fromCbor(changed), periods());
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->index(1, 0).data().toString(), QStringLiteral("5"));
    QLineEdit* editor = editorOf(*m_view);
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("4"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(m_edits->size(), 1);
}

void TestJournalGridModel::periodMarksAreChecked()
{
    const QModelIndex period = m_model->index(0, 2);
    QVERIFY(period.flags() & Qt::ItemIsEditable);
    QVERIFY(!m_model->setData(period, QStringLiteral("1")));
    QCOMPARE(m_refusals->last().at(1).toString(), QStringLiteral("R15"));
    QVERIFY(m_model->setData(period, QStringLiteral("н/а")));
    const QCborMap args = m_edits->last().at(1).value<QCborMap>();
    QCOMPARE(m_edits->last().at(0).toString(), QStringLiteral("period_mark.set"));
    QCOMPARE(args.value(QStringLiteral("period_id")).toInteger(), 11);
    QCOMPARE(args.value(QStringLiteral("value")).toString(), QStringLiteral("н/а"));
    QCOMPARE(period.data().toString(), QStringLiteral("н/а"));
}

void TestJournalGridModel::queuedEditsOfAnEarlierRunShowAsUnsent()
{
    const QCborMap queued{{QStringLiteral("lesson_id"), kFirstLesson},
                          {QStringLiteral("student_id"), kFirstStudent + 1},
                          {QStringLiteral("mark"), QString()},
                          {QStringLiteral("absence"), QStringLiteral("н")},
                          {QStringLiteral("base_version"), 0}};
    m_model->showQueued(QStringLiteral("cell.set"), queued);
    QCOMPARE(m_model->index(1, 0).data().toString(), QStringLiteral("н"));
    QVERIFY(m_model->index(1, 0).data(JournalGridModel::PendingRole).toBool());
    QCOMPARE(m_model->pendingCount(), 1);
    // A further entry in that cell expects the version the queued one will leave.
    QVERIFY(m_model->setData(m_model->index(1, 0), QStringLiteral("5")));
    QCOMPARE(
        m_edits->last().at(1).value<QCborMap>().value(QStringLiteral("base_version")).toInteger(),
        1);
    m_model->acknowledge(
        QStringLiteral("cell.set"), queued,
        {{QStringLiteral("cell"), QCborMap{{QStringLiteral("absence"), QStringLiteral("н")},
                                           {QStringLiteral("version"), 1}}}});
    QCOMPARE(m_model->pendingCount(), 1);
    QCOMPARE(m_model->index(1, 0).data().toString(), QStringLiteral("н 5"));
}

void TestJournalGridModel::r04_aMarkTakesItsOwnWorkTypeAndAComment()
{
    m_model->setWorkTypes(
        {{1, QStringLiteral("Ответ на уроке")}, {2, QStringLiteral("Проверка тетради")}});
    const QModelIndex cell = m_model->index(0, 0);
    QVERIFY(m_model->setCellDetails(cell, QStringLiteral(" Отвечал у доски "), 2));
    const QCborMap args = m_edits->last().at(1).value<QCborMap>();
    QCOMPARE(args.value(QStringLiteral("work_type_id")).toInteger(), 2);
    QCOMPARE(args.value(QStringLiteral("comment")).toString(), QStringLiteral("Отвечал у доски"));
    QCOMPARE(args.value(QStringLiteral("base_version")).toInteger(), 3);
    QVERIFY(!args.contains(QStringLiteral("mark"))); // the mark itself is not touched
    QCOMPARE(cell.data(JournalGridModel::WorkTypeRole).toLongLong(), 2);
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(QStringLiteral("Проверка тетради")));
    QVERIFY(tip.contains(QStringLiteral("Отвечал у доски")));
    QVERIFY(cell.data(Qt::FontRole).value<QFont>().underline());
    // Unchanged details send nothing; the class teacher sets neither.
    QVERIFY(m_model->setCellDetails(cell, QStringLiteral("Отвечал у доски"), 2));
    QCOMPARE(m_edits->size(), 1);
    makeView(5, false, {false, true});
    QVERIFY(!m_model->setCellDetails(m_model->index(0, 0), QStringLiteral("x"), 2));
    QCOMPARE(m_edits->size(), 0);
}

void TestJournalGridModel::r09_aNewLessonTakesTheNextFreeNumber()
{
    LessonPanel panel;
    const JournalSheet sheet = JournalSheet::fromCbor(journalResult());
    panel.showLesson(sheet, nullptr, QDate(2026, 10, 20)); // lesson 1 is taken that day
    auto* number = panel.findChild<QSpinBox*>(QStringLiteral("lessonNo"));
    QCOMPARE(number->value(), 2);
    QCOMPARE(panel.lessonArgs().value(QStringLiteral("lesson_no")).toInteger(), 2);
    panel.showLesson(sheet, nullptr, QDate(2026, 10, 21));
    QCOMPARE(number->value(), 1);
    QVERIFY(!panel.lessonArgs().contains(QStringLiteral("id")));
    panel.showLesson(sheet, &sheet.lessons.at(1), {});
    QCOMPARE(panel.lessonArgs().value(QStringLiteral("id")).toInteger(), kFirstLesson + 1);
    QVERIFY(!panel.isModified());
}

// journal.get's "columns" layout (lesson_columns, cell_columns) gives the same sheet as the
// map per lesson and per cell, field by field.
void TestJournalGridModel::theColumnsLayoutReadsAsTheMapsLayout()
{
    QCborMap maps = journalResult();
    QCborArray lessons = maps.value(QStringLiteral("lessons")).toArray();
    QCborMap first = lessons.at(0).toMap();
    first.insert(QStringLiteral("correction_of"), nullptr);
    first.insert(QStringLiteral("homework_late"), false);
    lessons[0] = first;
    QCborMap late = lessons.at(1).toMap();
    late.insert(QStringLiteral("correction_of"), kFirstLesson);
    late.insert(QStringLiteral("homework_late"), true);
    late.insert(QStringLiteral("lesson_no"), 3);
    late.insert(QStringLiteral("weight"), 2.5);
    lessons[1] = late;
    maps.insert(QStringLiteral("lessons"), lessons);
    QCborArray cells = maps.value(QStringLiteral("cells")).toArray();
    QCborMap marked = cells.at(0).toMap();
    marked.insert(QStringLiteral("work_type_id"), nullptr);
    cells[0] = marked;
    cells.append(QCborMap{{QStringLiteral("lesson_id"), kFirstLesson + 1},
                          {QStringLiteral("student_id"), kFirstStudent + 1},
                          {QStringLiteral("mark"), QString()},
                          {QStringLiteral("work_type_id"), 4},
                          {QStringLiteral("absence"), QStringLiteral("н")},
                          {QStringLiteral("comment"), QStringLiteral("справка")},
                          {QStringLiteral("version"), 2}});
    maps.insert(QStringLiteral("cells"), cells);

    // The same answer as columns: the i-th entry of each array from the i-th map.
    const auto columnsOf = [](const QCborArray& rows) {
        QCborMap table;
        for (const QCborValue& key : rows.first().toMap().keys()) {
            QCborArray column;
            for (const QCborValue& row : rows)
                column.append(row.toMap().value(key));
            table.insert(key, column);
        }
        return table;
    };
    QCborMap columns = maps;
    columns.remove(QStringLiteral("lessons"));
    columns.remove(QStringLiteral("cells"));
    columns.insert(QStringLiteral("lesson_columns"), columnsOf(lessons));
    columns.insert(QStringLiteral("cell_columns"), columnsOf(cells));

    const JournalSheet expected = JournalSheet::fromCbor(maps);
    const JournalSheet actual = JournalSheet::fromCbor(columns);
    QCOMPARE(actual.lessons.size(), 2);
    QCOMPARE(expected.lessons.size(), 2);
    for (qsizetype i = 0; i < expected.lessons.size(); ++i) {
        const JournalSheet::Lesson& want = expected.lessons.at(i);
        const JournalSheet::Lesson& got = actual.lessons.at(i);
        QCOMPARE(got.id, want.id);
        QCOMPARE(got.date, want.date);
        QCOMPARE(got.lessonNo, want.lessonNo);
        QCOMPARE(got.topic, want.topic);
        QCOMPARE(got.homework, want.homework);
        QCOMPARE(got.workTypeId, want.workTypeId);
        QCOMPARE(got.workType, want.workType);
        QCOMPARE(got.weight, want.weight);
        QCOMPARE(got.correctionOf, want.correctionOf);
        QCOMPARE(got.taughtBy, want.taughtBy);
        QCOMPARE(got.homeworkLate, want.homeworkLate);
    }
    QVERIFY(actual.lessons.at(1).homeworkLate);
    QCOMPARE(actual.lessons.at(1).correctionOf, kFirstLesson);
    QCOMPARE(actual.cells.size(), 2);
    for (auto it = expected.cells.cbegin(); it != expected.cells.cend(); ++it) {
        QVERIFY(actual.cells.contains(it.key()));
        const JournalSheet::Cell& got = actual.cells.value(it.key());
        QCOMPARE(got.mark, it->mark);
        QCOMPARE(got.absence, it->absence);
        QCOMPARE(got.comment, it->comment);
        QCOMPARE(got.workTypeId, it->workTypeId);
        QCOMPARE(got.version, it->version);
    }
}

QTEST_MAIN(TestJournalGridModel)
#include "tst_JournalGridModel.moc"
