// roster.import: a class list from a CSV file as schools have it (R22). Every row is
// checked; a file with any problem imports nothing unless only the valid rows are asked
// for, and a dry run imports nothing and reports.
#include "dispatch/Args.h"
#include "dispatch/OpRegistry.h"
#include "dispatch/Scope.h"
#include "import/RosterCsv.h"
#include "protocol/OpNames.h"
#include "roster/RosterRules.h"
#include "storage/JournalStore.h"
#include "storage/RosterStore.h"
#include "storage/StructureStore.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <map>

namespace {

class RosterImportHandler
{
    Q_DECLARE_TR_FUNCTIONS(RosterImportHandler)
public:
    static Result<QCborValue> import(RequestContext& context, const QCborMap& args);
};

QCborMap issueToCbor(const RosterIssue& issue)
{
    return {{QStringLiteral("line"), issue.line},
            {QStringLiteral("column"), issue.column},
            {QStringLiteral("code"), issue.code},
            {QStringLiteral("message"), issue.message}};
}

// The file's bytes: `csv` as text, or as base64 with `csv_base64` (raw Windows-1251 bytes).
std::optional<QByteArray> fileBytes(const QCborMap& args)
{
    const QCborValue base64 = args.value(QStringLiteral("csv_base64"));
    if (base64.isString()) {
        auto decoded = QByteArray::fromBase64Encoding(base64.toString().toLatin1());
        if (!decoded)
            return std::nullopt;
        return *decoded;
    }
    const QCborValue text = args.value(QStringLiteral("csv"));
    if (text.isByteArray())
        return text.toByteArray();
    if (text.isString())
        return text.toString().toUtf8();
    return std::nullopt;
}

Result<QCborValue> RosterImportHandler::import(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    const qint64 onlyClassId = reader.id("class_id", false);
    const bool dryRun = reader.flag("dry_run");
    const bool validOnly = reader.flag("valid_only");
    const QString encoding = reader.text("encoding", false);
    QDate date = reader.date("date", false);
    if (auto error = reader.error())
        return *error;
    if (!date.isValid())
        date = context.today();
    const auto bytes = fileBytes(args);
    if (!bytes)
        return makeError(ErrorCode::BadRequest, tr("Send the file as csv (text) or csv_base64."));
    Movement order;
    order.kind = QStringLiteral("admit");
    order.onDate = date;
    order.orderNo = args.value(QStringLiteral("order_no")).toString().trimmed();
    order.orderDate =
        QDate::fromString(args.value(QStringLiteral("order_date")).toString(), Qt::ISODate);
    if (!dryRun) {
        if (auto refused = RosterRules::checkOrder(order.orderNo, order.orderDate, date))
            return *refused;
    }
    auto yearId = Scope::yearFromArgs(context, args);
    if (!yearId)
        return yearId.error();

    const RosterFile file = RosterCsv::parseRoster(*bytes, encoding);
    const StructureStore structure(context.db);
    const RosterStore roster(context.db);
    std::map<QString, qint64> classIds; // title → id, 0 when unknown or not the chosen class
    std::optional<Error> storageError;
    auto classExists = [&](const QString& title) {
        const qsizetype split = title.indexOf(QRegularExpression(QStringLiteral("\\D")));
        auto found = structure.classByTitle(*yearId, title.left(split).toInt(), title.mid(split),
                                            context.today());
        if (!found) {
            storageError = found.error();
            return false;
        }
        const qint64 id = found.value() ? found.value()->id : 0;
        classIds[title] = (onlyClassId && id != onlyClassId) ? 0 : id;
        return classIds[title] != 0;
    };
    auto fileNoTaken = [&](const QString& fileNo) {
        auto taken = roster.fileNoTaken(fileNo);
        if (!taken) {
            storageError = taken.error();
            return false;
        }
        return taken.value();
    };
    const QList<RosterIssue> schoolIssues = RosterCsv::validate(file, classExists, fileNoTaken);
    if (storageError)
        return *storageError;
    QList<RosterIssue> issues = file.issues + schoolIssues;
    std::sort(issues.begin(), issues.end(),
              [](const RosterIssue& a, const RosterIssue& b) { return a.line < b.line; });
    const QList<RosterRow> valid = file.validRows(schoolIssues);
    const bool importing = !dryRun && (issues.isEmpty() || validOnly) && !valid.isEmpty();
    int imported = 0;
    QSet<qint64> classesChanged;
    if (importing) {
        for (const RosterRow& row : valid) {
            PersonData person{row.lastName, row.firstName, row.middleName, row.birthDate,
                              QString(row.sex)};
            const qint64 classId = classIds[row.classTitle];
            auto closed = structure.classYearClosed(classId);
            if (!closed)
                return closed.error();
            if (closed.value())
                return RosterRules::yearClosed();
            Movement movement = order;
            movement.toClassId = classId;
            if (auto admitted = roster.admitNewStudent(person, row.personalFileNo, movement,
                                                       context.now, context.userId());
                !admitted)
                return admitted.error();
            AuditEntry entry;
            entry.op = QStringLiteral("roster.import");
            entry.entity = QStringLiteral("student");
            entry.entityId = movement.studentId;
            entry.newValue = QJsonObject{{QStringLiteral("name"), person.fullName()},
                                         {QStringLiteral("class_id"), classId},
                                         {QStringLiteral("line"), row.line},
                                         {QStringLiteral("order_no"), order.orderNo}};
            if (auto audited = context.audit(entry); !audited)
                return audited.error();
            classesChanged.insert(classId);
            ++imported;
        }
    }

    const JournalStore journals(context.db);
    for (qint64 classId : std::as_const(classesChanged)) {
        if (auto notified = journals.notifyClassChanged(classId); !notified)
            return notified.error();
    }
    QCborArray issueArray;
    for (const RosterIssue& issue : issues)
        issueArray.append(issueToCbor(issue));
    QCborArray preview;
    for (const QStringList& record : file.preview)
        preview.append(QCborArray::fromStringList(record));
    QCborMap result;
    result.insert(QStringLiteral("encoding"), file.encoding);
    result.insert(QStringLiteral("separator"), QString(file.separator));
    result.insert(QStringLiteral("header"), QCborArray::fromStringList(file.header));
    result.insert(QStringLiteral("preview"), preview);
    result.insert(QStringLiteral("rows"), file.rows.size());
    result.insert(QStringLiteral("valid_rows"), valid.size());
    result.insert(QStringLiteral("issues"), issueArray);
    result.insert(QStringLiteral("imported"), imported);
    result.insert(QStringLiteral("dry_run"), dryRun);
    return QCborValue(result);
}

} // namespace

void registerRosterImportOps(OpRegistry& registry)
{
    registry.add({QString::fromLatin1(Op::RosterImport),
                  Access::Roles,
                  RoleSet{Role::Secretary, Role::Admin},
                  &RosterImportHandler::import,
                  {},
                  false});
}
