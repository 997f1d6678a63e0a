#pragma once

#include "domain/Role.h"
#include "school/RecordEditDialog.h"

#include <QCborMap>
#include <QWidget>

#include <functional>

class CurriculumTab;
class DesktopSession;
class EntryWindowsTab;
class HolidaysTab;
class QAction;
class QLabel;
class QTabWidget;
class QTableView;
class RecordTableModel;
class StructureTab;
class SubgroupsTab;

// The school structure screen: years, periods, classes, subjects, work types and
// assignments, each a table with an edit dialog over its *.save op (deputy, administrator;
// read-only for the director), then a class's curriculum and subgroups and a year's holidays.
class StructurePage : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        YearsTab,
        PeriodsTab,
        ClassesTab,
        SubjectsTab,
        WorkTypesTab,
        AssignmentsTab,
        TabCount // record tabs; the curriculum, subgroups and holidays tabs follow them
    };

    explicit StructurePage(DesktopSession* session, QWidget* parent = nullptr);

    RecordTableModel* model(Tab tab) const;
    CurriculumTab* curriculumTab() const { return m_curriculum; }
    SubgroupsTab* subgroupsTab() const { return m_subgroups; }
    HolidaysTab* holidaysTab() const { return m_holidays; }
    EntryWindowsTab* entryWindowsTab() const { return m_windows; }
    // Active staff accounts from staff.list, for the teacher pickers.
    const QList<QCborMap>& staff() const { return m_staff; }
    bool isReadOnly() const { return m_readOnly; }
    QTabWidget* tabs() const { return m_tabs; }

public Q_SLOTS:
    void reload();
    void addRecord();
    void editRecord();

Q_SIGNALS:
    void loaded(StructurePage::Tab tab);
    void staffLoaded();

private:
    struct TabSpec
    {
        QString title;
        const char* listOp;
        const char* saveOp;
        QString arrayKey;
        std::function<QCborMap(const QCborMap&)> normalize;
        RecordTableModel* model = nullptr;
        QTableView* view = nullptr;
    };

    void createTabs();
    void load(Tab tab);
    void loadStaff();
    QList<RecordField> fields(Tab tab, const QCborMap& record) const;
    RecordField::Choices choices(Tab tab, const QString& titleKey) const;
    // Staff holding the role by full name; the record's own teacher stays offered even when
    // staff.list no longer lists them (a disabled account).
    RecordField::Choices teacherChoices(Role role, const QCborMap& record, const QString& idKey,
                                        const QString& nameKey) const;
    void loadSubgroupChoices(const QVariant& classId,
                             std::function<void(RecordField::Choices)> done) const;
    StructureTab* currentStructureTab() const;
    void updateActions();
    void openEditor(const QCborMap& record);

    DesktopSession* m_session;
    bool m_readOnly;
    QTabWidget* m_tabs;
    QLabel* m_status;
    QAction* m_add;
    QAction* m_edit;
    QList<TabSpec> m_specs;
    QList<QCborMap> m_staff;
    CurriculumTab* m_curriculum = nullptr;
    SubgroupsTab* m_subgroups = nullptr;
    HolidaysTab* m_holidays = nullptr;
    EntryWindowsTab* m_windows = nullptr;
};
