#pragma once

#include <QCborMap>
#include <QDate>
#include <QWidget>

struct DiaryWeek;

class DesktopSession;
class DiaryForecastModel;
class DiaryWeekModel;
class QAction;
class QComboBox;
class QGroupBox;
class QLabel;
class QTableView;

// «Дневник»: a week of the signed-in student's diary, or of the parent's chosen child (R19):
// each day's lessons with topic, homework, mark and absence, and the forecast of each
// subject's period mark (R16).
class DiaryPage : public QWidget
{
    Q_OBJECT
public:
    explicit DiaryPage(DesktopSession* session, QWidget* parent = nullptr);

    DiaryWeekModel* weekModel() const { return m_weekModel; }
    DiaryForecastModel* forecastModel() const { return m_forecastModel; }
    QDate weekStart() const { return m_monday; }
    // The student chosen in the picker (0: whoever the server links to the account).
    qint64 chosenStudentId() const;
    // The student whose diary is shown, as the server answered (0 before an answer).
    qint64 shownStudentId() const { return m_shownStudentId; }
    // Picks a child by student id; false if the picker does not list them.
    bool chooseStudent(qint64 studentId);
    // The args of the last diary.get sent.
    QCborMap lastRequest() const { return m_lastRequest; }
    bool isBusy() const { return m_pending; }
    QString errorText() const;
    QString weekTitle() const;
    QString forecastTitle() const;
    QAction* previousWeekAction() const { return m_previous; }
    QAction* nextWeekAction() const { return m_next; }
    QAction* thisWeekAction() const { return m_today; }

public Q_SLOTS:
    void showWeekOf(const QDate& date);
    void previousWeek();
    void nextWeek();
    void thisWeek();
    void reload();

Q_SIGNALS:
    // A diary.get answered (with the week, or with an error shown on the page).
    void weekLoaded();

private:
    QWidget* createToolbar();
    void fillStudentPicker();
    void applySpans();
    void showError(const QString& message);
    void showForecasts(const DiaryWeek& week);
    static QDate today();

    DesktopSession* m_session;
    DiaryWeekModel* m_weekModel;
    DiaryForecastModel* m_forecastModel;
    QComboBox* m_students = nullptr;
    QLabel* m_studentsLabel = nullptr;
    QLabel* m_weekTitle = nullptr;
    QLabel* m_error = nullptr;
    QTableView* m_weekView = nullptr;
    QTableView* m_forecastView = nullptr;
    QGroupBox* m_forecastBox = nullptr;
    QAction* m_previous = nullptr;
    QAction* m_next = nullptr;
    QAction* m_today = nullptr;
    QAction* m_refresh = nullptr;
    QDate m_monday;
    QCborMap m_lastRequest;
    qint64 m_shownStudentId = 0;
    bool m_pending = false;
    // Bumped on every request, so an answer for a week or child left behind is dropped.
    quint64 m_generation = 0;
};
