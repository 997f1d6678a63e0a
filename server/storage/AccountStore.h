#pragma once

#include "core/Result.h"
#include "domain/SchoolTypes.h"
#include "storage/UserStore.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

// An account as the users screen lists it: who it is and whom it belongs to.
struct AccountRow
{
    UserRecord user;
    qint64 studentId = 0;          // a student's own account
    QList<qint64> childStudentIds; // a parent's children
};

// Accounts of students and parents and their links (R20): which student an account
// belongs to, which children a parent has, and whose class that is.
class AccountStore
{
public:
    explicit AccountStore(const QSqlDatabase& db)
        : m_db(db)
    {}

    Result<QList<AccountRow>> all() const;
    // Students of the class now and their parents.
    Result<QList<AccountRow>> ofClass(qint64 classId) const;
    Status linkStudentAccount(qint64 userId, qint64 studentId) const;
    Status linkParent(qint64 parentUserId, qint64 studentId) const;
    Result<bool> studentHasAccount(qint64 studentId) const;
    // Whether the student is now in a class the user leads.
    Result<bool> studentInClassLedBy(qint64 studentId, qint64 classTeacherId) const;
    // Whether the account is a student, or a parent of a student, of a class the user leads.
    Result<bool> accountInClassLedBy(qint64 userId, qint64 classTeacherId) const;
    Result<bool> loginTaken(const QString& login) const;
    Result<std::optional<PersonData>> studentPerson(qint64 studentId) const;

private:
    Result<QList<AccountRow>> select(const QString& condition, const QVariantList& values) const;
    QSqlDatabase m_db;
};
