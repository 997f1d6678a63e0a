#pragma once

#include "domain/Role.h"
#include "domain/SchoolTypes.h"
#include "print/CredentialSlips.h"

#include <QCheckBox>
#include <QDialog>
#include <QMap>

class DesktopSession;
class QComboBox;
class QDialogButtonBox;
class FormErrorLabel;
class QLabel;
class QLineEdit;
class QStackedWidget;
struct Reply;

// Creates an account (user.create, R20): a staff member with roles (administrator), or a
// student's or a parent's account for a student of a class (administrator, class teacher).
// The server generates the initial password; the dialog hands it on as a slip.
class CreateUserDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        Staff,
        Student,
        Parent
    };

    // `classes`: the classes whose students the user may give accounts to.
    CreateUserDialog(DesktopSession* session, bool mayCreateStaff, const QList<ClassGroup>& classes,
                     QWidget* parent = nullptr);

    int requestsSent() const { return m_requestsSent; }
    QString errorText() const;
    void accept() override;

Q_SIGNALS:
    void created(const CredentialSlip& slip);
    void studentsLoaded();

private:
    Kind kind() const;
    void updateKind();
    void loadStudents();
    void onReply(const Reply& reply, const QString& classTitle);
    void showError(const QString& message);

    DesktopSession* m_session;
    QComboBox* m_kind;
    QStackedWidget* m_stack;
    QLineEdit* m_fullName;
    QLineEdit* m_login;
    QMap<Role, QCheckBox*> m_roles;
    QComboBox* m_class;
    QComboBox* m_student;
    QLineEdit* m_parentName;
    QLabel* m_parentNameLabel;
    FormErrorLabel* m_error;
    QDialogButtonBox* m_buttons;
    int m_requestsSent = 0;
};
