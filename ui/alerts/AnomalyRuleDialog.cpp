#include <ui/alerts/AnomalyRuleDialog.h>

#include <models/common/Validation.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

AnomalyRuleDialog::AnomalyRuleDialog(const AnomalyRule& rule, QWidget* parent)
    : QDialog(parent)
    , m_rule(rule)
    , m_name(new QLineEdit(rule.name, this))
    , m_metric(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_tenant(new QLineEdit(rule.tenantId, this))
    , m_days(new QSpinBox(this))
    , m_factor(new QLineEdit(rule.factor, this))
    , m_minimum(new QLineEdit(rule.minimum, this))
    , m_enabled(new QCheckBox(tr("Evaluate this rule"), this))
    , m_reason(new QLineEdit(this))
    , m_method(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("anomalyRuleDialog"));
    setWindowTitle(rule.id ? tr("Change anomaly rule") : tr("Add anomaly rule"));
    m_metric->addItem(tr("Spend (USD of platform-paid calls)"), QStringLiteral("spend"));
    m_metric->addItem(tr("Tokens"), QStringLiteral("tokens"));
    m_metric->addItem(tr("Failed executions"), QStringLiteral("failures"));
    m_metric->setCurrentIndex(qMax(0, m_metric->findData(rule.metric)));
    m_scope->addItem(tr("Each tenant"), QStringLiteral("each"));
    m_scope->addItem(tr("One tenant"), QStringLiteral("one"));
    m_scope->addItem(tr("The whole platform"), QStringLiteral("platform"));
    m_scope->setCurrentIndex(rule.scope == QLatin1String("platform") ? 2 : (rule.tenantId.isEmpty() ? 0 : 1));
    m_tenant->setPlaceholderText(tr("tenant id"));
    // The window's lower bound is the server's too: a baseline of zero days compares with nothing.
    m_days->setRange(1, 28);
    m_days->setValue(qBound(1, rule.baselineDays, 28));
    m_days->setSuffix(tr(" days"));
    m_enabled->setChecked(rule.enabled);
    m_reason->setPlaceholderText(tr("Why, for the audit log"));
    m_method->setWordWrap(true);
    m_method->setTextFormat(Qt::PlainText);
    m_problem->setObjectName(QStringLiteral("ruleProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));

    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Metric"), m_metric);
    form->addRow(tr("Applies to"), m_scope);
    form->addRow(tr("Tenant"), m_tenant);
    form->addRow(tr("Baseline: same hour of the previous"), m_days);
    form->addRow(tr("Fires at (× baseline)"), m_factor);
    form->addRow(tr("And at least (in the hour)"), m_minimum);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("Reason"), m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_method);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_name, m_tenant, m_factor, m_minimum, m_reason})
        connect(edit, &QLineEdit::textChanged, this, &AnomalyRuleDialog::validate);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &AnomalyRuleDialog::validate);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &AnomalyRuleDialog::validate);
    connect(m_days, &QSpinBox::valueChanged, this, &AnomalyRuleDialog::validate);
    validate();
}

AnomalyRule AnomalyRuleDialog::rule() const
{
    AnomalyRule r = m_rule;
    r.name = m_name->text().trimmed();
    r.metric = m_metric->currentData().toString();
    const QString scope = m_scope->currentData().toString();
    r.scope = scope == QLatin1String("platform") ? QStringLiteral("platform") : QStringLiteral("tenants");
    r.tenantId = scope == QLatin1String("one") ? m_tenant->text().trimmed() : QString();
    r.baselineDays = m_days->value();
    r.factor = m_factor->text().trimmed();
    r.minimum = m_minimum->text().trimmed();
    r.enabled = m_enabled->isChecked();
    return r;
}

QString AnomalyRuleDialog::reason() const
{
    return m_reason->text().trimmed();
}

QString AnomalyRuleDialog::problem() const
{
    return m_problem->text();
}

void AnomalyRuleDialog::validate()
{
    const AnomalyRule r = rule();
    m_tenant->setEnabled(m_scope->currentData().toString() == QLatin1String("one"));
    QString problem = r.problem();
    if (problem.isEmpty() && m_scope->currentData().toString() == QLatin1String("one") && r.tenantId.isEmpty())
        problem = tr("Name the tenant (its id) or choose each tenant.");
    if (problem.isEmpty())
        problem = Validation::reason(m_reason->text());
    m_method->setText(r.problem().isEmpty() ? r.methodText() : QString());
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}
