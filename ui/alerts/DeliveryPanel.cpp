#include <ui/alerts/DeliveryPanel.h>

#include <ui/alerts/AlertTables.h>
#include <ui/alerts/DestinationDialog.h>
#include <ui/common/ActionConfirmDialog.h>
#include <ui/common/StatePanel.h>

#include <models/alerts/AlertMonitor.h>
#include <models/alerts/DeliveryController.h>
#include <models/common/DisplayText.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using AlertTables::cell;
using AlertTables::when;

DeliveryPanel::DeliveryPanel(DeliveryRepository* deliveries, AlertMonitor* monitor, QWidget* parent)
    : QWidget(parent)
    , m_controller(new DeliveryController(deliveries, this))
    , m_monitor(monitor)
    , m_destinations(AlertTables::make(
          {tr("Destination"), tr("Kind"), tr("URL"), tr("Sent (7 days)"), tr("Waiting"), tr("Failed"), tr("State")},
          QStringLiteral("destinationsTable"),
          tr("Alert destinations")))
    , m_deliveries(AlertTables::make({tr("Queued"), tr("Destination"), tr("Alert"), tr("Tenant"), tr("Delivery")},
                                     QStringLiteral("deliveriesTable"),
                                     tr("Alert deliveries")))
    , m_sender(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("deliveryPanel"));
    m_destinationsState = new StatePanel(m_destinations);
    connect(m_destinationsState, &StatePanel::retryRequested, this, &DeliveryPanel::reload);
    m_deliveriesState = new StatePanel(m_deliveries);
    connect(m_deliveriesState, &StatePanel::retryRequested, this, &DeliveryPanel::reload);
    m_sender->setObjectName(QStringLiteral("deliverySender"));
    m_sender->setWordWrap(true);
    m_sender->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("deliveryMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto* add = new QPushButton(tr("Add destination…"), this);
    add->setObjectName(QStringLiteral("addDestination"));
    connect(add, &QPushButton::clicked, this, [this] {
        DestinationDialog dialog({}, this);
        if (dialog.exec() == QDialog::Accepted)
            saveDestination(dialog.destination(), dialog.url(), dialog.reason());
    });
    auto* edit = new QPushButton(tr("Change…"), this);
    connect(edit, &QPushButton::clicked, this, [this] {
        const int row = m_destinations->currentRow();
        if (row < 0 || row >= m_destinationRows.size())
            return;
        DestinationDialog dialog(m_destinationRows.at(row), this);
        if (dialog.exec() == QDialog::Accepted)
            saveDestination(dialog.destination(), dialog.url(), dialog.reason());
    });
    auto* remove = new QPushButton(tr("Remove…"), this);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_destinations->currentRow();
        if (row < 0 || row >= m_destinationRows.size())
            return;
        const QString reason = ActionConfirmDialog::ask(
            this,
            tr("Remove alert destination"),
            tr("Nothing more is sent to \"%1\", and its URL is forgotten.").arg(m_destinationRows.at(row).name),
            tr("Remove destination"));
        if (!reason.isEmpty())
            removeSelectedDestination(reason);
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addWidget(m_message, 1);
    auto* destinationsBox = new QWidget;
    auto* destinationsLayout = new QVBoxLayout(destinationsBox);
    destinationsLayout->setContentsMargins(0, 0, 0, 0);
    destinationsLayout->addWidget(
        new QLabel(tr("Where every new alert is sent (quota alerts and spikes; platform admins set them)"), this));
    destinationsLayout->addWidget(m_destinationsState, 1);
    destinationsLayout->addLayout(buttons);
    auto* deliveriesBox = new QWidget;
    auto* deliveriesLayout = new QVBoxLayout(deliveriesBox);
    deliveriesLayout->setContentsMargins(0, 0, 0, 0);
    deliveriesLayout->addWidget(new QLabel(tr("Deliveries of the last 7 days, unfinished first"), this));
    deliveriesLayout->addWidget(m_deliveriesState, 1);
    deliveriesLayout->addWidget(m_sender);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(destinationsBox);
    splitter->addWidget(deliveriesBox);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_destinations->setColumnWidth(0, 160);
    m_destinations->setColumnWidth(1, 70);
    m_destinations->setColumnWidth(2, 300);
    m_deliveries->setColumnWidth(0, 130);
    m_deliveries->setColumnWidth(1, 150);
    m_deliveries->setColumnWidth(2, 110);
    m_deliveries->setColumnWidth(3, 180);

    connect(m_controller, &DeliveryController::destinationsListed, this, &DeliveryPanel::showDestinations);
    connect(m_controller, &DeliveryController::deliveriesListed, this, &DeliveryPanel::showDeliveries);
    connect(m_controller, &DeliveryController::changed, this, [this](const QString& done, const QString& error) {
        m_message->setText(error.isEmpty() ? done : error);
        reload();
        emit changed(error.isEmpty());
    });
    if (m_monitor) {
        connect(m_monitor, &AlertMonitor::deliveriesSent, this, [this] {
            showSender();
            reload();
        });
        connect(m_monitor, &AlertMonitor::changedElsewhere, this, &DeliveryPanel::reload);
    }
    m_destinationsState->showLoading(tr("Loading destinations…"));
    m_deliveriesState->showLoading(tr("Loading deliveries…"));
    showSender();
}

void DeliveryPanel::reload()
{
    m_controller->listDestinations();
    m_controller->listDeliveries();
}

void DeliveryPanel::saveDestination(const AlertDestination& destination, const QString& url, const QString& reason)
{
    m_controller->saveDestination(destination, url, reason);
}

void DeliveryPanel::removeSelectedDestination(const QString& reason)
{
    const int row = m_destinations->currentRow();
    if (row >= 0 && row < m_destinationRows.size())
        m_controller->removeDestination(m_destinationRows.at(row).id, reason);
}

QString DeliveryPanel::senderText() const
{
    return m_sender->text();
}

QString DeliveryPanel::message() const
{
    return m_message->text();
}

void DeliveryPanel::showSender()
{
    if (!m_monitor) {
        m_sender->clear();
        return;
    }
    if (!m_monitor->sendsDeliveries()) {
        m_sender->setText(tr("This console does not send deliveries: a platform admin's console does, or "
                             "`tenantscope-cli alerts deliver` run from cron."));
        return;
    }
    const AlertSender::Round& last = m_monitor->lastDelivery();
    QString text = tr("This console sends deliveries every minute. Last round: %1 sent, %2 to retry, %3 failed.")
                       .arg(last.sent)
                       .arg(last.retrying)
                       .arg(last.failed);
    if (!last.problems.isEmpty())
        text += u' ' + last.problems.join(QStringLiteral("; "));
    m_sender->setText(text);
}

void DeliveryPanel::showDestinations(const Fetched<QVector<AlertDestination>>& destinations)
{
    if (!destinations.ok()) {
        m_destinationsState->showError(destinations.error);
        return;
    }
    m_destinationRows = destinations.value;
    m_destinations->setRowCount(int(m_destinationRows.size()));
    for (int row = 0; row < m_destinationRows.size(); ++row) {
        const AlertDestination& d = m_destinationRows.at(row);
        m_destinations->setItem(row, 0, cell(d.name));
        m_destinations->setItem(row, 1, cell(d.kind == QLatin1String("slack") ? tr("Slack") : tr("Webhook")));
        m_destinations->setItem(row, 2, cell(d.urlHint));
        m_destinations->setItem(row, 3, cell(QLocale().toString(d.sent), true));
        m_destinations->setItem(row, 4, cell(QLocale().toString(d.pending), true));
        auto* failed = cell(QLocale().toString(d.failed), true);
        if (d.failed > 0)
            failed->setForeground(QColor(0xc6, 0x28, 0x28));
        m_destinations->setItem(row, 5, failed);
        m_destinations->setItem(row, 6, cell(d.enabled ? tr("on") : tr("off")));
    }
    if (m_destinationRows.isEmpty())
        m_destinationsState->showEmpty(tr("Alerts are not sent anywhere yet. A platform admin adds a Slack incoming "
                                          "webhook or an HTTPS webhook here."));
    else
        m_destinationsState->showContent();
}

void DeliveryPanel::showDeliveries(const Fetched<QVector<AlertDeliveryRow>>& deliveries)
{
    if (!deliveries.ok()) {
        m_deliveriesState->showError(deliveries.error);
        emit loaded();
        return;
    }
    m_deliveryRows = deliveries.value;
    m_deliveries->setRowCount(int(m_deliveryRows.size()));
    for (int row = 0; row < m_deliveryRows.size(); ++row) {
        const AlertDeliveryRow& d = m_deliveryRows.at(row);
        m_deliveries->setItem(row, 0, cell(when(d.createdAt)));
        m_deliveries->setItem(row, 1, cell(d.destination));
        m_deliveries->setItem(
            row, 2, cell((d.alertKind == QLatin1String("quota") ? tr("quota #%1") : tr("spike #%1")).arg(d.alertId)));
        m_deliveries->setItem(row, 3, cell(d.tenantName.isEmpty() ? tr("whole platform") : d.tenantName));
        auto* state = cell(d.stateText());
        if (d.state == QLatin1String("failed"))
            state->setForeground(QColor(0xc6, 0x28, 0x28));
        state->setToolTip(plainToolTip(d.lastError)); // the webhook's own words: text, never markup
        m_deliveries->setItem(row, 4, state);
    }
    if (m_deliveryRows.isEmpty())
        m_deliveriesState->showEmpty(tr("Nothing was queued for delivery in the last 7 days."));
    else
        m_deliveriesState->showContent();
    emit loaded();
}
