#include <ui/flags/FlagsPanel.h>

#include <models/common/Validation.h>
#include <models/plans/AiConfigController.h>
#include <models/plans/FieldChanges.h>
#include <ui/common/StatePanel.h>
#include <ui/flags/ChangeReviewDialog.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace
{

QStringList listFrom(const QString& text)
{
    QStringList items;
    for (const QString& item : text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        items.append(item.trimmed());
    return items;
}

QStringList stringsOf(const QJsonValue& value)
{
    QStringList items;
    for (const QJsonValue& item : value.toArray())
        items.append(item.toString());
    return items;
}

QString when(const QDateTime& moment)
{
    return moment.isValid() ? QLocale().toString(moment.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

// "every tenant", "25 % of tenants", "plans starter, pro", "3 listed tenants"; "off" when disabled.
static QString rolloutSummary(const QJsonObject& state)
{
    if (!state.value(QStringLiteral("enabled")).toBool())
        return FlagsPanel::tr("off");
    const QString rollout = state.value(QStringLiteral("rollout")).toString();
    if (rollout == QLatin1String("percentage"))
        return FlagsPanel::tr("%1 % of tenants").arg(state.value(QStringLiteral("percentage")).toInt());
    if (rollout == QLatin1String("plans"))
        return FlagsPanel::tr("plans %1")
            .arg(stringsOf(state.value(QStringLiteral("plans"))).join(QStringLiteral(", ")));
    if (rollout == QLatin1String("tenants"))
        return FlagsPanel::tr(
            "%n listed tenant(s)", nullptr, int(state.value(QStringLiteral("tenants")).toArray().size()));
    return FlagsPanel::tr("every tenant");
}

static QString displayOf(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool() ? FlagsPanel::tr("on") : FlagsPanel::tr("off");
    if (value.isArray())
        return stringsOf(value).join(QStringLiteral(", "));
    if (value.isDouble())
        return QLocale().toString(value.toDouble());
    if (value.isNull() || value.isUndefined())
        return FlagsPanel::tr("(none)");
    return value.toString();
}

FlagsPanel::FlagsPanel(AiConfigController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_table(new QTableWidget(0, 6))
    , m_pending(new QLabel)
    , m_pushNow(new QPushButton(tr("Push now")))
    , m_key(new QLineEdit)
    , m_description(new QLineEdit)
    , m_enabled(new QCheckBox(tr("On")))
    , m_rollout(new QComboBox)
    , m_percentage(new QSpinBox)
    , m_plans(new QLineEdit)
    , m_tenants(new QPlainTextEdit)
    , m_reviewButton(new QPushButton(tr("Review and save…")))
    , m_message(new QLabel)
    , m_history(new QTableWidget(0, 5))
    , m_rollbackButton(new QPushButton(tr("Roll back to this version…")))
    , m_tenantsOn(new QListWidget)
    , m_tenantsOnLabel(new QLabel)
{
    setObjectName(QStringLiteral("flagsPanel"));
    m_table->setObjectName(QStringLiteral("flagTable"));
    m_table->setAccessibleName(tr("Feature flags"));
    m_table->setHorizontalHeaderLabels(
        {tr("Flag"), tr("Rollout"), tr("Tenants on"), tr("Version"), tr("Changed by"), tr("Changed")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // A handful of flags: every column fits its contents, the rollout takes what is left (elided if need be).
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tableState = new StatePanel(m_table);
    connect(m_tableState, &StatePanel::retryRequested, this, &FlagsPanel::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_flags.size())
            showFlag(m_flags.at(row));
    });

    auto* newFlag = new QPushButton(tr("New flag…"));
    newFlag->setObjectName(QStringLiteral("newFlag"));
    connect(newFlag, &QPushButton::clicked, this, &FlagsPanel::startNewFlag);
    auto* exportButton = new QPushButton(tr("Export for flagd…"));
    exportButton->setObjectName(QStringLiteral("exportFlagd"));
    exportButton->setToolTip(tr("Every flag as an OpenFeature flagd flag set, evaluated for every tenant"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export for flagd"), QStringLiteral("flags.flagd.json"), tr("flagd flag set (*.json)"));
        if (!path.isEmpty())
            exportFlagd(path);
    });
    m_pending->setObjectName(QStringLiteral("flagsPending"));
    m_pushNow->setObjectName(QStringLiteral("flagsPushNow"));
    m_pushNow->hide();
    connect(m_pushNow, &QPushButton::clicked, this, [this] {
        ++m_busy;
        m_controller->pushPending();
    });
    auto* bar = new QHBoxLayout;
    bar->addWidget(newFlag);
    bar->addWidget(exportButton);
    bar->addStretch(1);
    bar->addWidget(m_pending);
    bar->addWidget(m_pushNow);

    m_key->setObjectName(QStringLiteral("flagKey"));
    m_key->setAccessibleName(tr("Flag key"));
    m_key->setPlaceholderText(tr("lower-case letters, digits, \".\", \"_\" and \"-\""));
    m_description->setObjectName(QStringLiteral("flagDescription"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setMaxLength(500);
    m_enabled->setObjectName(QStringLiteral("flagEnabled"));
    m_rollout->setObjectName(QStringLiteral("flagRollout"));
    m_rollout->setAccessibleName(tr("Rollout"));
    m_rollout->addItem(tr("Every tenant"), QStringLiteral("all"));
    m_rollout->addItem(tr("A percentage of tenants (stable by tenant id)"), QStringLiteral("percentage"));
    m_rollout->addItem(tr("Tenants on these plans"), QStringLiteral("plans"));
    m_rollout->addItem(tr("These tenants"), QStringLiteral("tenants"));
    m_percentage->setObjectName(QStringLiteral("flagPercentage"));
    m_percentage->setAccessibleName(tr("Percentage"));
    m_percentage->setRange(0, 100);
    m_percentage->setSuffix(QStringLiteral(" %"));
    m_plans->setObjectName(QStringLiteral("flagPlans"));
    m_plans->setAccessibleName(tr("Plans"));
    m_plans->setPlaceholderText(tr("plan ids, comma-separated"));
    m_tenants->setObjectName(QStringLiteral("flagTenants"));
    m_tenants->setAccessibleName(tr("Tenants"));
    m_tenants->setPlaceholderText(tr("tenant ids, one per line"));
    m_tenants->setMaximumHeight(90);
    connect(m_rollout, &QComboBox::currentIndexChanged, this, &FlagsPanel::updateRolloutFields);
    m_reviewButton->setObjectName(QStringLiteral("flagReview"));
    connect(m_reviewButton, &QPushButton::clicked, this, &FlagsPanel::review);
    m_message->setObjectName(QStringLiteral("flagMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* editor = new QWidget;
    auto* form = new QFormLayout(editor);
    form->addRow(tr("Key:"), m_key);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("State:"), m_enabled);
    form->addRow(tr("Rollout:"), m_rollout);
    form->addRow(tr("Percentage:"), m_percentage);
    form->addRow(tr("Plans:"), m_plans);
    form->addRow(tr("Tenants:"), m_tenants);
    form->addRow(QString(), m_reviewButton);
    form->addRow(m_message);

    m_history->setObjectName(QStringLiteral("flagHistory"));
    m_history->setAccessibleName(tr("Flag history"));
    m_history->setHorizontalHeaderLabels({tr("Version"), tr("Rollout"), tr("Changed"), tr("By"), tr("Reason")});
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_rollbackButton->setObjectName(QStringLiteral("flagRollback"));
    m_rollbackButton->setEnabled(false);
    connect(m_history, &QTableWidget::itemSelectionChanged, this, [this] {
        const int version = selectedHistoryVersion();
        m_rollbackButton->setEnabled(version > 0 && version != m_current.version);
    });
    connect(m_rollbackButton, &QPushButton::clicked, this, [this] { reviewRollback(selectedHistoryVersion()); });
    auto* historyPage = new QWidget;
    auto* historyLayout = new QVBoxLayout(historyPage);
    historyLayout->addWidget(m_history, 1);
    historyLayout->addWidget(m_rollbackButton, 0, Qt::AlignLeft);

    m_tenantsOn->setObjectName(QStringLiteral("flagTenantsOn"));
    m_tenantsOn->setAccessibleName(tr("Tenants the flag is on for"));
    m_tenantsOnLabel->setObjectName(QStringLiteral("flagTenantsOnLabel"));
    auto* tenantsPage = new QWidget;
    auto* tenantsLayout = new QVBoxLayout(tenantsPage);
    tenantsLayout->addWidget(m_tenantsOnLabel);
    tenantsLayout->addWidget(m_tenantsOn, 1);

    auto* details = new QTabWidget;
    details->setObjectName(QStringLiteral("flagDetails"));
    details->addTab(historyPage, tr("History"));
    details->addTab(tenantsPage, tr("Tenants on"));

    auto* right = new QSplitter(Qt::Vertical);
    right->addWidget(editor);
    right->addWidget(details);
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_tableState);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    connectController();
    startNewFlag();
}

void FlagsPanel::connectController()
{
    connect(m_controller, &AiConfigController::flagsLoaded, this, [this](const Fetched<QVector<FeatureFlag>>& flags) {
        finishOne();
        showFlags(flags);
        emit loaded();
    });
    connect(m_controller, &AiConfigController::pendingLoaded, this, [this](const Fetched<PushState>& state) {
        finishOne();
        const qint64 pending = state.ok() ? state.value.pendingTenants : 0;
        m_pending->setText(pending > 0 ? tr("Redis is behind for %n tenant(s), pending since %1", nullptr, int(pending))
                                             .arg(when(state.value.oldest))
                                       : QString());
        m_pushNow->setVisible(pending > 0);
    });
    connect(m_controller, &AiConfigController::pendingPushed, this, [this](const Fetched<AiConfigChange>& change) {
        finishOne();
        showChange(tr("Push"), change);
    });
    connect(m_controller,
            &AiConfigController::flagHistoryLoaded,
            this,
            [this](const QString& key, const Fetched<QVector<FeatureFlagVersion>>& history) {
                finishOne();
                if (key != m_current.key)
                    return;
                if (!history.ok()) {
                    m_message->setText(tr("The flag's history could not be read: %1").arg(history.error));
                    return;
                }
                m_versions = history.value;
                m_history->setRowCount(int(m_versions.size()));
                for (int row = 0; row < m_versions.size(); ++row) {
                    const FeatureFlagVersion& v = m_versions.at(row);
                    QString version = QString::number(v.version);
                    if (v.rolledBackTo > 0)
                        version = tr("%1 (back to %2)").arg(v.version).arg(v.rolledBackTo);
                    auto* item = new QTableWidgetItem(version);
                    item->setData(Qt::UserRole, v.version);
                    m_history->setItem(row, 0, item);
                    m_history->setItem(row, 1, new QTableWidgetItem(rolloutSummary(v.state)));
                    m_history->setItem(row, 2, new QTableWidgetItem(when(v.createdAt)));
                    m_history->setItem(row, 3, new QTableWidgetItem(v.createdBy));
                    m_history->setItem(row, 4, new QTableWidgetItem(v.reason));
                }
                m_history->resizeColumnsToContents();
                emit historyLoaded();
            });
    connect(m_controller,
            &AiConfigController::flagTenantsLoaded,
            this,
            [this](const QString& key, const Fetched<TenantReach>& reach) {
                finishOne();
                if (key != m_current.key)
                    return;
                m_tenantsOn->clear();
                if (!reach.ok()) {
                    m_tenantsOnLabel->setText(tr("The tenants could not be read: %1").arg(reach.error));
                    return;
                }
                QString label = tr("On for %n tenant(s).", nullptr, int(reach.value.total));
                if (reach.value.total > reach.value.tenants.size())
                    label += QLatin1Char(' ') + tr("The first %n by name:", nullptr, int(reach.value.tenants.size()));
                m_tenantsOnLabel->setText(label);
                for (const ReachedTenant& tenant : reach.value.tenants) {
                    auto* item = new QListWidgetItem(tr("%1 (%2)").arg(tenant.name, tenant.plan));
                    item->setToolTip(tenant.id);
                    m_tenantsOn->addItem(item);
                }
            });
    connect(
        m_controller,
        &AiConfigController::flagPreviewLoaded,
        this,
        [this](const QString& key, const QJsonObject& state, int rollbackVersion, const Fetched<TenantReach>& reach) {
            finishOne();
            if (key == m_current.key)
                showPreview(state, rollbackVersion, reach);
        });
    connect(m_controller,
            &AiConfigController::flagChanged,
            this,
            [this](const QString& key, const Fetched<AiConfigChange>& change) {
                finishOne();
                showChange(tr("Flag %1").arg(key), change);
            });
    connect(
        m_controller, &AiConfigController::flagdExported, this, [this](const QString& path, const Fetched<int>& flags) {
            finishOne();
            m_message->setText(flags.ok() ? tr("Exported %n flag(s) for flagd to %1.", nullptr, flags.value).arg(path)
                                          : tr("Nothing exported: %1").arg(flags.error));
            emit exported(flags.ok());
        });
}

void FlagsPanel::reload()
{
    m_tableState->showLoading(tr("Loading the feature flags…"));
    m_busy += 2;
    m_controller->loadFlags();
    m_controller->loadPending();
}

void FlagsPanel::showFlags(const Fetched<QVector<FeatureFlag>>& flags)
{
    if (!flags.ok()) {
        m_tableState->showError(tr("The feature flags could not be read: %1").arg(flags.error));
        return;
    }
    const QString selected = m_current.key;
    m_flags = flags.value;
    if (m_flags.isEmpty()) {
        m_tableState->showEmpty(tr("No feature flags yet. Create the first with New flag."));
        return;
    }
    m_tableState->showContent();
    const QSignalBlocker quiet(m_table);
    m_table->setRowCount(int(m_flags.size()));
    for (int row = 0; row < m_flags.size(); ++row) {
        const FeatureFlag& flag = m_flags.at(row);
        auto* key = new QTableWidgetItem(flag.key);
        key->setToolTip(flag.description);
        m_table->setItem(row, 0, key);
        m_table->setItem(row, 1, new QTableWidgetItem(rolloutSummary(flag.state())));
        auto* on = new QTableWidgetItem(QLocale().toString(flag.tenantsOn));
        on->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, on);
        m_table->setItem(row, 3, new QTableWidgetItem(QString::number(flag.version)));
        m_table->setItem(row, 4, new QTableWidgetItem(flag.updatedBy));
        m_table->setItem(row, 5, new QTableWidgetItem(when(flag.updatedAt)));
    }
    // An edit in progress (or refused as stale) stays, now on top of the version the server has: a reload
    // never throws away what the user typed.
    const QJsonObject draft = draftState();
    const bool keepDraft = std::exchange(m_keepDraft, false)
        || (m_current.version > 0 && !changesBetween(m_current.state(), draft, FeatureFlag::stateFields()).isEmpty());
    if (!selected.isEmpty())
        selectFlag(selected);
    if (keepDraft)
        applyState(draft);
}

void FlagsPanel::selectFlag(const QString& key)
{
    for (int row = 0; row < m_flags.size(); ++row) {
        if (m_flags.at(row).key == key) {
            const QSignalBlocker quiet(m_table); // shown once, here: not again by the selection handler
            m_table->selectRow(row);
            showFlag(m_flags.at(row));
            return;
        }
    }
}

void FlagsPanel::startNewFlag()
{
    const QSignalBlocker quiet(m_table);
    m_table->clearSelection();
    showFlag(FeatureFlag{});
    m_key->setFocus();
}

void FlagsPanel::showFlag(const FeatureFlag& flag)
{
    m_current = flag;
    const bool isNew = flag.version == 0;
    m_key->setText(flag.key);
    m_key->setReadOnly(!isNew);
    applyState(flag.version > 0 ? flag.state() : QJsonObject{{QStringLiteral("rollout"), QStringLiteral("all")}});
    m_reviewButton->setText(isNew ? tr("Review and create…") : tr("Review and save…"));
    m_history->setRowCount(0);
    m_versions.clear();
    m_tenantsOn->clear();
    m_tenantsOnLabel->setText(isNew ? tr("A new flag is on for no tenant until it is saved.") : QString());
    if (!isNew)
        loadDetails();
}

void FlagsPanel::applyState(const QJsonObject& state)
{
    m_description->setText(state.value(QStringLiteral("description")).toString());
    m_enabled->setChecked(state.value(QStringLiteral("enabled")).toBool());
    m_rollout->setCurrentIndex(qMax(0, m_rollout->findData(state.value(QStringLiteral("rollout")).toString())));
    m_percentage->setValue(state.value(QStringLiteral("percentage")).toInt());
    m_plans->setText(stringsOf(state.value(QStringLiteral("plans"))).join(QStringLiteral(", ")));
    m_tenants->setPlainText(stringsOf(state.value(QStringLiteral("tenants"))).join(u'\n'));
    updateRolloutFields();
}

void FlagsPanel::loadDetails()
{
    m_busy += 2;
    m_controller->loadFlagHistory(m_current.key);
    m_controller->loadFlagTenants(m_current.key, kTenantsShown);
}

void FlagsPanel::updateRolloutFields()
{
    const QString rollout = m_rollout->currentData().toString();
    m_percentage->setEnabled(rollout == QLatin1String("percentage"));
    m_plans->setEnabled(rollout == QLatin1String("plans"));
    m_tenants->setEnabled(rollout == QLatin1String("tenants"));
}

QJsonObject FlagsPanel::draftState() const
{
    return {{QStringLiteral("description"), m_description->text().trimmed()},
            {QStringLiteral("enabled"), m_enabled->isChecked()},
            {QStringLiteral("rollout"), m_rollout->currentData().toString()},
            {QStringLiteral("percentage"), m_percentage->value()},
            {QStringLiteral("plans"), QJsonArray::fromStringList(listFrom(m_plans->text()))},
            {QStringLiteral("tenants"), QJsonArray::fromStringList(listFrom(m_tenants->toPlainText()))}};
}

void FlagsPanel::review()
{
    const QString key = m_key->text().trimmed();
    if (!QRegularExpression(QStringLiteral("^[a-z0-9][a-z0-9_.-]{0,63}$")).match(key).hasMatch()) {
        m_message->setText(tr("The flag key must be lower-case letters, digits, \".\", \"_\" and \"-\", at most 64, "
                              "starting with a letter or digit."));
        return;
    }
    for (const QString& tenant : listFrom(m_tenants->toPlainText())) {
        if (!Validation::isUuid(tenant)) {
            m_message->setText(tr("\"%1\" is not a tenant id (a UUID).").arg(tenant));
            return;
        }
    }
    const QJsonObject target = draftState();
    if (m_current.version > 0 && changesBetween(m_current.state(), target, FeatureFlag::stateFields()).isEmpty()) {
        m_message->setText(tr("Nothing to save: the flag is unchanged."));
        return;
    }
    m_current.key = key;
    m_message->setText(tr("Finding the tenants this reaches…"));
    ++m_busy;
    m_controller->previewFlag(key, target, kReviewTenants, 0);
}

void FlagsPanel::showPreview(const QJsonObject& target, int rollbackVersion, const Fetched<TenantReach>& reach)
{
    if (!reach.ok()) {
        m_message->setText(reach.error);
        return;
    }
    m_message->clear();
    if (rollbackVersion > 0) {
        openReview(tr("Roll flag %1 back to version %2").arg(m_current.key).arg(rollbackVersion),
                   target,
                   reach.value,
                   tr("The rollback makes version %1 equal to version %2, audited; the tenants whose value changes "
                      "get it in Redis right after.")
                       .arg(m_current.version + 1)
                       .arg(rollbackVersion),
                   tr("Roll back to version %1").arg(rollbackVersion),
                   rollbackVersion);
        return;
    }
    const bool isNew = m_current.version == 0;
    openReview(isNew ? tr("Create flag %1").arg(m_current.key) : tr("Change flag %1").arg(m_current.key),
               target,
               reach.value,
               isNew ? tr("Creating the flag makes version 1; its value is written to every tenant's AI "
                          "configuration in Redis right after the save.")
                     : tr("Saving makes version %1. The tenants whose value changes get it in Redis right after "
                          "the save, announced on the plan-changes channel.")
                           .arg(m_current.version + 1),
               isNew ? tr("Create flag") : tr("Save version %1").arg(m_current.version + 1),
               0);
}

void FlagsPanel::reviewRollback(int version)
{
    QJsonObject target;
    for (const FeatureFlagVersion& v : m_versions) {
        if (v.version == version)
            target = v.state;
    }
    if (target.isEmpty())
        return;
    ++m_busy;
    m_controller->previewFlag(m_current.key, target, kReviewTenants, version);
}

void FlagsPanel::openReview(const QString& title,
                            const QJsonObject& target,
                            const TenantReach& reach,
                            const QString& consequence,
                            const QString& action,
                            int rollbackVersion)
{
    QVector<ChangeReviewDialog::Row> rows;
    const QJsonObject now = m_current.version > 0 ? m_current.state() : QJsonObject();
    for (const FieldChange& change : changesBetween(now, target, FeatureFlag::stateFields()))
        rows.append({change.field, displayOf(change.before), displayOf(change.after)});
    emit reviewReady();
    ChangeReviewDialog::openFor(
        this, title, rows, reach, true, consequence, action, [this, rollbackVersion](const QString& reason) {
            if (rollbackVersion > 0)
                rollbackTo(rollbackVersion, reason);
            else
                save(reason);
        });
}

void FlagsPanel::save(const QString& reason)
{
    const QString key = m_key->text().trimmed();
    m_current.key = key;
    const QJsonObject target = draftState();
    QJsonObject changes;
    if (m_current.version == 0) {
        changes = target;
    } else {
        for (const FieldChange& change : changesBetween(m_current.state(), target, FeatureFlag::stateFields()))
            changes.insert(change.field, change.after);
    }
    m_message->setText(tr("Saving…"));
    ++m_busy;
    m_controller->setFlag(key, changes, reason, m_current.version);
}

void FlagsPanel::rollbackTo(int version, const QString& reason)
{
    const QString key = m_current.key;
    m_message->setText(tr("Rolling back…"));
    ++m_busy;
    m_controller->rollbackFlag(key, version, reason, m_current.version);
}

void FlagsPanel::showChange(const QString& what, const Fetched<AiConfigChange>& change)
{
    if (!change.ok()) {
        m_message->setText(change.value.saved.conflict
                               ? tr("Not saved: %1 Your edit is still here; it will be reviewed against the version "
                                    "now.")
                                     .arg(change.error)
                               : tr("Not saved: %1").arg(change.error));
        if (change.value.saved.conflict) {
            m_keepDraft = true;
            reload();
        }
        emit changed(false);
        return;
    }
    QString text;
    if (change.value.saved.version > 0)
        text = tr("%1 is now at version %2; it changed for %n tenant(s).",
                  nullptr,
                  int(change.value.saved.affectedTenants))
                   .arg(what)
                   .arg(change.value.saved.version);
    if (change.value.pushed())
        text += QLatin1Char(' ')
            + tr("Redis has the AI configuration of %n tenant(s), announced.",
                 nullptr,
                 int(change.value.pushedTenants));
    else
        text += QLatin1Char(' ')
            + tr("Redis was not updated: %1 The tenants stay pending until a push succeeds.")
                  .arg(change.value.pushError);
    m_message->setText(text.trimmed());
    reload();
    emit changed(change.value.pushed());
}

bool FlagsPanel::exportFlagd(const QString& path)
{
    if (path.isEmpty())
        return false;
    m_message->setText(tr("Evaluating every flag for every tenant…"));
    ++m_busy;
    m_controller->exportFlagd(path);
    return true;
}

QString FlagsPanel::message() const
{
    return m_message->text();
}

int FlagsPanel::selectedHistoryVersion() const
{
    const int row = m_history->currentRow();
    if (row < 0 || !m_history->item(row, 0))
        return 0;
    return m_history->item(row, 0)->data(Qt::UserRole).toInt();
}

void FlagsPanel::finishOne()
{
    m_busy = qMax(0, m_busy - 1);
}
