#include "school/StructurePage.h"

#include "domain/SchoolTypes.h"
#include "models/RecordTableModel.h"
#include "protocol/OpNames.h"
#include "school/CurriculumTab.h"
#include "school/EntryWindowsTab.h"
#include "school/HolidaysTab.h"
#include "school/RecordColumns.h"
#include "school/SubgroupsTab.h"
#include "session/DesktopSession.h"
#include "session/OpPermissions.h"

#include <QAction>
#include <QCborArray>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
const RoleSet kStructureEditors{Role::Deputy, Role::Admin};
const RoleSet kStaffReaders{Role::Admin, Role::Director, Role::Deputy, Role::Secretary};

using RecordColumns::date;
using RecordColumns::number;
using RecordColumns::text;

using Column = RecordTableModel::Column;

Column flagColumn(const QString& title, const QString& key)
{
    return {title, [key](const QCborMap& map) {
                return QVariant(map.value(key).toBool() ? StructurePage::tr("yes") : QString());
            }};
}

QString periodKindName(const QString& kind)
{
    if (kind == QLatin1String("quarter"))
        return StructurePage::tr("quarter");
    if (kind == QLatin1String("half_year"))
        return StructurePage::tr("half-year");
    if (kind == QLatin1String("trimester"))
        return StructurePage::tr("trimester");
    return kind;
}

template <typename T> std::function<QCborMap(const QCborMap&)> normalizer()
{
    return [](const QCborMap& map) { return T::fromCbor(map).toCbor(); };
}
} // namespace

StructurePage::StructurePage(DesktopSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_readOnly(!OpPermissions(*session).allows(Op::YearSave, kStructureEditors))
{
    setObjectName(QStringLiteral("structurePage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("structureTabs"));
    m_add = new QAction(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addAction"));
    m_add->setShortcut(QKeySequence(Qt::Key_Insert));
    m_edit = new QAction(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editAction"));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    auto* refresh = new QAction(tr("Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("structureStatus"));
    auto* bar = new QHBoxLayout;
    for (QAction* action : {m_add, m_edit, refresh}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        bar->addWidget(button);
    }
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    connect(m_add, &QAction::triggered, this, &StructurePage::addRecord);
    connect(m_edit, &QAction::triggered, this, &StructurePage::editRecord);
    connect(refresh, &QAction::triggered, this, &StructurePage::reload);
    createTabs();
    connect(m_tabs, &QTabWidget::currentChanged, this, &StructurePage::updateActions);
    updateActions();
    reload();
}

StructureTab* StructurePage::currentStructureTab() const
{
    return qobject_cast<StructureTab*>(m_tabs->currentWidget());
}

void StructurePage::updateActions()
{
    const StructureTab* tab = currentStructureTab();
    const bool editable = tab ? tab->canEdit() : !m_readOnly;
    m_add->setVisible(editable);
    m_edit->setVisible(editable);
    m_add->setEnabled(editable);
    m_edit->setEnabled(editable);
}

void StructurePage::createTabs()
{
    m_specs = {
        {tr("&Years"), Op::YearList, Op::YearSave, QStringLiteral("years"),
         normalizer<AcademicYear>()},
        {tr("&Periods"), Op::PeriodList, Op::PeriodSave, QStringLiteral("periods"),
         normalizer<Period>()},
        {tr("&Classes"), Op::ClassList, Op::ClassSave, QStringLiteral("classes"),
         normalizer<ClassGroup>()},
        {tr("&Subjects"), Op::SubjectList, Op::SubjectSave, QStringLiteral("subjects"),
         normalizer<Subject>()},
        {tr("&Work types"), Op::WorkTypeList, Op::WorkTypeSave, QStringLiteral("work_types"),
         normalizer<WorkType>()},
        {tr("&Assignments"), Op::AssignmentList, Op::AssignmentSave, QStringLiteral("assignments"),
         normalizer<Assignment>()},
    };
    const QList<QList<Column>> columns{
        {text(tr("Year"), QStringLiteral("title")), date(tr("Starts"), QStringLiteral("starts_on")),
         date(tr("Ends"), QStringLiteral("ends_on")),
         flagColumn(tr("Current"), QStringLiteral("current")),
         flagColumn(tr("Closed"), QStringLiteral("closed"))},
        {{tr("Period"),
          [](const QCborMap& map) {
              return QVariant(
                  QStringLiteral("%1 %2")
                      .arg(map.value(QStringLiteral("ordinal")).toInteger())
                      .arg(periodKindName(map.value(QStringLiteral("kind")).toString())));
          }},
         {tr("Grades"),
          [](const QCborMap& map) {
              return QVariant(QStringLiteral("%1–%2")
                                  .arg(map.value(QStringLiteral("grade_from")).toInteger())
                                  .arg(map.value(QStringLiteral("grade_to")).toInteger()));
          }},
         date(tr("Starts"), QStringLiteral("starts_on")),
         date(tr("Ends"), QStringLiteral("ends_on")),
         date(tr("Marks deadline"), QStringLiteral("marks_deadline")),
         flagColumn(tr("Locked"), QStringLiteral("locked"))},
        {text(tr("Class"), QStringLiteral("title")),
         text(tr("Class teacher"), QStringLiteral("homeroom_teacher")),
         text(tr("Room"), QStringLiteral("room")),
         number(tr("Students"), QStringLiteral("student_count"))},
        {text(tr("Subject"), QStringLiteral("title")),
         text(tr("Short title"), QStringLiteral("short_title")),
         flagColumn(tr("Double mark"), QStringLiteral("double_mark")),
         flagColumn(tr("Pass/fail"), QStringLiteral("pass_fail"))},
        {text(tr("Work type"), QStringLiteral("title")),
         number(tr("Weight"), QStringLiteral("weight")),
         flagColumn(tr("Written"), QStringLiteral("is_written")),
         flagColumn(tr("Control"), QStringLiteral("is_control"))},
        {text(tr("Class"), QStringLiteral("class")), text(tr("Subject"), QStringLiteral("subject")),
         text(tr("Subgroup"), QStringLiteral("subgroup")),
         text(tr("Teacher"), QStringLiteral("teacher")),
         number(tr("Hours a week"), QStringLiteral("hours_per_week"))},
    };
    for (int tab = 0; tab < TabCount; ++tab) {
        TabSpec& spec = m_specs[tab];
        spec.model = new RecordTableModel(columns.at(tab), this);
        auto* proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(spec.model);
        spec.view = new QTableView(m_tabs);
        spec.view->setObjectName(QStringLiteral("structureView%1").arg(tab));
        spec.view->setModel(proxy);
        spec.view->setSortingEnabled(true);
        spec.view->setSelectionBehavior(QAbstractItemView::SelectRows);
        spec.view->setSelectionMode(QAbstractItemView::SingleSelection);
        spec.view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        spec.view->verticalHeader()->hide();
        spec.view->horizontalHeader()->setStretchLastSection(true);
        connect(spec.view, &QTableView::activated, this, &StructurePage::editRecord);
        m_tabs->addTab(spec.view, spec.title);
    }
    m_curriculum = new CurriculumTab(m_session, model(ClassesTab), model(SubjectsTab), m_tabs);
    m_tabs->addTab(m_curriculum, tr("C&urriculum"));
    m_subgroups = new SubgroupsTab(m_session, model(ClassesTab), model(SubjectsTab), m_tabs);
    m_tabs->addTab(m_subgroups, tr("Su&bgroups"));
    m_holidays = new HolidaysTab(m_session, model(YearsTab), m_tabs);
    m_tabs->addTab(m_holidays, tr("&Holidays"));
    m_windows = new EntryWindowsTab(m_session, m_tabs);
    m_tabs->addTab(m_windows, tr("&Entry deadlines"));
}

RecordTableModel* StructurePage::model(Tab tab) const
{
    return m_specs.value(tab).model;
}

void StructurePage::reload()
{
    loadStaff();
    for (int tab = 0; tab < TabCount; ++tab)
        load(Tab(tab));
    // A picked class or year that stays after its table reloads keeps its own rows fresh.
    for (StructureTab* tab :
         {static_cast<StructureTab*>(m_curriculum), static_cast<StructureTab*>(m_subgroups),
          static_cast<StructureTab*>(m_holidays)})
        tab->reload();
    m_windows->reload();
}

void StructurePage::loadStaff()
{
    if (!OpPermissions(*m_session).allows(Op::StaffList, kStaffReaders))
        return;
    QPointer<StructurePage> self(this);
    m_session->send(QString::fromLatin1(Op::StaffList), {}, [self](const Reply& reply) {
        if (!self)
            return;
        if (!reply.ok) {
            self->m_status->setText(reply.error.message);
            return;
        }
        self->m_staff.clear();
        for (const QCborValue& value : reply.result[QStringLiteral("staff")].toArray())
            self->m_staff.append(value.toMap());
        Q_EMIT self->staffLoaded();
    });
}

void StructurePage::load(Tab tab)
{
    m_status->setText(tr("Loading…"));
    QPointer<StructurePage> self(this);
    m_session->send(QString::fromLatin1(m_specs[tab].listOp), {}, [self, tab](const Reply& reply) {
        if (!self)
            return;
        if (!reply.ok) {
            self->m_status->setText(reply.error.message);
            return;
        }
        const TabSpec& spec = self->m_specs[tab];
        QList<QCborMap> records;
        for (const QCborValue& value : reply.result[spec.arrayKey].toArray())
            records.append(spec.normalize(value.toMap()));
        spec.model->setRecords(records);
        self->m_status->clear();
        Q_EMIT self->loaded(tab);
    });
}

RecordField::Choices StructurePage::choices(Tab tab, const QString& titleKey) const
{
    return StructureTab::choicesOf(m_specs[tab].model, titleKey);
}

RecordField::Choices StructurePage::teacherChoices(Role role, const QCborMap& record,
                                                   const QString& idKey,
                                                   const QString& nameKey) const
{
    const QString code = roleCode(role);
    RecordField::Choices list;
    for (const QCborMap& person : m_staff) {
        if (person.value(QStringLiteral("roles")).toArray().contains(QCborValue(code)))
            list.append({person.value(QStringLiteral("full_name")).toString(),
                         QVariant(person.value(QStringLiteral("id")).toInteger())});
    }
    std::sort(list.begin(), list.end(),
              [](const auto& a, const auto& b) { return a.first.localeAwareCompare(b.first) < 0; });
    const qint64 currentId = record.value(idKey).toInteger();
    const bool listed = std::any_of(list.cbegin(), list.cend(), [currentId](const auto& choice) {
        return choice.second.toLongLong() == currentId;
    });
    if (currentId != 0 && !listed)
        list.prepend({record.value(nameKey).toString(), QVariant(currentId)});
    return list;
}

void StructurePage::loadSubgroupChoices(const QVariant& classId,
                                        std::function<void(RecordField::Choices)> done) const
{
    m_session->send(
        QString::fromLatin1(Op::SubgroupList), {{QStringLiteral("class_id"), classId.toLongLong()}},
        [done](const Reply& reply) {
            RecordField::Choices list;
            for (const QCborValue& value : reply.result[QStringLiteral("subgroups")].toArray()) {
                const QCborMap subgroup = value.toMap();
                list.append({QStringLiteral("%1 — %2").arg(
                                 subgroup.value(QStringLiteral("subject")).toString(),
                                 subgroup.value(QStringLiteral("title")).toString()),
                             QVariant(subgroup.value(QStringLiteral("id")).toInteger())});
            }
            done(list);
        });
}

QList<RecordField> StructurePage::fields(Tab tab, const QCborMap& record) const
{
    using Kind = RecordField::Kind;
    const QString title = QStringLiteral("title");
    switch (tab) {
    case YearsTab:
        return {{title, tr("&Title (2026/2027):")},
                {QStringLiteral("starts_on"), tr("&Starts:"), Kind::Date},
                {QStringLiteral("ends_on"), tr("&Ends:"), Kind::Date}};
    case PeriodsTab: {
        RecordField kind{QStringLiteral("kind"), tr("&Kind:"), Kind::Choice};
        kind.choices = {{periodKindName(QStringLiteral("quarter")), QStringLiteral("quarter")},
                        {periodKindName(QStringLiteral("half_year")), QStringLiteral("half_year")},
                        {periodKindName(QStringLiteral("trimester")), QStringLiteral("trimester")}};
        RecordField year{QStringLiteral("year_id"), tr("&Year:"), Kind::Choice};
        year.choices = choices(YearsTab, title);
        return {year,
                kind,
                {QStringLiteral("ordinal"), tr("&Number:"), Kind::Integer, true, {}, 1, 4},
                {QStringLiteral("grade_from"), tr("Grades &from:"), Kind::Integer, true, {}, 1, 11},
                {QStringLiteral("grade_to"), tr("Grades &to:"), Kind::Integer, true, {}, 1, 11},
                {QStringLiteral("starts_on"), tr("&Starts:"), Kind::Date},
                {QStringLiteral("ends_on"), tr("&Ends:"), Kind::Date},
                {QStringLiteral("marks_deadline"), tr("&Marks deadline:"), Kind::Date}};
    }
    case ClassesTab: {
        RecordField year{QStringLiteral("year_id"), tr("&Year:"), Kind::Choice};
        year.choices = choices(YearsTab, title);
        RecordField teacher{QStringLiteral("homeroom_teacher_id"), tr("Class &teacher:"),
                            Kind::Choice, false};
        teacher.choices = teacherChoices(Role::ClassTeacher, record, teacher.key,
                                         QStringLiteral("homeroom_teacher"));
        return {year,
                {QStringLiteral("grade"), tr("&Grade:"), Kind::Integer, true, {}, 1, 11},
                {QStringLiteral("letter"), tr("&Letter:")},
                teacher,
                {QStringLiteral("room"), tr("&Room:"), Kind::Text, false}};
    }
    case SubjectsTab:
        return {
            {title, tr("&Title:")},
            {QStringLiteral("short_title"), tr("&Short title:"), Kind::Text, false},
            {QStringLiteral("double_mark"), tr("&Double mark (content and literacy)"), Kind::Flag},
            {QStringLiteral("pass_fail"), tr("&Pass/fail"), Kind::Flag}};
    case WorkTypesTab:
        return {{title, tr("&Title:")},
                {QStringLiteral("weight"), tr("&Weight:"), Kind::Decimal, true, {}, 0.1, 10},
                {QStringLiteral("is_written"), tr("Wr&itten work"), Kind::Flag},
                {QStringLiteral("is_control"), tr("&Control work"), Kind::Flag}};
    case AssignmentsTab: {
        RecordField group{QStringLiteral("class_id"), tr("&Class:"), Kind::Choice};
        group.choices = choices(ClassesTab, title);
        RecordField subject{QStringLiteral("subject_id"), tr("&Subject:"), Kind::Choice};
        subject.choices = choices(SubjectsTab, title);
        RecordField subgroup{QStringLiteral("subgroup_id"), tr("Su&bgroup:"), Kind::Choice, false};
        subgroup.dependsOn = group.key;
        subgroup.loadChoices = [this](const QVariant& classId,
                                      std::function<void(RecordField::Choices)> done) {
            loadSubgroupChoices(classId, std::move(done));
        };
        RecordField teacher{QStringLiteral("teacher_id"), tr("&Teacher:"), Kind::Choice};
        teacher.choices =
            teacherChoices(Role::Teacher, record, teacher.key, QStringLiteral("teacher"));
        return {group,
                subject,
                subgroup,
                teacher,
                {QStringLiteral("hours_per_week"),
                 tr("&Hours a week:"),
                 Kind::Decimal,
                 true,
                 {},
                 0.5,
                 40}};
    }
    case TabCount:
        break;
    }
    return {};
}

void StructurePage::addRecord()
{
    if (StructureTab* tab = currentStructureTab())
        tab->addRecord();
    else if (!m_readOnly)
        openEditor({});
}

void StructurePage::editRecord()
{
    if (StructureTab* tab = currentStructureTab()) {
        tab->editRecord();
        return;
    }
    if (m_readOnly)
        return;
    const TabSpec& spec = m_specs[m_tabs->currentIndex()];
    const QModelIndex current = spec.view->currentIndex();
    if (!current.isValid())
        return;
    const auto* proxy = static_cast<QSortFilterProxyModel*>(spec.view->model());
    openEditor(spec.model->recordAt(proxy->mapToSource(current).row()));
}

void StructurePage::openEditor(const QCborMap& record)
{
    const Tab tab = Tab(m_tabs->currentIndex());
    auto* dialog =
        new RecordEditDialog(m_session, m_specs[tab].saveOp, fields(tab, record), record, this);
    dialog->setWindowTitle(record.isEmpty() ? tr("New record") : tr("Edit record"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordEditDialog::saved, this, [this, tab] { load(tab); });
    dialog->open();
}
