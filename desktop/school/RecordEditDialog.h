#pragma once

#include <QCborMap>
#include <QDialog>
#include <QList>
#include <QPair>
#include <QVariant>

#include <functional>

class DesktopSession;
class QDialogButtonBox;
class QFormLayout;
class FormErrorLabel;
struct Reply;

// One field of a record form: its wire key, label and kind of editor.
struct RecordField
{
    // (text, wire value) pairs of a Choice field.
    using Choices = QList<QPair<QString, QVariant>>;
    // Loads a dependent Choice field's choices for its master field's value, then calls back.
    using ChoiceLoader =
        std::function<void(const QVariant& masterValue, std::function<void(Choices)> done)>;

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
    {}

    QString key;
    QString label;
    Kind kind = Kind::Text;
    bool required = true;
    Choices choices;
    double minimum = 0;
    double maximum = 1000000;
    // A Choice whose list depends on another Choice field (a class's subgroups): the master's
    // key and the loader asked whenever the master changes.
    QString dependsOn;
    ChoiceLoader loadChoices;
};

// Edits one school-structure record through its *.save op: a form built from field
// descriptions, `id` sent when editing, the server's refusal shown in the dialog.
class RecordEditDialog : public QDialog
{
    Q_OBJECT
public:
    RecordEditDialog(DesktopSession* session, const char* saveOp, const QList<RecordField>& fields,
                     const QCborMap& record, QWidget* parent = nullptr);

    // Arguments sent with every save whatever the form holds (the class of a curriculum row).
    void setFixedArgs(const QCborMap& args) { m_fixedArgs = args; }
    QString errorText() const;
    void accept() override;

Q_SIGNALS:
    void saved(qint64 id);

private:
    QWidget* createEditor(const RecordField& field, const QCborValue& value);
    void connectDependent(int dependentIndex, const QVariant& initial);
    // The arguments of the save op; an empty string, or what is missing.
    QString collect(QCborMap* args) const;
    void onReply(const Reply& reply);
    void showError(const QString& message);

    DesktopSession* m_session;
    const char* m_op;
    QList<RecordField> m_fields;
    QList<QWidget*> m_editors;
    qint64 m_id;
    QCborMap m_fixedArgs;
    FormErrorLabel* m_error;
    QDialogButtonBox* m_buttons;
};
