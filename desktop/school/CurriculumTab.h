#pragma once

#include "school/StructureTab.h"

// «Учебный план»: a class's subjects with their hours a week (curriculum.set; 0 removes).
class CurriculumTab : public StructureTab
{
    Q_OBJECT
public:
    CurriculumTab(DesktopSession* session, RecordTableModel* classes, RecordTableModel* subjects,
                  QWidget* parent = nullptr);

protected:
    QList<RecordField> fields(const QCborMap& record) const override;
    QCborMap blankRecord() const override;

private:
    RecordTableModel* m_subjects;
};
