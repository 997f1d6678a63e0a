#include "dispatch/OpRegistry.h"

#include <QDebug>

void OpRegistry::add(OpSpec spec)
{
    Q_ASSERT_X(!m_index.contains(spec.name), "OpRegistry::add", "op registered twice");
    m_index.insert(spec.name, m_specs.size());
    m_specs.append(std::move(spec));
}

const OpSpec* OpRegistry::find(const QString& name) const
{
    const auto it = m_index.constFind(name);
    return it == m_index.cend() ? nullptr : &m_specs.at(*it);
}

QList<const OpSpec*> OpRegistry::all() const
{
    QList<const OpSpec*> specs;
    for (const OpSpec& spec : m_specs)
        specs.append(&spec);
    return specs;
}

bool OpRegistry::permits(const OpSpec& spec, const RoleSet& roles, bool signedIn)
{
    switch (spec.access) {
    case Access::Anyone:
        return true;
    case Access::SignedIn:
        return signedIn;
    case Access::Roles:
        return signedIn && spec.roles.intersects(roles);
    }
    return false;
}

OpRegistry buildOpRegistry()
{
    OpRegistry registry;
    registerAuthOps(registry);
    registerAuditOps(registry);
    registerStructureOps(registry);
    registerRosterOps(registry);
    registerRosterImportOps(registry);
    registerUserOps(registry);
    registerCurriculumOps(registry);
    registerJournalOps(registry);
    registerPeriodMarkOps(registry);
    registerSettingOps(registry);
    registerDiaryOps(registry);
    return registry;
}
