#include "admin/CreateUserDialog.h"

#include "main/RoleNames.h"
#include "protocol/OpNames.h"
#include "session/DesktopSession.h"
#include "widgets/FormErrorLabel.h"

#include <QCborArray>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
const QList<Role> kStaffRoles{Role::Admin,     Role::Director, Role::Deputy,
                              Role::Secretary, Role::Teacher,  Role::ClassTeacher};
}

CreateUserDialog::CreateUserDialog(DesktopSession* session, bool mayCreateStaff,
                                   const QList<ClassGroup>& classes, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("createUserDialog"));
    setWindowTitle(tr("New account"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    if (mayCreateStaff)
        m_kind->addItem(tr("Staff member"), int(Kind::Staff));
    m_kind->addItem(tr("Student"), int(Kind::Student));
    m_kind->addItem(tr("Parent of a student"), int(Kind::Parent));
    top->addRow(tr("&Account for:"), m_kind);
    layout->addLayout(top);

    m_stack = new QStackedWidget(this);
    auto* staff = new QWidget(m_stack);
    auto* staffForm = new QFormLayout(staff);
    m_fullName = new QLineEdit(staff);
    m_fullName->setObjectName(QStringLiteral("fullNameEdit"));
    m_login = new QLineEdit(staff);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setPlaceholderText(tr("generated if empty"));
    auto* roles = new QGridLayout;
    int index = 0;
    for (Role role : kStaffRoles) {
        auto* box = new QCheckBox(RoleNames::name(role), staff);
        box->setObjectName(QStringLiteral("role_") + roleCode(role));
        m_roles.insert(role, box);
        roles->addWidget(box, index / 2, index % 2);
        ++index;
    }
    staffForm->addRow(tr("&Full name:"), m_fullName);
    staffForm->addRow(tr("&Login:"), m_login);
    staffForm->addRow(tr("Roles:"), roles);
    auto* pupil = new QWidget(m_stack);
    auto* pupilForm = new QFormLayout(pupil);
    m_class = new QComboBox(pupil);
    m_class->setObjectName(QStringLiteral("classCombo"));
    for (const ClassGroup& group : classes)
        m_class->addItem(group.title(), group.id);
    m_student = new QComboBox(pupil);
    m_student->setObjectName(QStringLiteral("studentCombo"));
    m_parentName = new QLineEdit(pupil);
    m_parentName->setObjectName(QStringLiteral("parentNameEdit"));
    m_parentNameLabel = new QLabel(tr("Parent's full &name:"), pupil);
    m_parentNameLabel->setBuddy(m_parentName);
    pupilForm->addRow(tr("&Class:"), m_class);
    pupilForm->addRow(tr("&Student:"), m_student);
    pupilForm->addRow(m_parentNameLabel, m_parentName);
    m_stack->addWidget(staff);
    m_stack->addWidget(pupil);
    layout->addWidget(m_stack);

    m_error = new FormErrorLabel(this);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateUserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CreateUserDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CreateUserDialog::updateKind);
    connect(m_class, &QComboBox::currentIndexChanged, this, &CreateUserDialog::loadStudents);
    updateKind();
    loadStudents();
}

CreateUserDialog::Kind CreateUserDialog::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void CreateUserDialog::updateKind()
{
    const Kind current = kind();
    m_stack->setCurrentIndex(current == Kind::Staff ? 0 : 1);
    m_parentName->setVisible(current == Kind::Parent);
    m_parentNameLabel->setVisible(current == Kind::Parent);
}

void CreateUserDialog::loadStudents()
{
    m_student->clear();
    const qint64 classId = m_class->currentData().toLongLong();
    if (classId == 0)
        return;
    QPointer<CreateUserDialog> self(this);
    m_session->send(QString::fromLatin1(Op::StudentList), {{QStringLiteral("class_id"), classId}},
                    [self, classId](const Reply& reply) {
                        if (!self || self->m_class->currentData().toLongLong() != classId)
                            return;
                        if (!reply.ok) {
                            self->showError(reply.error.message);
                            return;
                        }
                        for (const QCborValue& value :
                             reply.result[QStringLiteral("students")].toArray()) {
                            const RosterStudent student = RosterStudent::fromCbor(value.toMap());
                            self->m_student->addItem(student.person.fullName(), student.id);
                        }
                        Q_EMIT self->studentsLoaded();
                    });
}

QString CreateUserDialog::errorText() const
{
    return m_error->message();
}

void CreateUserDialog::showError(const QString& message)
{
    m_error->setMessage(message);
}

void CreateUserDialog::accept()
{
    QCborMap args;
    QString classTitle;
    switch (kind()) {
    case Kind::Staff: {
        const QString name = m_fullName->text().simplified();
        QStringList codes;
        for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it) {
            if (it.value()->isChecked())
                codes.append(roleCode(it.key()));
        }
        if (name.isEmpty()) {
            m_fullName->setFocus();
            showError(tr("Enter the full name."));
            return;
        }
        if (codes.isEmpty()) {
            showError(tr("Choose at least one role."));
            return;
        }
        args.insert(QStringLiteral("full_name"), name);
        args.insert(QStringLiteral("roles"), QCborArray::fromStringList(codes));
        if (!m_login->text().trimmed().isEmpty())
            args.insert(QStringLiteral("login"), m_login->text().trimmed());
        break;
    }
    case Kind::Student:
    case Kind::Parent: {
        const qint64 studentId = m_student->currentData().toLongLong();
        if (studentId == 0) {
            m_student->setFocus();
            showError(tr("Choose the student."));
            return;
        }
        classTitle = m_class->currentText();
        if (kind() == Kind::Student) {
            args.insert(QStringLiteral("full_name"), m_student->currentText());
            args.insert(QStringLiteral("roles"), QCborArray{roleCode(Role::Student)});
            args.insert(QStringLiteral("student_id"), studentId);
        } else {
            const QString name = m_parentName->text().simplified();
            if (name.isEmpty()) {
                m_parentName->setFocus();
                showError(tr("Enter the parent's full name."));
                return;
            }
            args.insert(QStringLiteral("full_name"), name);
            args.insert(QStringLiteral("roles"), QCborArray{roleCode(Role::Parent)});
            args.insert(QStringLiteral("child_student_id"), studentId);
        }
        break;
    }
    }
    showError({});
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    setCursor(Qt::BusyCursor);
    ++m_requestsSent;
    QPointer<CreateUserDialog> self(this);
    m_session->send(QString::fromLatin1(Op::UserCreate), args,
                    [self, classTitle](const Reply& reply) {
                        if (self)
                            self->onReply(reply, classTitle);
                    });
}

void CreateUserDialog::onReply(const Reply& reply, const QString& classTitle)
{
    unsetCursor();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    if (!reply.ok) {
        showError(reply.error.message);
        return;
    }
    const QCborMap user = reply.result[QStringLiteral("user")].toMap();
    CredentialSlip slip;
    slip.fullName = user.value(QStringLiteral("full_name")).toString();
    slip.login = user.value(QStringLiteral("login")).toString();
    slip.password = reply.result[QStringLiteral("password")].toString();
    slip.classTitle = classTitle;
    Q_EMIT created(slip);
    QDialog::accept();
}
