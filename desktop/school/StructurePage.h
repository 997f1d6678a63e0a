#pragma once

#include "school/RecordEditDialog.h"

#include <QCborMap>
#include <QWidget>

#include <functional>

class DesktopSession;
class QAction;
class QLabel;
class QTabWidget;
class QTableView;
class RecordTableModel;

// The school structure screen: years, periods, classes, subjects, work types and
// assignments, each a table with an edit dialog over its *.save op (deputy, administrator;
// read-only for the director).
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
        TabCount
    };

    explicit StructurePage(DesktopSession* session, QWidget* parent = nullptr);

    RecordTableModel* model(Tab tab) const;
    bool isReadOnly() const { return m_readOnly; }
    QTabWidget* tabs() const { return m_tabs; }

public Q_SLOTS:
    void reload();
    void addRecord();
    void editRecord();

Q_SIGNALS:
    void loaded(StructurePage::Tab tab);

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
    QList<RecordField> fields(Tab tab) const;
    QList<QPair<QString, QVariant>> choices(Tab tab, const QString& titleKey) const;
    void openEditor(const QCborMap& record);

    DesktopSession* m_session;
    bool m_readOnly;
    QTabWidget* m_tabs;
    QLabel* m_status;
    QAction* m_add;
    QAction* m_edit;
    QList<TabSpec> m_specs;
};
