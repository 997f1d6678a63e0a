#pragma once

#include "school/StructureTab.h"

class SubgroupMembersEditor;

// «Подгруппы»: a class's subgroups by subject (subgroup.save) and, beside them, the members
// editor of the selected one.
class SubgroupsTab : public StructureTab
{
    Q_OBJECT
public:
    SubgroupsTab(DesktopSession* session, RecordTableModel* classes, RecordTableModel* subjects,
                 QWidget* parent = nullptr);

    SubgroupMembersEditor* membersEditor() const { return m_editor; }
    // Makes the subgroup with this id current; false when the table does not hold it.
    bool selectSubgroup(qint64 subgroupId);

protected:
    QList<RecordField> fields(const QCborMap& record) const override;
    void onLoaded() override;

private:
    void loadStudents(qint64 classId);
    void showCurrentMembers();

    RecordTableModel* m_subjects;
    SubgroupMembersEditor* m_editor;
    qint64 m_studentsClassId = 0;
    qint64 m_shownSubgroupId = 0;
};
