#pragma once

#include <QCborMap>
#include <QDialog>

class DesktopSession;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class FormErrorLabel;
class QLineEdit;
struct Reply;

// The common part of the admit, transfer and expel dialogs (R22): the director's order
// number and date and the date of the change, all required before anything is sent; the
// op goes to the server and its Russian refusal is shown in the dialog.
class OrderDialog : public QDialog
{
    Q_OBJECT
public:
    OrderDialog(DesktopSession* session, const char* op, QWidget* parent = nullptr);

    // How many requests the dialog sent (a refused form sends none).
    int requestsSent() const { return m_requestsSent; }
    QString errorText() const;
    QCborMap lastResult() const { return m_result; }
    // Blank date edits show this date as "not set".
    static QDate unsetDate();
    static QDateEdit* createDateEdit(const QDate& date, QWidget* parent);
    static bool isSet(const QDateEdit* edit);

    void accept() override;

Q_SIGNALS:
    // The server accepted the change.
    void succeeded(const QCborMap& result);

protected:
    // Puts the subclass's own fields above the order fields.
    QFormLayout* form() const { return m_form; }
    // Builds the order and date rows; subclasses call it after adding their own rows.
    void addOrderRows(const QDate& defaultDate);
    // The op's own arguments; returns an empty string, or what is missing (and focuses it).
    virtual QString collect(QCborMap* args) = 0;
    void showError(const QString& message);

private:
    void onReply(const Reply& reply);
    void setBusy(bool busy);

    DesktopSession* m_session;
    const char* m_op;
    QFormLayout* m_form;
    QLineEdit* m_orderNo = nullptr;
    QDateEdit* m_orderDate = nullptr;
    QDateEdit* m_date = nullptr;
    FormErrorLabel* m_error;
    QDialogButtonBox* m_buttons;
    int m_requestsSent = 0;
    QCborMap m_result;
};
