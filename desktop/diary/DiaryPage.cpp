#include "diary/DiaryPage.h"

#include "core/Clock.h"
#include "diary/DiaryColours.h"
#include "diary/DiaryForecastModel.h"
#include "diary/DiaryWeekModel.h"
#include "protocol/OpNames.h"
#include "session/DesktopSession.h"

#include <QAction>
#include <QCborArray>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QToolButton* buttonFor(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

// White paper and dark ink, whatever the desktop theme: the diary reads like a printed page.
QPalette paperPalette(QPalette palette)
{
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, Qt::white);
    palette.setColor(QPalette::Text, DiaryColours::ink());
    return palette;
}

QTableView* createTable(QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->setPalette(paperPalette(view->palette()));
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}
} // namespace

DiaryPage::DiaryPage(DesktopSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_weekModel(new DiaryWeekModel(this))
    , m_forecastModel(new DiaryForecastModel(this))
{
    setObjectName(QStringLiteral("diaryPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createToolbar());

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("diaryError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                               .arg(DiaryColours::lowMark().name()));
    m_error->hide();
    layout->addWidget(m_error);

    auto* splitter = new QSplitter(this);
    m_weekView = createTable(splitter, QStringLiteral("diaryWeekView"));
    m_weekView->setModel(m_weekModel);
    m_weekView->setWordWrap(true);
    QHeaderView* header = m_weekView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DiaryWeekModel::TopicColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DiaryWeekModel::HomeworkColumn, QHeaderView::Stretch);
    connect(m_weekModel, &QAbstractItemModel::modelReset, this, &DiaryPage::applySpans);

    auto* forecastBox = new QGroupBox(tr("Forecast of period marks"), splitter);
    forecastBox->setObjectName(QStringLiteral("diaryForecastBox"));
    m_forecastBox = forecastBox;
    auto* forecastLayout = new QVBoxLayout(forecastBox);
    m_forecastView = createTable(forecastBox, QStringLiteral("diaryForecastView"));
    m_forecastView->setModel(m_forecastModel);
    m_forecastView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_forecastView->horizontalHeader()->setSectionResizeMode(DiaryForecastModel::SubjectColumn,
                                                             QHeaderView::Stretch);
    forecastLayout->addWidget(m_forecastView);
    auto* forecastNote =
        new QLabel(tr("From the weighted average of the marks so far; the teacher sets the "
                      "period mark."),
                   forecastBox);
    forecastNote->setWordWrap(true);
    forecastLayout->addWidget(forecastNote);
    splitter->addWidget(m_weekView);
    splitter->addWidget(forecastBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    fillStudentPicker();
    setFocusProxy(m_weekView);
    showWeekOf(today());
}

QWidget* DiaryPage::createToolbar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_studentsLabel = new QLabel(tr("&Child:"), bar);
    m_students = new QComboBox(bar);
    m_students->setObjectName(QStringLiteral("diaryStudentPicker"));
    m_studentsLabel->setBuddy(m_students);
    connect(m_students, &QComboBox::currentIndexChanged, this, &DiaryPage::reload);
    row->addWidget(m_studentsLabel);
    row->addWidget(m_students);

    // Window shortcuts of a page fire only while the page is shown (and not locked away).
    m_previous = new QAction(tr("← &Previous week"), this);
    m_previous->setObjectName(QStringLiteral("previousWeekAction"));
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_previous->setToolTip(tr("Previous week (Alt+Left)"));
    connect(m_previous, &QAction::triggered, this, &DiaryPage::previousWeek);
    m_today = new QAction(tr("&This week"), this);
    m_today->setObjectName(QStringLiteral("thisWeekAction"));
    m_today->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    m_today->setToolTip(tr("The week of today (Alt+Home)"));
    connect(m_today, &QAction::triggered, this, &DiaryPage::thisWeek);
    m_next = new QAction(tr("&Next week →"), this);
    m_next->setObjectName(QStringLiteral("nextWeekAction"));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_next->setToolTip(tr("Next week (Alt+Right)"));
    connect(m_next, &QAction::triggered, this, &DiaryPage::nextWeek);
    m_refresh = new QAction(tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, this, &DiaryPage::reload);
    for (QAction* action : {m_previous, m_today, m_next, m_refresh}) {
        addAction(action);
        row->addWidget(buttonFor(action, bar));
    }

    m_weekTitle = new QLabel(bar);
    m_weekTitle->setObjectName(QStringLiteral("diaryWeekTitle"));
    QFont font = m_weekTitle->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_weekTitle->setFont(font);
    row->addSpacing(m_weekTitle->fontMetrics().averageCharWidth() * 2);
    row->addWidget(m_weekTitle, 1);
    return bar;
}

void DiaryPage::fillStudentPicker()
{
    const QCborMap& me = m_session->me();
    QSignalBlocker blocker(m_students);
    m_students->clear();
    const QCborValue own = me.value(QStringLiteral("student_id"));
    if (own.isInteger())
        m_students->addItem(tr("My diary"), own.toInteger());
    for (const QCborValue& child : me.value(QStringLiteral("children")).toArray()) {
        m_students->addItem(child[QStringLiteral("full_name")].toString(),
                            child[QStringLiteral("student_id")].toInteger());
    }
    // A student, or a parent of one child, has no one to choose.
    const bool choice = m_students->count() > 1;
    m_students->setVisible(choice);
    m_studentsLabel->setVisible(choice);
}

qint64 DiaryPage::chosenStudentId() const
{
    return m_students->count() > 0 ? m_students->currentData().toLongLong() : 0;
}

bool DiaryPage::chooseStudent(qint64 studentId)
{
    const int index = m_students->findData(studentId);
    if (index < 0)
        return false;
    m_students->setCurrentIndex(index);
    return true;
}

QString DiaryPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString DiaryPage::weekTitle() const
{
    return m_weekTitle->text();
}

QDate DiaryPage::today()
{
    return Clock::current().now().toLocalTime().date();
}

void DiaryPage::showWeekOf(const QDate& date)
{
    m_monday = DiaryWeek::mondayOf(date);
    const QDate last = m_monday.addDays(DiaryWeekModel::kDaysShown - 1);
    const QLocale locale;
    m_weekTitle->setText(tr("%1 – %2").arg(locale.toString(m_monday, QStringLiteral("d MMMM")),
                                           locale.toString(last, QStringLiteral("d MMMM yyyy"))));
    reload();
}

void DiaryPage::previousWeek()
{
    showWeekOf(m_monday.addDays(-7));
}

void DiaryPage::nextWeek()
{
    showWeekOf(m_monday.addDays(7));
}

void DiaryPage::thisWeek()
{
    showWeekOf(today());
}

void DiaryPage::reload()
{
    QCborMap args{{QStringLiteral("from"), m_monday.toString(Qt::ISODate)},
                  {QStringLiteral("to"),
                   m_monday.addDays(DiaryWeekModel::kDaysShown - 1).toString(Qt::ISODate)}};
    if (const qint64 studentId = chosenStudentId())
        args.insert(QStringLiteral("student_id"), studentId);
    m_lastRequest = args;
    m_pending = true;
    const quint64 generation = ++m_generation;
    const QDate monday = m_monday;
    QPointer<DiaryPage> self(this);
    m_session->send(
        QString::fromLatin1(Op::DiaryGet), args, [self, generation, monday](const Reply& reply) {
            if (!self || generation != self->m_generation)
                return;
            self->m_pending = false;
            if (!reply.ok) {
                // The server's message is already in the user's language.
                self->showError(reply.error.message);
                self->m_shownStudentId = 0;
                self->m_weekModel->clear(); // an empty week would claim there were no lessons
                self->m_forecastModel->setForecasts({});
            } else {
                const DiaryWeek week = DiaryWeek::fromCbor(reply.result.toMap());
                self->showError({});
                self->m_shownStudentId = week.studentId;
                self->m_weekModel->setWeek(monday, week.lessons);
                self->showForecasts(week);
            }
            Q_EMIT self->weekLoaded();
        });
}

// R16 forecasts the period mark: the period's own marks when the server names the period
// the week ends in, the year's marks so far otherwise (holidays, an older server).
void DiaryPage::showForecasts(const DiaryWeek& week)
{
    const QLocale locale;
    if (week.periodStartsOn.isValid()) {
        m_forecastBox->setTitle(
            tr("Forecast for the period %1 – %2")
                .arg(locale.toString(week.periodStartsOn, QStringLiteral("d MMMM")),
                     locale.toString(week.periodEndsOn, QStringLiteral("d MMMM"))));
        m_forecastModel->setForecasts(week.periodForecasts);
    } else {
        m_forecastBox->setTitle(tr("Forecast from the year's marks so far"));
        m_forecastModel->setForecasts(week.forecasts);
    }
}

QString DiaryPage::forecastTitle() const
{
    return m_forecastBox->title();
}

void DiaryPage::applySpans()
{
    m_weekView->clearSpans();
    for (int row = 0; row < m_weekModel->rowCount(); ++row) {
        switch (m_weekModel->rowKind(row)) {
        case DiaryWeekModel::RowKind::Day:
            m_weekView->setSpan(row, 0, 1, DiaryWeekModel::ColumnCount);
            break;
        case DiaryWeekModel::RowKind::NoLessons:
            m_weekView->setSpan(row, DiaryWeekModel::SubjectColumn, 1,
                                DiaryWeekModel::ColumnCount - DiaryWeekModel::SubjectColumn);
            break;
        case DiaryWeekModel::RowKind::Lesson:
            break;
        }
    }
    m_weekView->resizeRowsToContents();
}

void DiaryPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}
