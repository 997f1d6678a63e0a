#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

struct ServerSettings;

// The school's windows for journal entries, kept as school settings (school_setting):
// marks, absences and topics on the lesson's day, written work within a week (R06), homework
// within 1.5 hours of the class's last lesson or by the end of the working day (R10).
struct EntryWindows
{
    Q_DECLARE_TR_FUNCTIONS(EntryWindows)
public:
    static constexpr char kEntryDays[] = "entry_window_days";
    static constexpr char kWrittenWorkDays[] = "written_work_window_days";
    static constexpr char kHomework[] = "homework_window"; // minutes, or "end_of_day"
    static constexpr char kEndOfDay[] = "end_of_day";

    int entryDays = 0;
    int writtenWorkDays = 7;
    int homeworkMinutes = 90; // after the end of the class's lessons that day
    bool homeworkByEndOfDay = false;

    // The settings in the database over the server's defaults.
    static Result<EntryWindows> load(const QSqlDatabase& db, const ServerSettings& defaults);
    static QStringList keys();
    // Why `value` is not a valid value for `key`; nullopt when it is.
    static std::optional<QString> problem(const QString& key, const QString& value);
};
