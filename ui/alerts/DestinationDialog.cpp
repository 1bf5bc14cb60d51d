#include <ui/alerts/DestinationDialog.h>

#include <models/alerts/DeliveryController.h>
#include <models/common/Validation.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

DestinationDialog::DestinationDialog(const AlertDestination& destination, QWidget* parent)
    : QDialog(parent)
    , m_destination(destination)
    , m_name(new QLineEdit(destination.name, this))
    , m_kind(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_enabled(new QCheckBox(tr("Send alerts here"), this))
    , m_reason(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("destinationDialog"));
    m_name->setObjectName(QStringLiteral("destinationName"));
    m_url->setObjectName(QStringLiteral("destinationUrl"));
    m_reason->setObjectName(QStringLiteral("destinationReason"));
    setWindowTitle(destination.id ? tr("Change alert destination") : tr("Add alert destination"));
    m_kind->addItem(tr("Slack incoming webhook"), QStringLiteral("slack"));
    m_kind->addItem(tr("Webhook (JSON over HTTPS)"), QStringLiteral("webhook"));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(destination.kind)));
    // A webhook URL is a credential: whoever has it posts into the channel.
    m_url->setEchoMode(QLineEdit::Password);
    m_url->setPlaceholderText(destination.id ? tr("leave empty to keep %1").arg(destination.urlHint)
                                             : QStringLiteral("https://hooks.slack.com/services/…"));
    m_enabled->setChecked(destination.enabled);
    m_reason->setPlaceholderText(tr("Why, for the audit log"));
    m_problem->setObjectName(QStringLiteral("destinationProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));
    auto* note = new QLabel(tr("The URL is kept on the server; nobody can read it back, not even here. Each alert "
                               "is sent once, retried after errors, and a delivery that fails is listed."),
                            this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("URL"), m_url);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("Reason"), m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_name, m_url, m_reason})
        connect(edit, &QLineEdit::textChanged, this, &DestinationDialog::validate);
    validate();
}

DestinationDialog::~DestinationDialog()
{
    // The URL's characters do not outlive the dialog in its line edit's buffer.
    m_url->setText(QString(m_url->text().size(), u'x'));
}

AlertDestination DestinationDialog::destination() const
{
    AlertDestination d = m_destination;
    d.name = m_name->text().trimmed();
    d.kind = m_kind->currentData().toString();
    d.enabled = m_enabled->isChecked();
    return d;
}

QString DestinationDialog::url() const
{
    return m_url->text().trimmed();
}

QString DestinationDialog::reason() const
{
    return m_reason->text().trimmed();
}

QString DestinationDialog::problem() const
{
    return m_problem->text();
}

void DestinationDialog::validate()
{
    QString problem;
    if (m_name->text().trimmed().isEmpty())
        problem = tr("Name the destination (like the channel it posts to).");
    else if (url().isEmpty() && m_destination.id == 0)
        problem = tr("Paste the webhook URL.");
    else if (!url().isEmpty())
        problem = DeliveryController::urlProblem(url());
    if (problem.isEmpty())
        problem = Validation::reason(m_reason->text());
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}
