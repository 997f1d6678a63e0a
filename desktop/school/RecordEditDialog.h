#pragma once

#include <QCborMap>
#include <QDialog>
#include <QList>
#include <QPair>
#include <QVariant>

class DesktopSession;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
struct Reply;

// One field of a record form: its wire key, label and kind of editor.
struct RecordField
{
    enum class Kind
    {
        Text,
        Integer,
        Decimal,
        Date,
        Flag,
        Choice
    };
    RecordField(const QString& fieldKey, const QString& fieldLabel, Kind fieldKind = Kind::Text,
                bool fieldRequired = true, const QList<QPair<QString, QVariant>>& fieldChoices = {},
                double fieldMinimum = 0, double fieldMaximum = 1000000)
        : key(fieldKey)
        , label(fieldLabel)
        , kind(fieldKind)
        , required(fieldRequired)
        , choices(fieldChoices)
        , minimum(fieldMinimum)
        , maximum(fieldMaximum)
    {
    }

    QString key;
    QString label;
    Kind kind = Kind::Text;
    bool required = true;
    QList<QPair<QString, QVariant>> choices; // Choice: (text, wire value)
    double minimum = 0;
    double maximum = 1000000;
};

// Edits one school-structure record through its *.save op: a form built from field
// descriptions, `id` sent when editing, the server's refusal shown in the dialog.
class RecordEditDialog : public QDialog
{
    Q_OBJECT
public:
    RecordEditDialog(DesktopSession* session, const char* saveOp, const QList<RecordField>& fields,
                     const QCborMap& record, QWidget* parent = nullptr);

    QString errorText() const;
    void accept() override;

Q_SIGNALS:
    void saved(qint64 id);

private:
    QWidget* createEditor(const RecordField& field, const QCborValue& value);
    // The arguments of the save op; an empty string, or what is missing.
    QString collect(QCborMap* args) const;
    void onReply(const Reply& reply);
    void showError(const QString& message);

    DesktopSession* m_session;
    const char* m_op;
    QList<RecordField> m_fields;
    QList<QWidget*> m_editors;
    qint64 m_id;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};
