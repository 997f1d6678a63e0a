#pragma once

#include "school/StructureTab.h"

// «Каникулы»: a school year's holidays with their dates and grades (holiday.save).
class HolidaysTab : public StructureTab
{
    Q_OBJECT
public:
    HolidaysTab(DesktopSession* session, RecordTableModel* years, QWidget* parent = nullptr);

protected:
    QList<RecordField> fields(const QCborMap& record) const override;
    QCborMap blankRecord() const override;
};
