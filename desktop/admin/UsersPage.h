#pragma once

#include "domain/SchoolTypes.h"
#include "print/CredentialSlips.h"

#include <QWidget>

class DesktopSession;
class IssuedCredentials;
class QAction;
class QLabel;
class QLineEdit;
class QPrinter;
class QSortFilterProxyModel;
class QTableView;
class UserListModel;
struct UserAccount;

// «Пользователи» (R20): the accounts the user may manage, create / reset password / disable,
// and the credential slips of the passwords issued in this session.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(DesktopSession* session, QWidget* parent = nullptr);

    UserListModel* model() const { return m_model; }
    IssuedCredentials* credentials() const { return m_credentials; }
    QString schoolName() const;
    QString serverAddress() const;

public Q_SLOTS:
    void reload();
    void createUser();
    void resetPassword();
    void disableUser();
    void printSlips();
    void saveSlipsPdf();

Q_SIGNALS:
    void usersLoaded();

private:
    UserAccount currentUser() const;
    void loadClasses();
    // Asks which class's slips to print; false if cancelled.
    bool chooseSlips(QList<CredentialSlip>* slips);
    void setStatus(const QString& text);

    DesktopSession* m_session;
    bool m_admin;
    IssuedCredentials* m_credentials;
    UserListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QLabel* m_status;
    QAction* m_create;
    QAction* m_reset;
    QAction* m_disable;
    QAction* m_print;
    QAction* m_pdf;
    QList<ClassGroup> m_classes;
};
