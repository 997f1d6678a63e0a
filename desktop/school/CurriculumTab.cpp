#include "school/CurriculumTab.h"

#include "protocol/OpNames.h"
#include "school/RecordColumns.h"

namespace {
// The server's bound on a subject's hours a week (curriculum.set).
constexpr double kMaxHoursPerWeek = 40;
} // namespace

CurriculumTab::CurriculumTab(DesktopSession* session, RecordTableModel* classes,
                             RecordTableModel* subjects, QWidget* parent)
    : StructureTab(session, classes, QStringLiteral("title"),
                   {Op::CurriculumList, Op::CurriculumSet, QStringLiteral("class_id"),
                    QStringLiteral("curriculum")},
                   {RecordColumns::text(tr("Subject"), QStringLiteral("subject")),
                    RecordColumns::number(tr("Hours a week"), QStringLiteral("hours_per_week"))},
                   parent)
    , m_subjects(subjects)
{
    setObjectName(QStringLiteral("curriculumTab"));
}

QCborMap CurriculumTab::blankRecord() const
{
    return {{QStringLiteral("hours_per_week"), 1.0}};
}

QList<RecordField> CurriculumTab::fields(const QCborMap& record) const
{
    using Kind = RecordField::Kind;
    RecordField subject{QStringLiteral("subject_id"), tr("&Subject:"), Kind::Choice};
    // A row's subject is its key: editing changes its hours only.
    if (record.isEmpty())
        subject.choices = choicesOf(m_subjects, QStringLiteral("title"));
    else
        subject.choices = {{record.value(QStringLiteral("subject")).toString(),
                            QVariant(record.value(QStringLiteral("subject_id")).toInteger())}};
    RecordField hours{QStringLiteral("hours_per_week"),
                      tr("&Hours a week (0 removes):"),
                      Kind::Decimal,
                      true,
                      {},
                      0,
                      kMaxHoursPerWeek};
    return {subject, hours};
}
