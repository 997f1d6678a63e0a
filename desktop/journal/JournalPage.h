#pragma once

#include "domain/SchoolTypes.h"
#include "protocol/Message.h"

#include <QCborMap>
#include <QTimer>
#include <QWidget>

class DesktopSession;
class EditOutbox;
class JournalGridModel;
class JournalGridView;
class JournalPicker;
class LateReasonBar;
class LessonPanel;
class QComboBox;
class QLabel;
class QPushButton;

// «Журнал»: pick a journal and a period, enter marks and absences in the grid from the
// keyboard, edit the current lesson in the side panel. Changes by others arrive live
// (journal.subscribe); a late entry asks for its reason (R06); a conflict is shown.
class JournalPage : public QWidget
{
    Q_OBJECT
public:
    // Edits go through the user's offline queue (R30) in `outboxPath` (default: the user's
    // file in the application's data folder).
    explicit JournalPage(DesktopSession* session, QWidget* parent = nullptr,
                         const QString& outboxPath = {});
    ~JournalPage() override;

    LateReasonBar* reasonBar() const { return m_reasonBar; }
    // How long a burst of others' changes is gathered before one reload.
    void setReloadDelay(int ms) { m_reloadTimer.setInterval(ms); }
    QComboBox* periodFilter() const { return m_periodFilter; }
    // The deputy's «Открыть отметки…» (R13); hidden for everyone else.
    QPushButton* unlockButton() const { return m_unlockButton; }
    JournalGridModel* model() const { return m_model; }
    EditOutbox* outbox() const { return m_outbox; }
    JournalGridView* grid() const { return m_grid; }
    JournalPicker* picker() const { return m_picker; }
    LessonPanel* lessonPanel() const { return m_panel; }
    QString noticeText() const;
    // The teacher has read the notice (its × button).
    void dismissNotice();
    QString unsentText() const;

    // Opens a journal (as if picked) and loads it.
    void openJournal(qint64 assignmentId);

Q_SIGNALS:
    // A journal.get answer was shown in the grid.
    void journalLoaded();
    // A lesson.save or lesson.delete finished (ok or not).
    void lessonSaved(bool ok);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadReferences();
    void reload();
    void subscribe(qint64 assignmentId);
    void updatePeriodFilter();
    void applySheet(const QCborMap& result);
    void submit(const QString& op, const QCborMap& args);
    void onEditAcknowledged(const QString& op, const QCborMap& args, const QCborValue& result);
    void onEditRefused(const QString& op, const QCborMap& args, const Error& error);
    void saveLesson(const QCborMap& args);
    void deleteLesson(qint64 lessonId);
    static QString lateQuestion(const QString& op, const QString& refusal);
    static bool isLessonOp(const QString& op);
    void onCurrentCellChanged();
    // A mark's own work type (R04) and comment, from the cell's context menu.
    void showCellMenu(const QPoint& position);
    void onEvent(const QString& name, const QCborMap& payload);
    // `fromLoad`: a failed load, cleared by the next successful one.
    void showNotice(const QString& text, bool fromLoad = false);
    void updateUnsent();
    QList<Period> periodsShown() const;
    QList<Period> periodsOfGrade(int grade) const;
    // The deputy lets the teacher set a period's marks after the deadline (period.unlock).
    void askToUnlockPeriod();
    static QString periodTitle(const Period& period);

    DesktopSession* m_session;
    EditOutbox* m_outbox;
    JournalPicker* m_picker;
    QComboBox* m_periodFilter;
    QPushButton* m_unlockButton;
    QLabel* m_unsent;
    QWidget* m_noticeBar;
    QLabel* m_notice;
    JournalGridModel* m_model;
    JournalGridView* m_grid;
    LessonPanel* m_panel;
    LateReasonBar* m_reasonBar;
    QList<Period> m_periods;
    QList<WorkType> m_workTypes;
    qint64 m_subscribed = 0;
    bool m_referencesLoaded = false;
    QTimer m_reloadTimer;
    qint64 m_selectLessonAfterLoad = 0;
    bool m_noticeFromLoad = false;
    bool m_journalTeacher = false;
};
