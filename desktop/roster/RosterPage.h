#pragma once

#include "domain/SchoolTypes.h"

#include <QWidget>

class ClassListModel;
class DesktopSession;
class MovementReportPage;
class QAction;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class StudentListModel;

// «Классы и ученики»: the year's classes on the left, the chosen class's list on a date on
// the right, admit / transfer / expel by order and the import wizard; the movement report
// in a second tab for those who may read it.
class RosterPage : public QWidget
{
    Q_OBJECT
public:
    explicit RosterPage(DesktopSession* session, QWidget* parent = nullptr);

    ClassListModel* classModel() const { return m_classModel; }
    StudentListModel* studentModel() const { return m_studentModel; }
    QAction* admitAction() const { return m_admit; }
    QAction* transferAction() const { return m_transfer; }
    QAction* expelAction() const { return m_expel; }
    QAction* importAction() const { return m_import; }
    bool isBusy() const { return m_pending > 0; }
    // Selects a class by id (after the list has loaded); false if it is not listed.
    bool selectClass(qint64 classId);
    ClassGroup currentClass() const;

public Q_SLOTS:
    void reload();
    void admit();
    void transfer();
    void expel();
    void importList();

Q_SIGNALS:
    void classesLoaded();
    void studentsLoaded();

private:
    QWidget* createRosterTab();
    void loadStudents();
    RosterStudent currentStudent() const;
    void updateActions();
    void setBusy(bool busy);
    void showError(const QString& message);

    DesktopSession* m_session;
    ClassListModel* m_classModel;
    QSortFilterProxyModel* m_classProxy;
    StudentListModel* m_studentModel;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_classView = nullptr;
    QTableView* m_studentView = nullptr;
    QLineEdit* m_filter = nullptr;
    QDateEdit* m_date = nullptr;
    QCheckBox* m_includeLeft = nullptr;
    QLabel* m_status = nullptr;
    QAction* m_admit = nullptr;
    QAction* m_transfer = nullptr;
    QAction* m_expel = nullptr;
    QAction* m_import = nullptr;
    MovementReportPage* m_movements = nullptr;
    int m_pending = 0;
    quint64 m_studentGeneration = 0;
};
