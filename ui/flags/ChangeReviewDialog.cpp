#include <ui/flags/ChangeReviewDialog.h>

#include <models/common/Validation.h>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace
{
QTableWidget*
newTable(const QString& name, const QString& accessibleName, const QStringList& headers, int rows, QWidget* parent)
{
    auto* table = new QTableWidget(rows, int(headers.size()), parent);
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}
} // namespace

ChangeReviewDialog::ChangeReviewDialog(const QString& title,
                                       const QVector<Row>& diff,
                                       const TenantReach& reach,
                                       bool showFlagValues,
                                       const QString& consequence,
                                       const QString& actionLabel,
                                       QWidget* parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("changeReviewDialog"));
    setWindowTitle(title);
    auto* changes = newTable(
        QStringLiteral("changeDiff"), tr("Changes"), {tr("Field"), tr("Now"), tr("After")}, int(diff.size()), this);
    for (int row = 0; row < diff.size(); ++row) {
        changes->setItem(row, 0, new QTableWidgetItem(diff.at(row).field));
        changes->setItem(row, 1, new QTableWidgetItem(diff.at(row).now));
        auto* after = new QTableWidgetItem(diff.at(row).after);
        QFont bold = after->font();
        bold.setBold(true);
        after->setFont(bold);
        changes->setItem(row, 2, after);
    }
    changes->resizeColumnsToContents();

    QStringList headers{tr("Tenant"), tr("Plan")};
    if (showFlagValues)
        headers << tr("Now") << tr("After");
    auto* tenants
        = newTable(QStringLiteral("changeTenants"), tr("Tenants reached"), headers, int(reach.tenants.size()), this);
    for (int row = 0; row < reach.tenants.size(); ++row) {
        const ReachedTenant& tenant = reach.tenants.at(row);
        auto* name = new QTableWidgetItem(tenant.name);
        name->setToolTip(tenant.id);
        tenants->setItem(row, 0, name);
        tenants->setItem(row, 1, new QTableWidgetItem(tenant.plan));
        if (showFlagValues) {
            tenants->setItem(row, 2, new QTableWidgetItem(tenant.before ? tr("on") : tr("off")));
            tenants->setItem(row, 3, new QTableWidgetItem(tenant.after ? tr("on") : tr("off")));
        }
    }
    tenants->resizeColumnsToContents();
    QString reached = tr("It reaches %n tenant(s).", nullptr, int(reach.total));
    if (reach.total > reach.tenants.size())
        reached += QLatin1Char(' ') + tr("The first %n by name are listed.", nullptr, int(reach.tenants.size()));
    auto* impact = new QLabel(consequence + QLatin1Char(' ') + reached, this);
    impact->setObjectName(QStringLiteral("changeImpact"));
    impact->setWordWrap(true);

    m_reason->setObjectName(QStringLiteral("changeReason"));
    m_reason->setPlaceholderText(tr("Why? (goes into the audit log with your login and the time)"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setMaxLength(1000);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(actionLabel, QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("changeConfirm"));
    m_save->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_save->setEnabled(Validation::reason(text).isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(changes, 1);
    layout->addWidget(impact);
    layout->addWidget(tenants, 1);
    layout->addWidget(new QLabel(tr("Reason:"), this));
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    resize(640, 520);
}

QString ChangeReviewDialog::reason() const
{
    return m_reason->text().trimmed();
}

void ChangeReviewDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

ChangeReviewDialog* ChangeReviewDialog::openFor(QWidget* parent,
                                                const QString& title,
                                                const QVector<Row>& diff,
                                                const TenantReach& reach,
                                                bool showFlagValues,
                                                const QString& consequence,
                                                const QString& actionLabel,
                                                const std::function<void(const QString& reason)>& confirmed)
{
    auto* dialog = new ChangeReviewDialog(title, diff, reach, showFlagValues, consequence, actionLabel, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, parent, [dialog, confirmed] { confirmed(dialog->reason()); });
    dialog->open();
    return dialog;
}
