#pragma once

// Op names shared by server and clients (PROTOCOL.md); never renamed once built.
namespace Op {
inline constexpr char Hello[] = "hello";
inline constexpr char AuthLogin[] = "auth.login";
inline constexpr char AuthResume[] = "auth.resume";
inline constexpr char AuthLogout[] = "auth.logout";
inline constexpr char AuthChangePassword[] = "auth.change_password";
inline constexpr char AuthUnlock[] = "auth.unlock";
inline constexpr char Me[] = "me";
inline constexpr char AuditList[] = "audit.list";
inline constexpr char YearList[] = "year.list";
inline constexpr char YearSave[] = "year.save";
inline constexpr char PeriodList[] = "period.list";
inline constexpr char PeriodSave[] = "period.save";
inline constexpr char ClassList[] = "class.list";
inline constexpr char ClassSave[] = "class.save";
inline constexpr char SubjectList[] = "subject.list";
inline constexpr char SubjectSave[] = "subject.save";
inline constexpr char WorkTypeList[] = "work_type.list";
inline constexpr char WorkTypeSave[] = "work_type.save";
inline constexpr char AssignmentList[] = "assignment.list";
inline constexpr char AssignmentSave[] = "assignment.save";
inline constexpr char StudentList[] = "student.list";
inline constexpr char StudentAdmit[] = "student.admit";
inline constexpr char StudentTransfer[] = "student.transfer";
inline constexpr char StudentExpel[] = "student.expel";
inline constexpr char MovementList[] = "movement.list";
inline constexpr char RosterImport[] = "roster.import";
inline constexpr char UserList[] = "user.list";
inline constexpr char UserCreate[] = "user.create";
inline constexpr char UserResetPassword[] = "user.reset_password";
inline constexpr char UserDisable[] = "user.disable";
inline constexpr char StaffList[] = "staff.list";
inline constexpr char SettingList[] = "setting.list";
inline constexpr char SettingSet[] = "setting.set";
inline constexpr char CurriculumList[] = "curriculum.list";
inline constexpr char CurriculumSet[] = "curriculum.set";
inline constexpr char SubgroupList[] = "subgroup.list";
inline constexpr char SubgroupSave[] = "subgroup.save";
inline constexpr char SubgroupSetMembers[] = "subgroup.set_members";
inline constexpr char HolidayList[] = "holiday.list";
inline constexpr char HolidaySave[] = "holiday.save";
inline constexpr char JournalGet[] = "journal.get";
inline constexpr char LessonSave[] = "lesson.save";
inline constexpr char LessonDelete[] = "lesson.delete";
inline constexpr char CellSet[] = "cell.set";
inline constexpr char CellsSet[] = "cells.set";
inline constexpr char JournalSubscribe[] = "journal.subscribe";
inline constexpr char JournalUnsubscribe[] = "journal.unsubscribe";
inline constexpr char PeriodMarkSet[] = "period_mark.set";
inline constexpr char PeriodUnlock[] = "period.unlock";
inline constexpr char DiaryGet[] = "diary.get";
} // namespace Op

// Events pushed by the server.
namespace EventName {
inline constexpr char ServerStopping[] = "server.stopping";
inline constexpr char SessionRevoked[] = "session.revoked";
inline constexpr char JournalChanged[] = "journal.changed";
} // namespace EventName
