#include "school/HolidaysTab.h"

#include "protocol/OpNames.h"
#include "school/RecordColumns.h"
#include "school/RecordPicker.h"

namespace {
constexpr int kFirstGrade = 1;
constexpr int kLastGrade = 11;
} // namespace

HolidaysTab::HolidaysTab(DesktopSession* session, RecordTableModel* years, QWidget* parent)
    : StructureTab(
          session, years, QStringLiteral("title"),
          {Op::HolidayList, Op::HolidaySave, QStringLiteral("year_id"), QStringLiteral("holidays")},
          {RecordColumns::text(tr("Holiday"), QStringLiteral("title")),
           RecordColumns::date(tr("Starts"), QStringLiteral("starts_on")),
           RecordColumns::date(tr("Ends"), QStringLiteral("ends_on")),
           {tr("Grades"),
            [](const QCborMap& map) {
                return QVariant(QStringLiteral("%1–%2")
                                    .arg(map.value(QStringLiteral("grade_from")).toInteger())
                                    .arg(map.value(QStringLiteral("grade_to")).toInteger()));
            }}},
          parent)
{
    setObjectName(QStringLiteral("holidaysTab"));
    picker()->preferFlagged(QStringLiteral("current"));
}

QCborMap HolidaysTab::blankRecord() const
{
    return {{QStringLiteral("grade_from"), kFirstGrade}, {QStringLiteral("grade_to"), kLastGrade}};
}

QList<RecordField> HolidaysTab::fields(const QCborMap&) const
{
    using Kind = RecordField::Kind;
    return {{QStringLiteral("title"), tr("&Title:")},
            {QStringLiteral("starts_on"), tr("&Starts:"), Kind::Date},
            {QStringLiteral("ends_on"), tr("&Ends:"), Kind::Date},
            {QStringLiteral("grade_from"),
             tr("Grades &from:"),
             Kind::Integer,
             true,
             {},
             kFirstGrade,
             kLastGrade},
            {QStringLiteral("grade_to"),
             tr("Grades &to:"),
             Kind::Integer,
             true,
             {},
             kFirstGrade,
             kLastGrade}};
}
