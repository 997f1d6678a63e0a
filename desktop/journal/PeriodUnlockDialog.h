#pragma once

#include <QDate>
#include <QDialog>
#include <QList>
#include <QPair>

class DesktopSession;
class FormErrorLabel;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
struct Reply;

// «Открыть отметки за период» (R13): the deputy director lets the journal's teacher set one
// period's marks after its deadline, until a date. The dialog sends period.unlock itself and
// shows the server's refusal in place; it closes when the server has accepted.
class PeriodUnlockDialog : public QDialog
{
    Q_OBJECT
public:
    // `periods`: id and title of each period the journal's grade has; `selectedPeriod` is
    // chosen first.
    PeriodUnlockDialog(DesktopSession* session, qint64 assignmentId, const QString& journalTitle,
                       const QList<QPair<qint64, QString>>& periods, qint64 selectedPeriod,
                       const QDate& today, QWidget* parent = nullptr);

    QComboBox* periodBox() const { return m_periodBox; }
    QDateEdit* untilEdit() const { return m_until; }
    QString errorText() const;

    void accept() override;
    void reject() override;

Q_SIGNALS:
    // The server accepted: the teacher may set `periodTitle`'s marks until `until`.
    void unlocked(const QString& periodTitle, const QDate& until);

private:
    void onReply(const Reply& reply, const QString& periodTitle, const QDate& until);
    void showError(const QString& message);
    // While the request is out nothing can be changed or closed; its reply always comes (a
    // dropped connection answers every request it had).
    void setBusy(bool busy);

    DesktopSession* m_session;
    qint64 m_assignmentId;
    QComboBox* m_periodBox;
    QDateEdit* m_until;
    FormErrorLabel* m_error;
    QDialogButtonBox* m_buttons;
};
