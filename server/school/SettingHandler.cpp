// The school's own settings for the journal rules: entry windows (R06) and the homework
// window (R10). Read by the staff, changed by the administration, audited.
#include "dispatch/Args.h"
#include "dispatch/OpRegistry.h"
#include "dispatch/RoleGroups.h"
#include "journal/EntryWindows.h"
#include "protocol/OpNames.h"
#include "storage/SettingsStore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {

class SettingHandler
{
    Q_DECLARE_TR_FUNCTIONS(SettingHandler)
public:
    static Result<QCborValue> list(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> set(RequestContext& context, const QCborMap& args);
};

Result<QCborValue> SettingHandler::list(RequestContext& context, const QCborMap&)
{
    auto windows = EntryWindows::load(context.db, *context.settings);
    if (!windows)
        return windows.error();
    return QCborValue(QCborMap{
        {QStringLiteral("settings"),
         QCborMap{{QLatin1String(EntryWindows::kEntryDays), windows->entryDays},
                  {QLatin1String(EntryWindows::kWrittenWorkDays), windows->writtenWorkDays},
                  {QLatin1String(EntryWindows::kHomework),
                   windows->homeworkByEndOfDay
                       ? QCborValue(QLatin1String(EntryWindows::kEndOfDay))
                       : QCborValue(QString::number(windows->homeworkMinutes))}}}});
}

Result<QCborValue> SettingHandler::set(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    const QString key = reader.text("key");
    // A number is as good as its text ("7" or 7).
    const QCborValue given = args.value(QStringLiteral("value"));
    const QString value =
        (given.isInteger() ? QString::number(given.toInteger()) : reader.text("value")).trimmed();
    if (auto error = reader.error())
        return *error;
    if (auto problem = EntryWindows::problem(key, value))
        return makeError(ErrorCode::BadRequest, *problem);
    const SettingsStore store(context.db);
    auto before = store.value(key);
    if (!before)
        return before.error();
    if (auto saved = store.setValue(key, value, context.now); !saved)
        return saved.error();
    AuditEntry entry;
    entry.op = QString::fromLatin1(Op::SettingSet);
    entry.entity = QStringLiteral("school_setting");
    entry.oldValue = QJsonObject{{key, *before}};
    entry.newValue = QJsonObject{{key, value}};
    if (auto audited = context.audit(entry); !audited)
        return audited.error();
    return list(context, {});
}

} // namespace

void registerSettingOps(OpRegistry& registry)
{
    registry.add({QString::fromLatin1(Op::SettingList),
                  Access::Roles,
                  RoleGroups::staff,
                  &SettingHandler::list,
                  {},
                  false});
    registry.add({QString::fromLatin1(Op::SettingSet),
                  Access::Roles,
                  RoleSet{Role::Admin, Role::Director, Role::Deputy},
                  &SettingHandler::set,
                  {},
                  false});
}
