#pragma once

#include "core/Result.h"
#include "dispatch/RequestContext.h"
#include "domain/Role.h"

#include <QCborMap>
#include <QCborValue>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

// Who may call an op at all; finer scope (own journal, own child) is the op's scope check.
enum class Access
{
    Anyone,   // before sign-in (auth.login, auth.resume)
    SignedIn, // any role
    Roles,    // one of the listed roles
};

using OpHandler = std::function<Result<QCborValue>(RequestContext&, const QCborMap& args)>;
// Returns an error when the caller may not touch what args name; runs before the handler.
using ScopeCheck = std::function<std::optional<Error>(const RequestContext&, const QCborMap& args)>;

// One op as declared by its area: name, who may call it, and what it does.
struct OpSpec
{
    QString name;
    Access access = Access::Roles;
    RoleSet roles;
    OpHandler handler;
    ScopeCheck scope;
    // May run while the user still has to replace the initial password.
    bool allowedBeforePasswordChange = false;
    // Takes an `idempotency_key`: repeated with the same key, the op is applied once and the
    // first reply answered again (R30, the desktop's offline queue).
    bool idempotent = false;
};

// The one table of ops; the dispatcher consults it before any handler runs.
class OpRegistry
{
public:
    void add(OpSpec spec);
    const OpSpec* find(const QString& name) const;
    QList<const OpSpec*> all() const;
    // Whether holders of these roles pass the op's role check.
    static bool permits(const OpSpec& spec, const RoleSet& roles, bool signedIn);

private:
    QList<OpSpec> m_specs;
    QHash<QString, qsizetype> m_index;
};

// Each area's table of ops.
void registerAuthOps(OpRegistry& registry);
void registerAuditOps(OpRegistry& registry);
void registerStructureOps(OpRegistry& registry);
void registerRosterOps(OpRegistry& registry);
void registerRosterImportOps(OpRegistry& registry);
void registerUserOps(OpRegistry& registry);
void registerCurriculumOps(OpRegistry& registry);
void registerJournalOps(OpRegistry& registry);
void registerPeriodMarkOps(OpRegistry& registry);
void registerDiaryOps(OpRegistry& registry);
void registerSettingOps(OpRegistry& registry);
// All areas: what the server serves.
OpRegistry buildOpRegistry();
