#include "journal/JournalPage.h"

#include "core/Clock.h"
#include "domain/MarkRules.h"
#include "journal/EditOutbox.h"
#include "journal/JournalGridModel.h"
#include "journal/JournalGridView.h"
#include "journal/JournalPicker.h"
#include "journal/LateReasonBar.h"
#include "journal/LessonPanel.h"
#include "journal/PeriodUnlockDialog.h"
#include "protocol/ErrorCode.h"
#include "protocol/OpNames.h"
#include "session/DesktopSession.h"
#include "session/OpPermissions.h"

#include <QCborArray>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int kReloadDelayMs = 150; // one reload for a burst of changes
const QString kJournalChanged = QStringLiteral("journal.changed");

int gradeOf(const QString& classTitle)
{
    int digits = 0;
    while (digits < classTitle.size() && classTitle.at(digits).isDigit())
        ++digits;
    return classTitle.left(digits).toInt();
}

QDate today()
{
    return Clock::current().now().toLocalTime().date();
}
} // namespace

JournalPage::JournalPage(DesktopSession* session, QWidget* parent, const QString& outboxPath)
    : QWidget(parent)
    , m_session(session)
    , m_outbox(new EditOutbox(session,
                              outboxPath.isEmpty() ? EditOutbox::defaultDatabasePath(
                                                         session->endpoint(), session->user().login)
                                                   : outboxPath,
                              this))
    , m_picker(new JournalPicker(session, this))
    , m_periodFilter(new QComboBox(this))
    , m_unlockButton(new QPushButton(tr("Unlock the journal for period &marks…"), this))
    , m_unsent(new QLabel(this))
    , m_noticeBar(new QWidget(this))
    , m_notice(new QLabel(m_noticeBar))
    , m_model(new JournalGridModel(this))
    , m_grid(new JournalGridView(this))
    , m_panel(new LessonPanel(this))
    , m_reasonBar(new LateReasonBar(this))
{
    setObjectName(QStringLiteral("journalPage"));
    m_periodFilter->setObjectName(QStringLiteral("periodFilter"));
    m_unsent->setObjectName(QStringLiteral("unsentLabel"));
    m_unlockButton->setObjectName(QStringLiteral("unlockPeriodButton"));
    m_unlockButton->setToolTip(tr("Let the teacher set a period's marks after its deadline (R13)"));
    m_unlockButton->setVisible(false); // the deputy's, once a journal is open
    m_notice->setObjectName(QStringLiteral("journalNotice"));
    m_notice->setWordWrap(true);
    // A notice stays until the teacher dismisses it (Esc on the button, or a click) or it is
    // replaced; one from a failed load goes when the journal loads again.
    m_noticeBar->setObjectName(QStringLiteral("journalNoticeBar"));
    m_noticeBar->setVisible(false);
    m_noticeBar->setAttribute(Qt::WA_StyledBackground);
    m_noticeBar->setStyleSheet(QStringLiteral("#journalNoticeBar { background: #fff4d6; "
                                              "border: 1px solid #e0c070; }"));
    m_notice->setStyleSheet(QStringLiteral("QLabel { color: #5c3b00; padding: 4px; }"));
    auto* dismiss = new QToolButton(m_noticeBar);
    dismiss->setObjectName(QStringLiteral("dismissNoticeButton"));
    dismiss->setText(QStringLiteral("×"));
    dismiss->setToolTip(tr("Dismiss the notice"));
    dismiss->setAutoRaise(true);
    connect(dismiss, &QToolButton::clicked, this, &JournalPage::dismissNotice);
    auto* noticeRow = new QHBoxLayout(m_noticeBar);
    noticeRow->setContentsMargins(0, 0, 0, 0);
    noticeRow->addWidget(m_notice, 1);
    noticeRow->addWidget(dismiss, 0, Qt::AlignTop);
    m_grid->setModel(m_model);

    auto* pickLabel = new QLabel(tr("&Journal:"), this);
    pickLabel->setBuddy(m_picker);
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_periodFilter);
    auto* top = new QHBoxLayout;
    top->addWidget(pickLabel);
    top->addWidget(m_picker, 1);
    m_periodFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    top->addWidget(periodLabel);
    top->addWidget(m_periodFilter);
    top->addWidget(m_unlockButton);
    top->addWidget(m_unsent);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_grid);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 1);
    splitter->setCollapsible(0, false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_noticeBar);
    layout->addWidget(m_reasonBar);
    layout->addWidget(splitter, 1);

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(kReloadDelayMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &JournalPage::reload);
    connect(m_picker, &QComboBox::currentIndexChanged, this,
            [this] { openJournal(m_picker->currentAssignmentId()); });
    connect(m_picker, &JournalPicker::loaded, this, [this] {
        if (m_picker->currentAssignmentId() != m_subscribed)
            openJournal(m_picker->currentAssignmentId());
    });
    connect(m_picker, &JournalPicker::failed, this,
            [this](const QString& message) { showNotice(message, true); });
    connect(m_periodFilter, &QComboBox::currentIndexChanged, this, &JournalPage::reload);
    connect(m_unlockButton, &QPushButton::clicked, this, &JournalPage::askToUnlockPeriod);
    connect(m_model, &JournalGridModel::editRequested, this, &JournalPage::submit);
    connect(m_model, &JournalGridModel::inputRefused, this,
            [this](const QModelIndex& index, const QString&, const QString& message) {
                m_grid->showRefusal(index, message);
                showNotice(message);
            });
    connect(m_outbox, &EditOutbox::pendingCountChanged, this, &JournalPage::updateUnsent);
    connect(m_outbox, &EditOutbox::editAcknowledged, this,
            [this](qint64, const QString& op, const QCborMap& args, const QCborValue& result) {
                onEditAcknowledged(op, args, result);
            });
    connect(m_outbox, &EditOutbox::editRefused, this,
            [this](qint64, const QString& op, const QCborMap& args, const Error& error) {
                onEditRefused(op, args, error);
            });
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &JournalPage::onCurrentCellChanged);
    m_grid->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_grid, &QWidget::customContextMenuRequested, this, &JournalPage::showCellMenu);
    connect(m_panel, &LessonPanel::saveRequested, this,
            [this](const QCborMap& args) { saveLesson(args); });
    connect(m_panel, &LessonPanel::correctionRequested, this,
            [this](const QCborMap& args) { saveLesson(args); });
    connect(m_panel, &LessonPanel::deleteRequested, this,
            [this](qint64 lessonId) { deleteLesson(lessonId); });
    connect(m_session, &DesktopSession::eventReceived, this, &JournalPage::onEvent);
    connect(m_session, &DesktopSession::resumed, this, [this] {
        const qint64 journal = std::exchange(m_subscribed, 0);
        if (journal)
            subscribe(journal);
        reload();
    });
    connect(m_reasonBar, &LateReasonBar::answered, this,
            [this](const QString& op, QCborMap args, const QString& reason) {
                args.insert(QStringLiteral("reason"), reason);
                if (isLessonOp(op))
                    submit(op, args);
                else
                    m_model->requestAgain(op, args); // shown as unsent again, then sent
            });
    connect(m_reasonBar, &LateReasonBar::declined, this,
            [this](const QString& op, const QCborMap&) {
                showNotice(tr("The late entry was not saved."));
                if (isLessonOp(op))
                    Q_EMIT lessonSaved(false);
            });
    updateUnsent();
}

JournalPage::~JournalPage() = default;

void JournalPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_referencesLoaded)
        loadReferences();
}

void JournalPage::loadReferences()
{
    m_referencesLoaded = true;
    QPointer<JournalPage> self(this);
    m_session->send(QString::fromLatin1(Op::WorkTypeList), {}, [self](const Reply& reply) {
        if (!self || !reply.ok)
            return;
        QList<WorkType> types;
        QHash<qint64, QString> titles;
        for (const QCborValue& value : reply.result[QStringLiteral("work_types")].toArray()) {
            types.append(WorkType::fromCbor(value.toMap()));
            titles.insert(types.last().id, types.last().title);
        }
        self->m_workTypes = types;
        self->m_panel->setWorkTypes(types);
        self->m_model->setWorkTypes(titles);
    });
    m_session->send(QString::fromLatin1(Op::StaffList), {}, [self](const Reply& reply) {
        if (!self)
            return;
        QList<QPair<qint64, QString>> teachers;
        for (const QCborValue& value : reply.result[QStringLiteral("staff")].toArray()) {
            const QCborMap person = value.toMap();
            if (person.value(QStringLiteral("roles")).toArray().contains(QStringLiteral("teacher")))
                teachers.append({person.value(QStringLiteral("id")).toInteger(),
                                 person.value(QStringLiteral("full_name")).toString()});
        }
        if (teachers.isEmpty()) // not allowed to list the staff: the user alone
            teachers.append({self->m_session->user().id, self->m_session->user().fullName});
        self->m_panel->setTeachers(teachers);
    });
    m_session->send(QString::fromLatin1(Op::PeriodList), {}, [self](const Reply& reply) {
        if (!self)
            return;
        self->m_periods.clear();
        for (const QCborValue& value : reply.result[QStringLiteral("periods")].toArray())
            self->m_periods.append(Period::fromCbor(value.toMap()));
        self->m_picker->reload();
    });
}

QString JournalPage::periodTitle(const Period& period)
{
    QString kind = tr("period");
    if (period.kind == QStringLiteral("quarter"))
        kind = tr("quarter");
    else if (period.kind == QStringLiteral("half_year"))
        kind = tr("half-year");
    else if (period.kind == QStringLiteral("trimester"))
        kind = tr("trimester");
    return tr("%1 %2 (%3 – %4)")
        .arg(period.ordinal)
        .arg(kind, period.startsOn.toString(QStringLiteral("dd.MM")),
             period.endsOn.toString(QStringLiteral("dd.MM")));
}

QList<Period> JournalPage::periodsOfGrade(int grade) const
{
    QList<Period> periods;
    for (const Period& period : m_periods) {
        if (grade >= period.gradeFrom && grade <= period.gradeTo)
            periods.append(period);
    }
    return periods;
}

void JournalPage::updatePeriodFilter()
{
    const QSignalBlocker blocker(m_periodFilter);
    m_periodFilter->clear();
    m_periodFilter->addItem(tr("Whole year"), qint64(0));
    int current = 0;
    for (const Period& period : periodsOfGrade(gradeOf(m_picker->currentText()))) {
        m_periodFilter->addItem(periodTitle(period), period.id);
        if (period.startsOn <= today() && today() <= period.endsOn)
            current = m_periodFilter->count() - 1;
    }
    m_periodFilter->setCurrentIndex(current);
}

QList<Period> JournalPage::periodsShown() const
{
    const qint64 selected = m_periodFilter->currentData().toLongLong();
    QList<Period> shown;
    for (const Period& period : m_periods) {
        if (selected == 0 || period.id == selected)
            shown.append(period);
    }
    return shown;
}

void JournalPage::askToUnlockPeriod()
{
    // The journal shown, not one picked and still loading: the dialog names what it unlocks.
    const JournalSheet& sheet = m_model->sheet();
    if (sheet.assignmentId == 0 || sheet.assignmentId != m_picker->currentAssignmentId())
        return;
    // Only periods past their deadline are locked; the last of them is usually the one meant.
    QList<QPair<qint64, QString>> periods;
    qint64 selected = 0;
    QDate latestDeadline;
    for (const Period& period : periodsOfGrade(sheet.grade)) {
        if (today() <= period.marksDeadline)
            continue;
        periods.append({period.id, periodTitle(period)});
        if (!latestDeadline.isValid() || period.marksDeadline >= latestDeadline) {
            latestDeadline = period.marksDeadline;
            selected = period.id;
        }
    }
    if (periods.isEmpty()) {
        showNotice(tr("No period of this journal is past its deadline: its teacher can still set "
                      "the period marks (R13)."));
        return;
    }
    auto* dialog = new PeriodUnlockDialog(
        m_session, sheet.assignmentId, QStringLiteral("%1 %2").arg(sheet.classTitle, sheet.subject),
        periods, selected, today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PeriodUnlockDialog::unlocked, this,
            [this](const QString& period, const QDate& until) {
                showNotice(tr("The teacher may set the marks of %1 until %2 (R13).")
                               .arg(period, until.toString(QStringLiteral("dd.MM.yyyy"))));
            });
    dialog->open();
}

void JournalPage::openJournal(qint64 assignmentId)
{
    if (assignmentId == 0)
        return;
    if (m_picker->currentAssignmentId() != assignmentId) {
        const QSignalBlocker blocker(m_picker);
        m_picker->selectAssignment(assignmentId);
    }
    updatePeriodFilter();
    subscribe(assignmentId);
    reload();
}

void JournalPage::subscribe(qint64 assignmentId)
{
    if (m_subscribed == assignmentId)
        return;
    if (m_subscribed)
        m_session->send(QString::fromLatin1(Op::JournalUnsubscribe),
                        {{QStringLiteral("assignment_id"), m_subscribed}});
    m_subscribed = assignmentId;
    m_session->send(QString::fromLatin1(Op::JournalSubscribe),
                    {{QStringLiteral("assignment_id"), assignmentId}});
}

void JournalPage::reload()
{
    const qint64 assignmentId = m_picker->currentAssignmentId();
    if (assignmentId == 0)
        return;
    // Cells as columns: a third of the bytes and far less to parse (docs/protocol.md).
    QCborMap args{{QStringLiteral("assignment_id"), assignmentId},
                  {QStringLiteral("layout"), QStringLiteral("columns")}};
    for (const Period& period : periodsShown()) {
        if (m_periodFilter->currentData().toLongLong() == period.id) {
            args.insert(QStringLiteral("from"), period.startsOn.toString(Qt::ISODate));
            args.insert(QStringLiteral("to"), period.endsOn.toString(Qt::ISODate));
        }
    }
    QPointer<JournalPage> self(this);
    m_session->send(QString::fromLatin1(Op::JournalGet), args,
                    [self, assignmentId](const Reply& reply) {
                        if (!self || self->m_picker->currentAssignmentId() != assignmentId)
                            return;
                        if (!reply.ok) {
                            self->showNotice(reply.error.message, true);
                            return;
                        }
                        self->applySheet(reply.result.toMap());
                    });
}

void JournalPage::applySheet(const QCborMap& result)
{
    const QModelIndex current = m_grid->currentIndex();
    const qint64 studentId = current.data(JournalGridModel::StudentIdRole).toLongLong();
    qint64 lessonId = current.data(JournalGridModel::LessonIdRole).toLongLong();
    if (m_selectLessonAfterLoad)
        lessonId = std::exchange(m_selectLessonAfterLoad, 0);

    if (m_noticeFromLoad)
        showNotice({});
    const JournalSheet sheet = JournalSheet::fromCbor(result);
    const SessionUser& user = m_session->user();
    CellInput::Who who;
    who.journalTeacher = sheet.teacherId == user.id && !sheet.readOnly;
    for (const QCborValue& value : m_session->me()[QStringLiteral("classes_led")].toArray()) {
        if (value.toMap().value(QStringLiteral("id")).toInteger() == sheet.classId)
            who.classTeacher = user.roles.contains(Role::ClassTeacher);
    }
    const bool periodMarks = who.journalTeacher || user.roles.contains(Role::Deputy);
    m_model->setEditor(who, user.id, periodMarks);
    const bool otherJournal = sheet.assignmentId != m_model->sheet().assignmentId;
    m_model->setSheet(sheet, periodsShown());
    if (otherJournal) { // its unsent entries, from this run or an earlier one
        for (const PendingEdit& edit : m_outbox->pendingEdits(sheet.assignmentId))
            m_model->showQueued(edit.op, edit.args);
    }
    m_journalTeacher = who.journalTeacher;
    m_unlockButton->setVisible(
        sheet.grade != MarkRules::kGradeWithoutMarks &&
        OpPermissions(*m_session).allows(Op::PeriodUnlock, RoleSet{Role::Deputy}));

    int row = std::max(0, m_model->rowOfStudent(studentId));
    int column = m_model->columnOfLesson(lessonId);
    if (column < 0) { // the last lesson up to today: where a teacher works
        column = 0;
        for (int i = 0; i < sheet.lessons.size(); ++i) {
            if (sheet.lessons.at(i).date <= today())
                column = i;
        }
    }
    if (m_model->rowCount() > 0 && m_model->columnCount() > 0) {
        const QModelIndex target = m_model->index(row, column);
        if (m_grid->currentIndex() != target)
            m_grid->setCurrentIndex(target);
        m_grid->scrollTo(target);
    }
    // What the teacher is typing in the panel survives a reload (someone's marks arriving).
    if (!m_panel->isModified())
        onCurrentCellChanged();
    Q_EMIT journalLoaded();
}

void JournalPage::onCurrentCellChanged()
{
    const int column = m_grid->currentIndex().column();
    const JournalSheet::Lesson* lesson = m_model->lessonAt(column);
    // A substitute edits the lesson they taught (R07); the journal's teacher every lesson.
    m_panel->setEditable(m_journalTeacher || (lesson && lesson->taughtBy == m_session->user().id));
    if (lesson || m_panel->lessonId() == 0)
        m_panel->showLesson(m_model->sheet(), lesson, today());
}

void JournalPage::showCellMenu(const QPoint& position)
{
    QModelIndex cell = m_grid->indexAt(position);
    if (!cell.isValid())
        cell = m_grid->currentIndex();
    const JournalSheet::Lesson* lesson = m_model->lessonAt(cell.column());
    if (!lesson || !(cell.flags() & Qt::ItemIsEditable))
        return;
    const QString comment = cell.data(JournalGridModel::CommentRole).toString();
    const qint64 workType = cell.data(JournalGridModel::WorkTypeRole).toLongLong();
    QMenu menu(this);
    QAction* commentAction = menu.addAction(tr("&Comment…"));
    QMenu* types = menu.addMenu(tr("&Work type of the mark"));
    QAction* lessonsType = types->addAction(tr("As the lesson: %1").arg(lesson->workType));
    lessonsType->setCheckable(true);
    lessonsType->setChecked(workType == lesson->workTypeId);
    lessonsType->setData(qint64(0));
    for (const WorkType& type : std::as_const(m_workTypes)) {
        QAction* action = types->addAction(type.title);
        action->setCheckable(true);
        action->setChecked(type.id == workType && workType != lesson->workTypeId);
        action->setData(type.id);
    }
    const QPoint where = m_grid->viewport()->mapToGlobal(
        position.isNull() ? m_grid->visualRect(cell).center() : position);
    QAction* chosen = menu.exec(where);
    if (!chosen)
        return;
    const qint64 ownType =
        cell.data(JournalGridModel::WorkTypeRole).toLongLong() == lesson->workTypeId ? 0 : workType;
    if (chosen == commentAction) {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Comment"), tr("Comment on the entry:"),
                                                   QLineEdit::Normal, comment, &ok);
        if (ok)
            m_model->setCellDetails(cell, text, ownType);
        return;
    }
    m_model->setCellDetails(cell, comment, chosen->data().toLongLong());
}

void JournalPage::submit(const QString& op, const QCborMap& args)
{
    if (m_outbox->enqueue(op, args, m_model->sheet().assignmentId) == 0) {
        m_model->refuse(op, args);
        showNotice(
            tr("The entry could not be kept on this computer: %1").arg(m_outbox->errorString()));
    }
}

void JournalPage::onEditAcknowledged(const QString& op, const QCborMap& args,
                                     const QCborValue& result)
{
    if (op == QLatin1String(Op::LessonSave) || op == QLatin1String(Op::LessonDelete)) {
        showNotice({});
        if (m_panel->shows(args))
            m_panel->markSaved();
        if (op == QLatin1String(Op::LessonSave))
            m_selectLessonAfterLoad =
                result[QStringLiteral("lesson")].toMap().value(QStringLiteral("id")).toInteger();
        reload();
        Q_EMIT lessonSaved(true);
        return;
    }
    m_model->acknowledge(op, args, result.toMap());
}

QString JournalPage::lateQuestion(const QString& op, const QString& refusal)
{
    if (op == QLatin1String(Op::LessonSave))
        return tr("%1\nWhy is the lesson changed late?").arg(refusal);
    if (op == QLatin1String(Op::LessonDelete))
        return tr("%1\nWhy is the lesson deleted?").arg(refusal);
    return tr("%1\nWhy is this entry made late? The reason goes to the audit log.").arg(refusal);
}

void JournalPage::onEditRefused(const QString& op, const QCborMap& args, const Error& error)
{
    const bool lessonOp = isLessonOp(op);
    // A later entry of the same cell waits in the queue: it replaces this one and is judged
    // (and asked about) on its own.
    const bool superseded = !lessonOp && m_model->queuedFor(op, args) > 1;
    if (error.rule == QStringLiteral("R06") && !args.contains(QStringLiteral("reason")) &&
        !superseded) {
        // Not applied: the cell shows the server's value until the reason is given; the entry
        // then goes again as a new edit (its own key, the version it finds then).
        if (!lessonOp)
            m_model->refuse(op, args);
        QCborMap again = args;
        again.remove(QStringLiteral("idempotency_key"));
        again.remove(QStringLiteral("made_at"));
        m_reasonBar->ask(op, again, lateQuestion(op, error.message));
        return;
    }
    if (lessonOp) {
        showNotice(error.message);
        Q_EMIT lessonSaved(false);
        return;
    }
    if (error.code == ErrorCode::Conflict) {
        const QCborMap current = error.details.toMap();
        m_model->refuse(op, args, current);
        const QString now = op == QLatin1String(Op::PeriodMarkSet)
                                ? current.value(QStringLiteral("value")).toString()
                                : JournalGridModel::cellText(JournalSheet::Cell::fromCbor(current));
        showNotice(tr("Someone else changed this cell meanwhile; it now holds «%1». Your entry "
                      "was not saved: enter it again if it is still right.")
                       .arg(now));
        return;
    }
    m_model->refuse(op, args);
    if (!superseded)
        showNotice(error.message);
}

bool JournalPage::isLessonOp(const QString& op)
{
    return op == QLatin1String(Op::LessonSave) || op == QLatin1String(Op::LessonDelete);
}

void JournalPage::saveLesson(const QCborMap& args)
{
    submit(QString::fromLatin1(Op::LessonSave), args);
}

void JournalPage::deleteLesson(qint64 lessonId)
{
    submit(QString::fromLatin1(Op::LessonDelete), {{QStringLiteral("lesson_id"), lessonId}});
}

void JournalPage::onEvent(const QString& name, const QCborMap& payload)
{
    if (name == kJournalChanged &&
        payload.value(QStringLiteral("assignment_id")).toInteger() == m_subscribed &&
        m_subscribed == m_picker->currentAssignmentId())
        m_reloadTimer.start();
}

void JournalPage::showNotice(const QString& text, bool fromLoad)
{
    m_noticeFromLoad = fromLoad && !text.isEmpty();
    m_notice->setText(text);
    m_noticeBar->setVisible(!text.isEmpty());
}

void JournalPage::dismissNotice()
{
    showNotice({});
}

QString JournalPage::noticeText() const
{
    return m_notice->text();
}

QString JournalPage::unsentText() const
{
    return m_unsent->text();
}

void JournalPage::updateUnsent()
{
    m_unsent->setText(m_outbox->statusText());
    m_unsent->setVisible(m_outbox->pendingCount() != 0);
}
