#include "school/RecordEditDialog.h"

#include "domain/SchoolTypes.h"
#include "session/DesktopSession.h"
#include "widgets/FormErrorLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <memory>

RecordEditDialog::RecordEditDialog(DesktopSession* session, const char* saveOp,
                                   const QList<RecordField>& fields, const QCborMap& record,
                                   QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_op(saveOp)
    , m_fields(fields)
    , m_id(record.value(QStringLiteral("id")).toInteger())
{
    setObjectName(QStringLiteral("recordEditDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    for (const RecordField& field : m_fields) {
        QWidget* editor = createEditor(field, record.value(field.key));
        editor->setObjectName(field.key);
        m_editors.append(editor);
        if (field.kind == RecordField::Kind::Flag)
            form->addRow(editor);
        else
            form->addRow(field.label, editor);
    }
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).kind == RecordField::Kind::Choice && m_fields.at(i).loadChoices)
            connectDependent(i, record.value(m_fields.at(i).key).toVariant());
    }
    layout->addLayout(form);
    m_error = new FormErrorLabel(this);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordEditDialog::reject);
}

QWidget* RecordEditDialog::createEditor(const RecordField& field, const QCborValue& value)
{
    switch (field.kind) {
    case RecordField::Kind::Text: {
        auto* edit = new QLineEdit(value.toString(), this);
        return edit;
    }
    case RecordField::Kind::Integer: {
        auto* spin = new QSpinBox(this);
        spin->setRange(int(field.minimum), int(field.maximum));
        spin->setValue(int(value.toInteger(qint64(field.minimum))));
        return spin;
    }
    case RecordField::Kind::Decimal: {
        auto* spin = new QDoubleSpinBox(this);
        spin->setRange(field.minimum, field.maximum);
        spin->setDecimals(2);
        spin->setSingleStep(0.5);
        spin->setValue(value.isDouble() || value.isInteger() ? value.toDouble() : field.minimum);
        return spin;
    }
    case RecordField::Kind::Date: {
        auto* edit = new QDateEdit(this);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
        const QDate date = WireDate::fromCbor(value);
        edit->setDate(date.isValid() ? date : QDate::currentDate());
        return edit;
    }
    case RecordField::Kind::Flag: {
        auto* box = new QCheckBox(field.label, this);
        box->setChecked(value.toBool());
        return box;
    }
    case RecordField::Kind::Choice: {
        auto* combo = new QComboBox(this);
        if (!field.required)
            combo->addItem(QString(), QVariant());
        for (const auto& [text, wire] : field.choices)
            combo->addItem(text, wire);
        const int index = combo->findData(value.toVariant());
        if (index >= 0)
            combo->setCurrentIndex(index);
        return combo;
    }
    }
    return new QWidget(this);
}

void RecordEditDialog::connectDependent(int dependentIndex, const QVariant& initial)
{
    const RecordField& field = m_fields.at(dependentIndex);
    auto* combo = static_cast<QComboBox*>(m_editors.at(dependentIndex));
    QComboBox* master = nullptr;
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).key == field.dependsOn &&
            m_fields.at(i).kind == RecordField::Kind::Choice)
            master = static_cast<QComboBox*>(m_editors.at(i));
    }
    if (!master)
        return;
    const RecordField::ChoiceLoader loader = field.loadChoices;
    const bool required = field.required;
    // The record's own value is kept until the user picks another master value.
    auto wanted = std::make_shared<QVariant>(initial);
    auto reload = [combo, master, loader, required, wanted] {
        const QVariant masterValue = master->currentData();
        combo->clear();
        if (!required)
            combo->addItem(QString(), QVariant());
        if (!masterValue.isValid())
            return;
        QPointer<QComboBox> guard(combo);
        loader(masterValue,
               [guard, master, masterValue, required, wanted](RecordField::Choices choices) {
                   // A reply for a master value the user has since left is dropped.
                   if (!guard || master->currentData() != masterValue)
                       return;
                   guard->clear();
                   if (!required)
                       guard->addItem(QString(), QVariant());
                   for (const auto& [text, wire] : choices)
                       guard->addItem(text, wire);
                   const int index = guard->findData(*wanted);
                   if (index >= 0)
                       guard->setCurrentIndex(index);
               });
    };
    connect(master, &QComboBox::currentIndexChanged, combo, [reload, wanted] {
        *wanted = QVariant();
        reload();
    });
    reload();
}

QString RecordEditDialog::collect(QCborMap* args) const
{
    for (int i = 0; i < m_fields.size(); ++i) {
        const RecordField& field = m_fields.at(i);
        QWidget* editor = m_editors.at(i);
        QCborValue value;
        switch (field.kind) {
        case RecordField::Kind::Text: {
            const QString text = static_cast<QLineEdit*>(editor)->text().trimmed();
            if (!text.isEmpty())
                value = text;
            break;
        }
        case RecordField::Kind::Integer: {
            const int number = static_cast<QSpinBox*>(editor)->value();
            if (number != 0 || field.required)
                value = number;
            break;
        }
        case RecordField::Kind::Decimal:
            value = static_cast<QDoubleSpinBox*>(editor)->value();
            break;
        case RecordField::Kind::Date:
            value = WireDate::toCbor(static_cast<QDateEdit*>(editor)->date());
            break;
        case RecordField::Kind::Flag:
            value = static_cast<QCheckBox*>(editor)->isChecked();
            break;
        case RecordField::Kind::Choice: {
            const QVariant choice = static_cast<QComboBox*>(editor)->currentData();
            if (choice.isValid())
                value = QCborValue::fromVariant(choice);
            break;
        }
        }
        if (value.isUndefined()) {
            if (field.required) {
                editor->setFocus();
                return tr("Fill in «%1».").arg(QString(field.label).remove(QLatin1Char('&')));
            }
            continue;
        }
        args->insert(field.key, value);
    }
    for (auto it = m_fixedArgs.cbegin(); it != m_fixedArgs.cend(); ++it)
        args->insert(it.key(), it.value());
    if (m_id != 0)
        args->insert(QStringLiteral("id"), m_id);
    return {};
}

QString RecordEditDialog::errorText() const
{
    return m_error->message();
}

void RecordEditDialog::showError(const QString& message)
{
    m_error->setMessage(message);
}

void RecordEditDialog::accept()
{
    QCborMap args;
    const QString problem = collect(&args);
    if (!problem.isEmpty()) {
        showError(problem);
        return;
    }
    showError({});
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    setCursor(Qt::BusyCursor);
    QPointer<RecordEditDialog> self(this);
    m_session->send(QString::fromLatin1(m_op), args, [self](const Reply& reply) {
        if (self)
            self->onReply(reply);
    });
}

void RecordEditDialog::onReply(const Reply& reply)
{
    unsetCursor();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
    if (!reply.ok) {
        showError(reply.error.message);
        return;
    }
    Q_EMIT saved(reply.result[QStringLiteral("id")].toInteger());
    QDialog::accept();
}
