// The sign-in ops: auth.login, auth.resume, auth.logout, auth.change_password, auth.unlock,
// me.
#include "auth/PasswordHasher.h"
#include "auth/SessionToken.h"
#include "dispatch/OpRegistry.h"
#include "dispatch/Scope.h"
#include "protocol/OpNames.h"
#include "storage/DiaryStore.h"
#include "storage/LoginFailureStore.h"
#include "storage/SessionStore.h"
#include "storage/StructureStore.h"
#include "storage/UserStore.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace {

class AuthHandler
{
    Q_DECLARE_TR_FUNCTIONS(AuthHandler)
public:
    static Result<QCborValue> login(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> resume(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> logout(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> changePassword(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> unlock(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> me(RequestContext& context, const QCborMap& args);

private:
    static Result<QCborValue> lockedOut(RequestContext& context, const QString& login,
                                        const QDateTime& windowStart);
    static Result<QCborValue> startSession(RequestContext& context, const UserRecord& user);
    // Records and audits a wrong password for `login` (`auditOp`), with the growing delay.
    static Result<QCborValue> wrongPassword(RequestContext& context, const QString& login,
                                            std::optional<qint64> userId, int recentFailures,
                                            const QString& auditOp);
};

QCborMap userToCbor(const UserRecord& user)
{
    QCborMap map;
    map.insert(QStringLiteral("id"), user.id);
    map.insert(QStringLiteral("login"), user.login);
    map.insert(QStringLiteral("full_name"), user.fullName);
    map.insert(QStringLiteral("roles"), QCborArray::fromStringList(user.roles.codes()));
    return map;
}

QString textArg(const QCborMap& args, const char* key)
{
    return args.value(QLatin1String(key)).toString();
}

Result<QCborValue> AuthHandler::lockedOut(RequestContext& context, const QString& login,
                                          const QDateTime& windowStart)
{
    const LoginFailureStore failures(context.db);
    auto oldest = failures.oldestSince(login, context.clientAddress, windowStart);
    if (!oldest)
        return oldest.error();
    const QDateTime unlockAt = oldest->addSecs(context.settings->lockoutWindowSeconds);
    const int minutes = std::max<qint64>(1, std::ceil(context.now.secsTo(unlockAt) / 60.0));
    AuditEntry entry;
    entry.op = QStringLiteral("auth.locked_out");
    entry.entity = QStringLiteral("login");
    entry.newValue = QJsonObject{{QStringLiteral("login"), login}};
    if (auto audited = context.audit(entry); !audited)
        return audited.error();
    context.commitOnError = true;
    context.replyDelayMs = context.settings->failedLoginDelayCapMs;
    Error error =
        makeError(ErrorCode::LockedOut,
                  tr("Too many failed sign-in attempts for this login from this computer. "
                     "Try again in %n minute(s).",
                     nullptr, minutes));
    error.details = QCborMap{{QStringLiteral("retry_after_seconds"), context.now.secsTo(unlockAt)}};
    return error;
}

Result<QCborValue> AuthHandler::wrongPassword(RequestContext& context, const QString& login,
                                              std::optional<qint64> userId, int recentFailures,
                                              const QString& auditOp)
{
    if (auto recorded =
            LoginFailureStore(context.db).record(login, context.clientAddress, context.now);
        !recorded)
        return recorded.error();
    AuditEntry entry;
    entry.op = auditOp;
    entry.entity = QStringLiteral("login");
    entry.entityId = userId;
    entry.newValue = QJsonObject{{QStringLiteral("login"), login}};
    if (auto audited = context.audit(entry); !audited)
        return audited.error();
    context.commitOnError = true;
    context.replyDelayMs =
        std::min(context.settings->failedLoginDelayCapMs,
                 context.settings->failedLoginDelayStepMs * (recentFailures + 1));
    return QCborValue();
}

Result<QCborValue> AuthHandler::startSession(RequestContext& context, const UserRecord& user)
{
    const QByteArray token = SessionToken::generate();
    auto sessionId = SessionStore(context.db)
                         .create(SessionToken::storedHash(token), user.id, context.clientAddress,
                                 context.clientName, context.now);
    if (!sessionId)
        return sessionId.error();
    context.sessionChange = {SessionChange::Kind::SignedIn, *sessionId};
    QCborMap result;
    result.insert(QStringLiteral("token"), QString::fromLatin1(token));
    result.insert(QStringLiteral("user"), userToCbor(user));
    result.insert(QStringLiteral("must_change_password"), user.mustChangePassword);
    return QCborValue(result);
}

Result<QCborValue> AuthHandler::login(RequestContext& context, const QCborMap& args)
{
    const QString login = textArg(args, "login").trimmed();
    const QString password = textArg(args, "password");
    if (login.isEmpty() || password.isEmpty())
        return makeError(ErrorCode::BadRequest, tr("Enter a login and a password."));

    const LoginFailureStore failures(context.db);
    const QDateTime windowStart = context.now.addSecs(-context.settings->lockoutWindowSeconds);
    auto recentFailures = failures.countSince(login, context.clientAddress, windowStart);
    if (!recentFailures)
        return recentFailures.error();
    if (*recentFailures >= context.settings->lockoutFailures)
        return lockedOut(context, login, windowStart);

    const UserStore users(context.db);
    auto found = users.findByLogin(login);
    if (!found)
        return found.error();
    const std::optional<UserRecord>& user = found.value();
    bool passwordOk = false;
    if (user)
        passwordOk = PasswordHasher::verify(user->passwordHash, password);
    else
        PasswordHasher::verifyDummy(password);

    if (!passwordOk) {
        auto failed =
            wrongPassword(context, login, user ? std::optional<qint64>(user->id) : std::nullopt,
                          *recentFailures, QStringLiteral("auth.login_failed"));
        if (!failed)
            return failed.error();
        return makeError(ErrorCode::Unauthenticated, tr("Wrong login or password."));
    }
    if (user->disabled)
        return makeError(ErrorCode::Unauthenticated,
                         tr("This account is disabled. Contact the school's administrator."));

    if (auto cleared = failures.clear(login, context.clientAddress); !cleared)
        return cleared.error();
    if (PasswordHasher::needsRehash(user->passwordHash)) {
        if (auto rehashed = users.setPassword(user->id, PasswordHasher::hash(password),
                                              user->mustChangePassword, context.now, user->id);
            !rehashed)
            return rehashed.error();
    }
    AuditEntry entry;
    entry.op = QStringLiteral("auth.login");
    entry.userId = user->id;
    entry.entity = QStringLiteral("user");
    entry.entityId = user->id;
    if (auto audited = context.audit(entry); !audited)
        return audited.error();
    return startSession(context, *user);
}

Result<QCborValue> AuthHandler::resume(RequestContext& context, const QCborMap& args)
{
    const QByteArray token = textArg(args, "token").toLatin1();
    if (token.isEmpty())
        return makeError(ErrorCode::BadRequest, tr("No session token given."));
    auto session = SessionStore(context.db)
                       .resume(SessionToken::storedHash(token), context.now,
                               context.settings->sessionIdleTimeoutSeconds);
    if (!session)
        return session.error();
    if (!session.value())
        return makeError(ErrorCode::Unauthenticated,
                         tr("Your session has ended. Please sign in again."));
    context.sessionChange = {SessionChange::Kind::SignedIn, session.value()->sessionId};
    QCborMap result;
    result.insert(QStringLiteral("token"), QString::fromLatin1(token));
    result.insert(QStringLiteral("user"), userToCbor(session.value()->user));
    result.insert(QStringLiteral("must_change_password"), session.value()->user.mustChangePassword);
    return QCborValue(result);
}

Result<QCborValue> AuthHandler::logout(RequestContext& context, const QCborMap&)
{
    if (auto revoked = SessionStore(context.db).revoke(context.session->sessionId, context.now);
        !revoked)
        return revoked.error();
    AuditEntry entry;
    entry.op = QStringLiteral("auth.logout");
    entry.entity = QStringLiteral("user");
    entry.entityId = context.userId();
    if (auto audited = context.audit(entry); !audited)
        return audited.error();
    context.sessionChange = {SessionChange::Kind::SignedOut, 0};
    return QCborValue(QCborMap());
}

Result<QCborValue> AuthHandler::changePassword(RequestContext& context, const QCborMap& args)
{
    const QString oldPassword = textArg(args, "old");
    const QString newPassword = textArg(args, "new");
    const UserStore users(context.db);
    auto found = users.findById(context.userId());
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("The account no longer exists."));
    const UserRecord& user = *found.value();
    if (!PasswordHasher::verify(user.passwordHash, oldPassword))
        return makeError(ErrorCode::BadRequest, tr("The current password is wrong."));
    if (newPassword.size() < context.settings->minimumPasswordLength) {
        return makeError(ErrorCode::BadRequest,
                         tr("The new password must have at least %n characters.", nullptr,
                            context.settings->minimumPasswordLength));
    }
    if (newPassword == oldPassword)
        return makeError(ErrorCode::BadRequest,
                         tr("The new password must differ from the old one."));
    const QString hash = PasswordHasher::hash(newPassword);
    if (hash.isEmpty())
        return makeError(ErrorCode::Internal, tr("The password could not be hashed."));
    if (auto saved = users.setPassword(user.id, hash, false, context.now, user.id); !saved)
        return saved.error();
    if (auto revoked = SessionStore(context.db).revokeAllOfUser(user.id, context.now); !revoked)
        return revoked.error();
    AuditEntry entry;
    entry.op = QStringLiteral("auth.change_password");
    entry.entity = QStringLiteral("user");
    entry.entityId = user.id;
    if (auto audited = context.audit(entry); !audited)
        return audited.error();
    UserRecord changed = user;
    changed.mustChangePassword = false;
    auto session = startSession(context, changed);
    if (!session)
        return session.error();
    QCborMap result;
    result.insert(QStringLiteral("token"), session->toMap().value(QStringLiteral("token")));
    return QCborValue(result);
}

// R20: the locked desktop asks for the password again. Failures count toward the same
// lockout as failed sign-ins, so a locked screen is no way round it; the session stays.
Result<QCborValue> AuthHandler::unlock(RequestContext& context, const QCborMap& args)
{
    const QString password = textArg(args, "password");
    if (password.isEmpty())
        return makeError(ErrorCode::BadRequest, tr("Enter your password."));
    auto found = UserStore(context.db).findById(context.userId());
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("The account no longer exists."));
    const UserRecord& user = *found.value();
    const LoginFailureStore failures(context.db);
    const QDateTime windowStart = context.now.addSecs(-context.settings->lockoutWindowSeconds);
    auto recentFailures = failures.countSince(user.login, context.clientAddress, windowStart);
    if (!recentFailures)
        return recentFailures.error();
    if (*recentFailures >= context.settings->lockoutFailures)
        return lockedOut(context, user.login, windowStart);
    if (!PasswordHasher::verify(user.passwordHash, password)) {
        auto failed = wrongPassword(context, user.login, user.id, *recentFailures,
                                    QStringLiteral("auth.unlock_failed"));
        if (!failed)
            return failed.error();
        return makeError(ErrorCode::Unauthenticated, tr("The current password is wrong."));
    }
    if (auto cleared = failures.clear(user.login, context.clientAddress); !cleared)
        return cleared.error();
    AuditEntry entry;
    entry.op = QStringLiteral("auth.unlock");
    entry.entity = QStringLiteral("user");
    entry.entityId = user.id;
    if (auto audited = context.audit(entry); !audited)
        return audited.error();
    return QCborValue(QCborMap());
}

Result<QCborValue> AuthHandler::me(RequestContext& context, const QCborMap&)
{
    const UserRecord& user = context.user();
    QCborArray ops;
    for (const OpSpec* spec : context.registry->all()) {
        if (OpRegistry::permits(*spec, user.roles, true))
            ops.append(spec->name);
    }
    QCborMap result;
    result.insert(QStringLiteral("user"), userToCbor(user));
    result.insert(QStringLiteral("roles"), QCborArray::fromStringList(user.roles.codes()));
    result.insert(QStringLiteral("must_change_password"), user.mustChangePassword);
    QCborArray classesLed;
    QCborArray assignments;
    auto yearId = Scope::yearFromArgs(context, {});
    if (yearId) {
        const StructureStore structure(context.db);
        auto led = structure.classesLedBy(user.id, *yearId);
        if (!led)
            return led.error();
        for (qint64 classId : led.value()) {
            auto group = structure.classGroup(classId, context.today());
            if (!group)
                return group.error();
            if (group.value())
                classesLed.append(group.value()->toCbor());
        }
        if (user.roles.contains(Role::Teacher)) {
            auto taught = structure.assignments({*yearId, user.id, 0});
            if (!taught)
                return taught.error();
            for (const Assignment& assignment : taught.value())
                assignments.append(assignment.toCbor());
        }
    }
    result.insert(QStringLiteral("classes_led"), classesLed);
    result.insert(QStringLiteral("assignments"), assignments);
    result.insert(QStringLiteral("ops"), ops);
    // Whose diary this user opens (R19): their own, or their children's.
    const DiaryStore diary(context.db);
    if (user.roles.contains(Role::Student)) {
        auto own = diary.studentOfUser(user.id);
        if (!own)
            return own.error();
        result.insert(QStringLiteral("student_id"),
                      own.value() ? QCborValue(own.value()) : QCborValue(nullptr));
    }
    if (user.roles.contains(Role::Parent)) {
        auto children = diary.childrenOf(user.id);
        if (!children)
            return children.error();
        QCborArray list;
        for (const ChildRef& child : children.value())
            list.append(QCborMap{{QStringLiteral("student_id"), child.studentId},
                                 {QStringLiteral("full_name"), child.fullName}});
        result.insert(QStringLiteral("children"), list);
    }
    return QCborValue(result);
}

} // namespace

void registerAuthOps(OpRegistry& registry)
{
    registry.add(
        {QString::fromLatin1(Op::AuthLogin), Access::Anyone, {}, &AuthHandler::login, {}, true});
    registry.add(
        {QString::fromLatin1(Op::AuthResume), Access::Anyone, {}, &AuthHandler::resume, {}, true});
    registry.add({QString::fromLatin1(Op::AuthLogout),
                  Access::SignedIn,
                  {},
                  &AuthHandler::logout,
                  {},
                  true});
    registry.add({QString::fromLatin1(Op::AuthChangePassword),
                  Access::SignedIn,
                  {},
                  &AuthHandler::changePassword,
                  {},
                  true});
    registry.add({QString::fromLatin1(Op::AuthUnlock),
                  Access::SignedIn,
                  {},
                  &AuthHandler::unlock,
                  {},
                  true});
    registry.add({QString::fromLatin1(Op::Me), Access::SignedIn, {}, &AuthHandler::me, {}, true});
}
