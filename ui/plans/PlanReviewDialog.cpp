#include <ui/plans/PlanReviewDialog.h>

#include <models/common/Validation.h>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

PlanReviewDialog::PlanReviewDialog(
    const QString& planId, int version, const QVector<PlanFields::Change>& diff, qint64 tenants, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("planReviewDialog"));
    setWindowTitle(tr("Review the change to plan %1").arg(planId));
    auto* table = new QTableWidget(int(diff.size()), 3, this);
    table->setObjectName(QStringLiteral("planDiff"));
    table->setAccessibleName(tr("Changes"));
    table->setHorizontalHeaderLabels({tr("Field"), tr("Now"), tr("After saving")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < diff.size(); ++row) {
        const PlanFields::Change& change = diff.at(row);
        table->setItem(row, 0, new QTableWidgetItem(change.field));
        table->setItem(row, 1, new QTableWidgetItem(PlanFields::display(change.field, change.before)));
        auto* after = new QTableWidgetItem(PlanFields::display(change.field, change.after));
        QFont bold = after->font();
        bold.setBold(true);
        after->setFont(bold);
        table->setItem(row, 2, after);
    }
    table->resizeColumnsToContents();
    auto* impact = new QLabel(tr("Saving makes version %1 of plan %2. %n tenant(s) on this plan get the new limits: "
                                 "they are written to Redis right after the save and announced on the plan-changes "
                                 "channel.",
                                 nullptr,
                                 int(tenants))
                                  .arg(version + 1)
                                  .arg(planId),
                              this);
    impact->setObjectName(QStringLiteral("planImpact"));
    impact->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("planReason"));
    m_reason->setPlaceholderText(tr("Why? (goes into the audit log with your login and the time)"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setMaxLength(1000);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Save version %1").arg(version + 1), QDialogButtonBox::AcceptRole);
    m_save->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_save->setEnabled(Validation::reason(text).isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table, 1);
    layout->addWidget(impact);
    layout->addWidget(new QLabel(tr("Reason:"), this));
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    resize(560, 360);
}

QString PlanReviewDialog::reason() const
{
    return m_reason->text().trimmed();
}
