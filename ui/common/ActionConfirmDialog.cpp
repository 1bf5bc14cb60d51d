#include <ui/common/ActionConfirmDialog.h>

#include <models/executions/ExecutionActions.h>

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ActionConfirmDialog::ActionConfirmDialog(const QString& title,
                                         const QString& consequence,
                                         const QString& actionLabel,
                                         QWidget* parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("actionConfirmDialog"));
    auto* what = new QLabel(consequence, this);
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("actionReason"));
    m_reason->setPlaceholderText(tr("Why? (goes into the audit log with your login and the time)"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setMaxLength(1000);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));
    auto* confirm = m_buttons->addButton(actionLabel, QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("actionConfirm"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &ActionConfirmDialog::validate);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(new QLabel(tr("Reason:"), this));
    layout->addWidget(m_reason);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    validate();
}

void ActionConfirmDialog::addField(QWidget* field)
{
    static_cast<QVBoxLayout*>(layout())->insertWidget(1, field);
}

QString ActionConfirmDialog::reason() const
{
    return m_reason->text().trimmed();
}

void ActionConfirmDialog::validate()
{
    const QString problem = ExecutionActions::validateReason(m_reason->text());
    m_problem->setText(m_reason->text().isEmpty() ? QString() : problem);
    for (QAbstractButton* button : m_buttons->buttons())
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(problem.isEmpty());
}

QString
ActionConfirmDialog::ask(QWidget* parent, const QString& title, const QString& consequence, const QString& actionLabel)
{
    ActionConfirmDialog dialog(title, consequence, actionLabel, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.reason() : QString();
}
