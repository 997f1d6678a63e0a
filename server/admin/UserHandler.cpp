// Account ops (R20): the administrator hands out staff credentials; a class teacher hands
// out those of the students and parents of the class they lead. New and reset passwords
// are generated, shown once in the reply and must be changed at first sign-in.
#include "admin/LoginGenerator.h"
#include "auth/PasswordHasher.h"
#include "dispatch/Args.h"
#include "dispatch/OpRegistry.h"
#include "dispatch/RoleGroups.h"
#include "protocol/OpNames.h"
#include "storage/AccountStore.h"
#include "storage/SessionStore.h"
#include "storage/StructureStore.h"
#include "storage/UserStore.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

constexpr int kGeneratedPasswordLength = 10;
constexpr int kMaxLoginSuffix = 99;

class UserHandler
{
    Q_DECLARE_TR_FUNCTIONS(UserHandler)
public:
    static Result<QCborValue> list(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> create(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> resetPassword(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> disable(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> listStaff(RequestContext& context, const QCborMap& args);

    // Admins reach every account; a class teacher only students and parents of their class.
    static std::optional<Error> checkAccountScope(const RequestContext& context, qint64 userId);

private:
    static Result<QString> freeLogin(const AccountStore& accounts, const QString& wanted,
                                     bool exact);
};

bool isAdmin(const RequestContext& context)
{
    return context.user().roles.contains(Role::Admin);
}

QCborMap accountToCbor(const AccountRow& row)
{
    QCborArray children;
    for (qint64 id : row.childStudentIds)
        children.append(id);
    return {{QStringLiteral("id"), row.user.id},
            {QStringLiteral("login"), row.user.login},
            {QStringLiteral("full_name"), row.user.fullName},
            {QStringLiteral("roles"), QCborArray::fromStringList(row.user.roles.codes())},
            {QStringLiteral("disabled"), row.user.disabled},
            {QStringLiteral("must_change_password"), row.user.mustChangePassword},
            {QStringLiteral("student_id"),
             row.studentId ? QCborValue(row.studentId) : QCborValue(nullptr)},
            {QStringLiteral("children"), children}};
}

std::optional<Error> UserHandler::checkAccountScope(const RequestContext& context, qint64 userId)
{
    if (isAdmin(context))
        return std::nullopt;
    auto target = UserStore(context.db).findById(userId);
    if (!target)
        return target.error();
    if (!target.value())
        return makeError(ErrorCode::NotFound, tr("No such account."));
    for (Role role : target.value()->roles.toList()) {
        if (!RoleGroups::family.contains(role))
            return makeError(ErrorCode::Forbidden,
                             tr("Only the administrator manages staff accounts (R20)."),
                             QStringLiteral("R20"));
    }
    auto inClass = AccountStore(context.db).accountInClassLedBy(userId, context.userId());
    if (!inClass)
        return inClass.error();
    if (!inClass.value())
        return makeError(ErrorCode::Forbidden,
                         tr("A class teacher manages the accounts of their own class only (R20)."),
                         QStringLiteral("R20"));
    return std::nullopt;
}

Result<QString> UserHandler::freeLogin(const AccountStore& accounts, const QString& wanted,
                                       bool exact)
{
    for (int suffix = 1; suffix <= kMaxLoginSuffix; ++suffix) {
        const QString candidate = suffix == 1 ? wanted : wanted + QString::number(suffix);
        auto taken = accounts.loginTaken(candidate);
        if (!taken)
            return taken.error();
        if (!taken.value())
            return candidate;
        if (exact)
            return makeError(ErrorCode::Conflict, tr("The login %1 is taken.").arg(wanted));
    }
    return makeError(ErrorCode::Conflict, tr("No free login like %1.").arg(wanted));
}

Result<QCborValue> UserHandler::list(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    const qint64 classId = reader.id("class_id", !isAdmin(context));
    if (auto error = reader.error())
        return *error;
    const AccountStore accounts(context.db);
    if (classId && !isAdmin(context)) {
        auto led = StructureStore(context.db).classGroup(classId, context.today());
        if (!led)
            return led.error();
        if (!led.value() || led.value()->homeroomTeacherId != context.userId())
            return makeError(ErrorCode::Forbidden,
                             tr("A class teacher sees the accounts of their own class only (R20)."),
                             QStringLiteral("R20"));
    }
    auto rows = classId ? accounts.ofClass(classId) : accounts.all();
    if (!rows)
        return rows.error();
    QCborArray users;
    for (const AccountRow& row : rows.value())
        users.append(accountToCbor(row));
    return QCborValue(QCborMap{{QStringLiteral("users"), users}});
}

Result<QCborValue> UserHandler::create(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    QString fullName = reader.text("full_name", false);
    const QString wantedLogin = reader.text("login", false);
    const qint64 studentId = reader.id("student_id", false);
    const qint64 childId = reader.id("child_student_id", false);
    if (auto error = reader.error())
        return *error;
    QStringList codes;
    for (const QCborValue& code : args.value(QStringLiteral("roles")).toArray())
        codes.append(code.toString());
    const RoleSet roles = RoleSet::fromCodes(codes);
    if (roles.isEmpty() || roles.codes().size() != codes.size())
        return makeError(ErrorCode::BadRequest, tr("Give the account's roles (known role codes)."));
    if (roles.contains(Role::Student) && roles.codes().size() > 1)
        return makeError(ErrorCode::BadRequest,
                         tr("A student's account holds the student role only."));
    if (roles.contains(Role::Student) != (studentId != 0))
        return makeError(ErrorCode::BadRequest,
                         tr("A student account needs student_id, and only it."));
    if (roles.contains(Role::Parent) != (childId != 0))
        return makeError(ErrorCode::BadRequest, tr("A parent account needs child_student_id."));

    const AccountStore accounts(context.db);
    if (!isAdmin(context)) {
        for (Role role : roles.toList()) {
            if (!RoleGroups::family.contains(role))
                return makeError(ErrorCode::Forbidden,
                                 tr("Only the administrator creates staff accounts (R20)."),
                                 QStringLiteral("R20"));
        }
        auto inClass =
            accounts.studentInClassLedBy(studentId ? studentId : childId, context.userId());
        if (!inClass)
            return inClass.error();
        if (!inClass.value())
            return makeError(ErrorCode::Forbidden,
                             tr("A class teacher creates accounts for their own class only (R20)."),
                             QStringLiteral("R20"));
    }
    for (qint64 id : {studentId, childId}) {
        if (!id)
            continue;
        auto person = accounts.studentPerson(id);
        if (!person)
            return person.error();
        if (!person.value())
            return makeError(ErrorCode::NotFound, tr("No such student."));
        if (id == studentId && fullName.isEmpty())
            fullName = person.value()->fullName();
    }
    if (fullName.isEmpty())
        return makeError(ErrorCode::BadRequest, tr("Give the person's full name."));
    if (studentId) {
        auto has = accounts.studentHasAccount(studentId);
        if (!has)
            return has.error();
        if (has.value())
            return makeError(ErrorCode::Conflict, tr("This student already has an account."));
    }
    auto login = freeLogin(
        accounts, wantedLogin.isEmpty() ? LoginGenerator::fromFullName(fullName) : wantedLogin,
        !wantedLogin.isEmpty());
    if (!login)
        return login.error();
    const QString password = PasswordHasher::generatePassword(kGeneratedPasswordLength);
    NewUser user{*login, PasswordHasher::hash(password), fullName, roles, true};
    auto userId = UserStore(context.db).create(user, context.now, context.userId());
    if (!userId)
        return userId.error();
    if (studentId) {
        if (auto linked = accounts.linkStudentAccount(*userId, studentId); !linked)
            return linked.error();
    }
    if (childId) {
        if (auto linked = accounts.linkParent(*userId, childId); !linked)
            return linked.error();
    }
    AuditEntry entry;
    entry.op = QStringLiteral("user.create");
    entry.entity = QStringLiteral("user");
    entry.entityId = *userId;
    entry.newValue = QJsonObject{
        {QStringLiteral("login"), *login},
        {QStringLiteral("full_name"), fullName},
        {QStringLiteral("roles"), QJsonArray::fromStringList(roles.codes())},
        {QStringLiteral("student_id"), studentId ? QJsonValue(studentId) : QJsonValue()},
        {QStringLiteral("child_student_id"), childId ? QJsonValue(childId) : QJsonValue()}};
    if (auto audited = context.audit(entry); !audited)
        return audited.error();
    return QCborValue(
        QCborMap{{QStringLiteral("user"),
                  QCborMap{{QStringLiteral("id"), *userId},
                           {QStringLiteral("login"), *login},
                           {QStringLiteral("full_name"), fullName},
                           {QStringLiteral("roles"), QCborArray::fromStringList(roles.codes())}}},
                 {QStringLiteral("password"), password}});
}

Result<QCborValue> UserHandler::resetPassword(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    const qint64 userId = reader.id("user_id");
    if (auto error = reader.error())
        return *error;
    if (auto refused = checkAccountScope(context, userId))
        return *refused;
    const QString password = PasswordHasher::generatePassword(kGeneratedPasswordLength);
    if (auto saved = UserStore(context.db)
                         .setPassword(userId, PasswordHasher::hash(password), true, context.now,
                                      context.userId());
        !saved)
        return saved.error();
    if (auto revoked = SessionStore(context.db).revokeAllOfUser(userId, context.now); !revoked)
        return revoked.error();
    AuditEntry entry;
    entry.op = QStringLiteral("user.reset_password");
    entry.entity = QStringLiteral("user");
    entry.entityId = userId;
    if (auto audited = context.audit(entry); !audited)
        return audited.error();
    return QCborValue(QCborMap{{QStringLiteral("password"), password}});
}

Result<QCborValue> UserHandler::disable(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    const qint64 userId = reader.id("user_id");
    if (auto error = reader.error())
        return *error;
    if (userId == context.userId())
        return makeError(ErrorCode::BadRequest, tr("You cannot disable your own account."));
    if (auto refused = checkAccountScope(context, userId))
        return *refused;
    if (auto saved = UserStore(context.db).setDisabled(userId, true, context.now, context.userId());
        !saved)
        return saved.error();
    if (auto revoked = SessionStore(context.db).revokeAllOfUser(userId, context.now); !revoked)
        return revoked.error();
    AuditEntry entry;
    entry.op = QStringLiteral("user.disable");
    entry.entity = QStringLiteral("user");
    entry.entityId = userId;
    if (auto audited = context.audit(entry); !audited)
        return audited.error();
    return QCborValue(QCborMap());
}

// Staff (no students or parents) for pickers: class teachers, journal teachers.
Result<QCborValue> UserHandler::listStaff(RequestContext& context, const QCborMap&)
{
    auto users = UserStore(context.db).list();
    if (!users)
        return users.error();
    const bool seesLogins = context.user().roles.intersects(RoleGroups::schoolWide);
    QCborArray staff;
    for (const UserRecord& user : users.value()) {
        if (user.disabled || user.roles.contains(Role::Student) ||
            user.roles.contains(Role::Parent))
            continue;
        QCborMap entry{{QStringLiteral("id"), user.id},
                       {QStringLiteral("full_name"), user.fullName},
                       {QStringLiteral("roles"), QCborArray::fromStringList(user.roles.codes())}};
        if (seesLogins) // teachers pick a substitute by name; logins stay with the office
            entry.insert(QStringLiteral("login"), user.login);
        staff.append(entry);
    }
    return QCborValue(QCborMap{{QStringLiteral("staff"), staff}});
}

OpSpec accountOp(const char* name, OpHandler handler)
{
    return {QString::fromLatin1(name),
            Access::Roles,
            RoleSet{Role::Admin, Role::ClassTeacher},
            std::move(handler),
            {},
            false};
}

} // namespace

void registerUserOps(OpRegistry& registry)
{
    registry.add(accountOp(Op::UserList, &UserHandler::list));
    registry.add(accountOp(Op::UserCreate, &UserHandler::create));
    registry.add(accountOp(Op::UserResetPassword, &UserHandler::resetPassword));
    registry.add(accountOp(Op::UserDisable, &UserHandler::disable));
    registry.add({QString::fromLatin1(Op::StaffList),
                  Access::Roles,
                  RoleGroups::staff,
                  &UserHandler::listStaff,
                  {},
                  false});
}
