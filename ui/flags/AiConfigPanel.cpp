#include <ui/flags/AiConfigPanel.h>

#include <models/common/DisplayText.h>
#include <models/plans/AiConfigController.h>
#include <models/plans/FieldChanges.h>
#include <ui/common/StatePanel.h>
#include <ui/common/TenantPicker.h>
#include <ui/flags/ChangeReviewDialog.h>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

namespace
{
constexpr int kReviewTenants = 200;
constexpr int kPromptLimit = 32000;

QString when(const QDateTime& moment)
{
    return moment.isValid() ? QLocale().toString(moment.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString textOf(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool() ? AiConfigPanel::tr("on") : AiConfigPanel::tr("off");
    if (value.isDouble())
        return QLocale::c().toString(value.toDouble());
    return value.toString();
}

QString shown(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return AiConfigPanel::tr("(not set)");
    QString text = textOf(value);
    if (text.size() > 120)
        text = text.left(117) + QStringLiteral("…");
    return text;
}

// A number typed as "0.7" or in the user's locale ("0,7").
bool parseNumber(const QString& text, double* number)
{
    bool ok = false;
    *number = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok)
        *number = QLocale().toDouble(text.trimmed(), &ok);
    return ok;
}
} // namespace

AiConfigPanel::AiConfigPanel(AiConfigController* controller, TenantRepository* tenants, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_picker(new TenantPicker(tenants))
    , m_subjectInfo(new QLabel)
    , m_model(new QLineEdit)
    , m_fallback(new QLineEdit)
    , m_promptVersion(new QLineEdit)
    , m_temperature(new QLineEdit)
    , m_maxTokens(new QLineEdit)
    , m_rag(new QComboBox)
    , m_prompt(new QPlainTextEdit)
    , m_reviewButton(new QPushButton(tr("Review and save…")))
    , m_tryButton(new QPushButton(tr("Try in the Playground")))
    , m_message(new QLabel)
    , m_effective(new QPlainTextEdit)
    , m_history(new QTableWidget(0, 7))
    , m_rollbackButton(new QPushButton(tr("Roll back to this version…")))
{
    setObjectName(QStringLiteral("aiConfigPanel"));
    m_picker->setObjectName(QStringLiteral("aiConfigTenant"));
    m_picker->setAccessibleName(tr("Tenant"));
    m_picker->setPlaceholderText(tr("Global defaults (type a tenant's name for its overrides)"));
    connect(m_picker, &TenantPicker::tenantChanged, this, [this](const QString& tenantId) {
        showSubject(tenantId, m_picker->text());
    });
    m_subjectInfo->setObjectName(QStringLiteral("aiConfigSubject"));
    m_subjectInfo->setWordWrap(true);

    const QString notSet = tr("not set: follows the global default");
    for (auto [edit, name, accessible] : {std::tuple{m_model, "aiModel", tr("Model")},
                                          std::tuple{m_fallback, "aiFallbackModel", tr("Fallback model")},
                                          std::tuple{m_promptVersion, "aiPromptVersion", tr("Prompt version")},
                                          std::tuple{m_temperature, "aiTemperature", tr("Temperature")},
                                          std::tuple{m_maxTokens, "aiMaxTokens", tr("Max tokens")}}) {
        edit->setObjectName(QLatin1String(name));
        edit->setAccessibleName(accessible);
        edit->setPlaceholderText(notSet);
    }
    m_model->setMaxLength(100);
    m_fallback->setMaxLength(100);
    m_promptVersion->setMaxLength(100);
    m_temperature->setToolTip(tr("0 to 2, two decimals at most"));
    m_maxTokens->setToolTip(tr("1 to 1,000,000"));
    m_rag->setObjectName(QStringLiteral("aiRag"));
    m_rag->setAccessibleName(tr("RAG"));
    m_rag->addItem(tr("Not set"), QString());
    m_rag->addItem(tr("On"), QStringLiteral("on"));
    m_rag->addItem(tr("Off"), QStringLiteral("off"));
    m_prompt->setObjectName(QStringLiteral("aiSystemPrompt"));
    m_prompt->setAccessibleName(tr("System prompt"));
    m_prompt->setPlaceholderText(notSet);
    m_reviewButton->setObjectName(QStringLiteral("aiConfigReview"));
    connect(m_reviewButton, &QPushButton::clicked, this, &AiConfigPanel::review);
    m_tryButton->setObjectName(QStringLiteral("aiTryInPlayground"));
    m_tryButton->setToolTip(tr("Chat as this tenant: its effective prompt, model, temperature and maximum"));
    m_tryButton->hide(); // only for a tenant: the global defaults are no one's configuration on their own
    connect(m_tryButton, &QPushButton::clicked, this, [this] { emit tryInPlayground(m_subject, m_subjectLabel); });
    m_message->setObjectName(QStringLiteral("aiConfigMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* editor = new QWidget;
    auto* form = new QFormLayout(editor);
    form->addRow(tr("Tenant:"), m_picker);
    form->addRow(m_subjectInfo);
    form->addRow(tr("Model:"), m_model);
    form->addRow(tr("Fallback model:"), m_fallback);
    form->addRow(tr("Temperature:"), m_temperature);
    form->addRow(tr("Max tokens:"), m_maxTokens);
    form->addRow(tr("RAG:"), m_rag);
    form->addRow(tr("Prompt version:"), m_promptVersion);
    form->addRow(tr("System prompt:"), m_prompt);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_reviewButton, 1);
    actions->addWidget(m_tryButton);
    form->addRow(QString(), actions);
    form->addRow(m_message);

    m_effective->setObjectName(QStringLiteral("aiEffective"));
    m_effective->setAccessibleName(tr("Effective configuration"));
    m_effective->setReadOnly(true);

    m_history->setObjectName(QStringLiteral("aiConfigHistory"));
    m_history->setAccessibleName(tr("Configuration history"));
    m_history->setHorizontalHeaderLabels(
        {tr("Version"), tr("Model"), tr("Temperature"), tr("Prompt version"), tr("Changed"), tr("By"), tr("Reason")});
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->horizontalHeader()->setStretchLastSection(true);
    // Widths that fit the pane at 1280 x 800 whatever the versions hold (sized to their contents, a long
    // reason or rollback note widened the table past it); the reason takes the rest; a cut value is whole
    // in its tool tip.
    const QList<int> widths{95, 100, 70, 90, 115, 80};
    for (int column = 0; column < int(widths.size()); ++column)
        m_history->setColumnWidth(column, widths.at(column));
    m_history->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
    m_history->setWordWrap(false);
    m_historyState = new StatePanel(m_history);
    connect(m_historyState, &StatePanel::retryRequested, this, &AiConfigPanel::reload);
    m_rollbackButton->setObjectName(QStringLiteral("aiConfigRollback"));
    m_rollbackButton->setEnabled(false);
    connect(m_history, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_history->currentRow();
        m_rollbackButton->setEnabled(row > 0); // the newest version is the one in force
    });
    connect(m_rollbackButton, &QPushButton::clicked, this, [this] {
        const int row = m_history->currentRow();
        if (row > 0 && row < m_versions.size())
            reviewRollback(m_versions.at(row).version);
    });

    auto* historyBox = new QWidget;
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("History (newest first):")));
    historyLayout->addWidget(m_historyState, 1);
    historyLayout->addWidget(m_rollbackButton, 0, Qt::AlignLeft);
    auto* effectiveBox = new QWidget;
    auto* effectiveLayout = new QVBoxLayout(effectiveBox);
    effectiveLayout->setContentsMargins(0, 0, 0, 0);
    effectiveLayout->addWidget(new QLabel(tr("Effective configuration:")));
    effectiveLayout->addWidget(m_effective, 1);
    auto* right = new QSplitter(Qt::Vertical);
    right->addWidget(historyBox);
    right->addWidget(effectiveBox);
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(editor);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({520, 780}); // the history's columns need the room more than the fields do
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    connectController();
    showSubject({});
}

void AiConfigPanel::connectController()
{
    connect(m_controller,
            &AiConfigController::configHistoryLoaded,
            this,
            [this](const QString& subject, const Fetched<QVector<AiConfigVersion>>& history) {
                finishOne();
                if (subject != m_subject)
                    return;
                showHistory(history);
                emit loaded();
            });
    connect(m_controller,
            &AiConfigController::effectiveLoaded,
            this,
            [this](const QString& tenantId, const Fetched<QJsonObject>& effective) {
                finishOne();
                if (tenantId == m_subject)
                    showEffective(effective);
            });
    connect(
        m_controller,
        &AiConfigController::configPreviewLoaded,
        this,
        [this](
            const QString& subject, const QJsonObject& target, int rollbackVersion, const Fetched<TenantReach>& reach) {
            finishOne();
            if (subject == m_subject)
                showPreview(target, rollbackVersion, reach);
        });
    connect(m_controller,
            &AiConfigController::configChanged,
            this,
            [this](const QString& subject, const Fetched<AiConfigChange>& change) {
                finishOne();
                if (subject == m_subject)
                    showChange(change);
            });
}

QString AiConfigPanel::subjectName() const
{
    return m_subject.isEmpty() ? tr("the global defaults") : tr("tenant %1").arg(m_subjectLabel);
}

void AiConfigPanel::showSubject(const QString& tenantId, const QString& label)
{
    if (tenantId != m_subject) {
        m_historyLoadedFor = QStringLiteral("-"); // another subject: its own fields, not this edit
        m_message->clear();
    }
    m_subject = tenantId;
    m_subjectLabel = label.isEmpty() ? tenantId : label;
    if (tenantId.isEmpty())
        m_picker->clearChoice();
    else if (m_picker->tenantId() != tenantId)
        m_picker->choose(tenantId, m_subjectLabel);
    m_tryButton->setVisible(!tenantId.isEmpty());
    m_subjectInfo->setText(tenantId.isEmpty()
                               ? tr("The global defaults: every tenant follows them for each field it does not set "
                                    "itself.")
                               : tr("This tenant's overrides: an empty field follows the global default."));
    for (QLineEdit* edit : {m_model, m_fallback, m_promptVersion, m_temperature, m_maxTokens})
        edit->setPlaceholderText(tenantId.isEmpty() ? tr("not set") : tr("not set: follows the global default"));
    m_prompt->setPlaceholderText(m_model->placeholderText());
    reload();
}

void AiConfigPanel::reload()
{
    m_historyState->showLoading(tr("Loading the versions of %1…").arg(subjectName()));
    ++m_busy;
    m_controller->loadConfigHistory(m_subject);
    if (m_subject.isEmpty()) {
        m_effective->setPlainText(tr("Choose a tenant to see the configuration it gets: its overrides over the global "
                                     "defaults, and every flag's value for it."));
        return;
    }
    m_effective->setPlainText(tr("Loading…"));
    ++m_busy;
    m_controller->loadEffective(m_subject);
}

void AiConfigPanel::showHistory(const Fetched<QVector<AiConfigVersion>>& history)
{
    if (!history.ok()) {
        m_historyState->showError(tr("The configuration's history could not be read: %1").arg(history.error));
        return;
    }
    // An edit in progress (or refused as stale) stays, on top of the version the server has now.
    const QJsonObject draftNow = draft(nullptr);
    const bool keepDraft = std::exchange(m_keepDraft, false)
        || (m_historyLoadedFor == m_subject
            && !changesBetween(currentFields(), draftNow, AiConfigRepository::configFields()).isEmpty());
    m_versions = history.value;
    m_historyLoadedFor = m_subject;
    if (!keepDraft)
        applyFields(currentFields());
    if (m_versions.isEmpty()) {
        m_historyState->showEmpty(m_subject.isEmpty() ? tr("No global defaults have been set yet.")
                                                      : tr("This tenant sets nothing of its own yet: it follows the "
                                                           "global defaults."));
        return;
    }
    m_historyState->showContent();
    m_history->setRowCount(int(m_versions.size()));
    for (int row = 0; row < m_versions.size(); ++row) {
        const AiConfigVersion& v = m_versions.at(row);
        QString version = QString::number(v.version);
        if (v.rolledBackTo > 0)
            version = tr("%1 (back to %2)").arg(v.version).arg(v.rolledBackTo);
        if (row == 0)
            version = tr("%1 (in force)").arg(version);
        m_history->setItem(row, 0, new QTableWidgetItem(version));
        m_history->setItem(row, 1, new QTableWidgetItem(shown(v.fields.value(QStringLiteral("model")))));
        m_history->setItem(row, 2, new QTableWidgetItem(shown(v.fields.value(QStringLiteral("temperature")))));
        m_history->setItem(row, 3, new QTableWidgetItem(shown(v.fields.value(QStringLiteral("prompt_version")))));
        m_history->setItem(row, 4, new QTableWidgetItem(when(v.createdAt)));
        m_history->setItem(row, 5, new QTableWidgetItem(v.createdBy));
        m_history->setItem(row, 6, new QTableWidgetItem(v.reason));
        for (int column = 0; column < m_history->columnCount(); ++column) // whole, where a column elides it
            m_history->item(row, column)->setToolTip(plainToolTip(m_history->item(row, column)->text()));
    }

    m_rollbackButton->setEnabled(false);
}

void AiConfigPanel::showEffective(const Fetched<QJsonObject>& effective)
{
    if (!effective.ok()) {
        m_effective->setPlainText(tr("The effective configuration could not be read: %1").arg(effective.error));
        return;
    }
    const QJsonObject own = currentFields();
    QStringList lines;
    for (const QString& field : AiConfigRepository::configFields()) {
        const QJsonValue value = effective.value.value(field);
        const bool fromTenant = !own.value(field).isNull() && !own.value(field).isUndefined();
        lines << tr("%1: %2 (%3)").arg(field, shown(value), fromTenant ? tr("tenant") : tr("global default"));
    }
    const QJsonObject flags = effective.value.value(QStringLiteral("flags")).toObject();
    for (auto it = flags.begin(); it != flags.end(); ++it)
        lines << tr("flag %1: %2").arg(it.key(), it.value().toBool() ? tr("on") : tr("off"));
    m_effective->setPlainText(lines.join(u'\n'));
}

QJsonObject AiConfigPanel::currentFields() const
{
    return m_versions.isEmpty() ? QJsonObject() : m_versions.first().fields;
}

int AiConfigPanel::currentVersion() const
{
    return m_versions.isEmpty() ? 0 : m_versions.first().version;
}

void AiConfigPanel::applyFields(const QJsonObject& fields)
{
    const auto text = [&fields](const char* field) {
        const QJsonValue value = fields.value(QLatin1String(field));
        return value.isNull() || value.isUndefined() ? QString() : textOf(value);
    };
    m_model->setText(text("model"));
    m_fallback->setText(text("fallback_model"));
    m_promptVersion->setText(text("prompt_version"));
    m_temperature->setText(text("temperature"));
    m_maxTokens->setText(text("max_tokens"));
    const QJsonValue rag = fields.value(QStringLiteral("rag"));
    m_rag->setCurrentIndex(rag.isBool() ? (rag.toBool() ? 1 : 2) : 0);
    m_prompt->setPlainText(fields.value(QStringLiteral("system_prompt")).toString());
}

void AiConfigPanel::editField(const QString& field, const QString& text)
{
    if (field == QLatin1String("model"))
        m_model->setText(text);
    else if (field == QLatin1String("fallback_model"))
        m_fallback->setText(text);
    else if (field == QLatin1String("prompt_version"))
        m_promptVersion->setText(text);
    else if (field == QLatin1String("temperature"))
        m_temperature->setText(text);
    else if (field == QLatin1String("max_tokens"))
        m_maxTokens->setText(text);
    else if (field == QLatin1String("rag"))
        m_rag->setCurrentIndex(qMax(0, m_rag->findData(text)));
    else if (field == QLatin1String("system_prompt"))
        m_prompt->setPlainText(text);
}

QJsonObject AiConfigPanel::draft(QString* problem) const
{
    QJsonObject config;
    const auto textOrNull
        = [](const QString& text) { return text.trimmed().isEmpty() ? QJsonValue() : QJsonValue(text.trimmed()); };
    config.insert(QStringLiteral("model"), textOrNull(m_model->text()));
    config.insert(QStringLiteral("fallback_model"), textOrNull(m_fallback->text()));
    config.insert(QStringLiteral("prompt_version"), textOrNull(m_promptVersion->text()));
    const QString prompt = m_prompt->toPlainText();
    config.insert(QStringLiteral("system_prompt"), prompt.isEmpty() ? QJsonValue() : QJsonValue(prompt));
    config.insert(QStringLiteral("temperature"), QJsonValue());
    config.insert(QStringLiteral("max_tokens"), QJsonValue());
    const QString rag = m_rag->currentData().toString();
    config.insert(QStringLiteral("rag"), rag.isEmpty() ? QJsonValue() : QJsonValue(rag == QLatin1String("on")));
    QString found;
    if (!m_temperature->text().trimmed().isEmpty()) {
        double temperature = 0;
        if (!parseNumber(m_temperature->text(), &temperature) || temperature < 0 || temperature > 2
            || std::abs(temperature * 100 - std::round(temperature * 100)) > 1e-9)
            found = tr("Temperature: \"%1\" is not a number from 0 to 2 with two decimals at most.")
                        .arg(m_temperature->text());
        else
            config.insert(QStringLiteral("temperature"), temperature);
    }
    if (!m_maxTokens->text().trimmed().isEmpty()) {
        double tokens = 0;
        if (!parseNumber(m_maxTokens->text(), &tokens) || tokens < 1 || tokens > 1000000
            || tokens != std::floor(tokens))
            found = tr("Max tokens: \"%1\" is not a whole number from 1 to 1,000,000.").arg(m_maxTokens->text());
        else
            config.insert(QStringLiteral("max_tokens"), tokens);
    }
    if (prompt.size() > kPromptLimit)
        found = tr("System prompt: %1 characters, at most %2.")
                    .arg(QLocale().toString(prompt.size()), QLocale().toString(kPromptLimit));
    if (problem)
        *problem = found;
    return config;
}

void AiConfigPanel::review()
{
    QString problem;
    const QJsonObject target = draft(&problem);
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        return;
    }
    const QVector<FieldChange> changes = changesBetween(currentFields(), target, AiConfigRepository::configFields());
    if (changes.isEmpty()) {
        m_message->setText(tr("Nothing to save: the configuration is unchanged."));
        return;
    }
    QStringList fields;
    for (const FieldChange& change : changes)
        fields << change.field;
    m_message->setText(tr("Finding the tenants this reaches…"));
    ++m_busy;
    m_controller->previewConfig(m_subject, fields, kReviewTenants, target, 0);
}

void AiConfigPanel::showPreview(const QJsonObject& target, int rollbackVersion, const Fetched<TenantReach>& reach)
{
    if (!reach.ok()) {
        m_message->setText(reach.error);
        return;
    }
    m_message->clear();
    if (rollbackVersion > 0) {
        openReview(tr("Roll %1 back to version %2").arg(subjectName()).arg(rollbackVersion),
                   target,
                   reach.value,
                   tr("The rollback makes version %1 equal to version %2, audited; the tenants reached get their "
                      "configuration in Redis right after.")
                       .arg(currentVersion() + 1)
                       .arg(rollbackVersion),
                   tr("Roll back to version %1").arg(rollbackVersion),
                   rollbackVersion);
        return;
    }
    const int next = currentVersion() + 1;
    openReview(tr("Change the AI configuration of %1").arg(subjectName()),
               target,
               reach.value,
               tr("Saving makes version %1 of %2. The tenants reached get their new effective configuration in Redis "
                  "right after the save, announced on the plan-changes channel.")
                   .arg(next)
                   .arg(subjectName()),
               tr("Save version %1").arg(next),
               0);
}

void AiConfigPanel::reviewRollback(int version)
{
    QJsonObject target;
    for (const AiConfigVersion& v : m_versions) {
        if (v.version == version)
            target = v.fields;
    }
    QStringList fields;
    for (const FieldChange& change : changesBetween(currentFields(), target, AiConfigRepository::configFields()))
        fields << change.field;
    if (fields.isEmpty()) {
        m_message->setText(tr("Version %1 is the same as the version in force: nothing to roll back.").arg(version));
        return;
    }
    ++m_busy;
    m_controller->previewConfig(m_subject, fields, kReviewTenants, target, version);
}

void AiConfigPanel::openReview(const QString& title,
                               const QJsonObject& target,
                               const TenantReach& reach,
                               const QString& consequence,
                               const QString& action,
                               int rollbackVersion)
{
    QVector<ChangeReviewDialog::Row> rows;
    for (const FieldChange& change : changesBetween(currentFields(), target, AiConfigRepository::configFields()))
        rows.append({change.field, shown(change.before), shown(change.after)});
    emit reviewReady();
    ChangeReviewDialog::openFor(
        this, title, rows, reach, false, consequence, action, [this, rollbackVersion](const QString& reason) {
            if (rollbackVersion > 0)
                rollbackTo(rollbackVersion, reason);
            else
                save(reason);
        });
}

void AiConfigPanel::save(const QString& reason)
{
    QString problem;
    const QJsonObject config = draft(&problem);
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        emit changed(false);
        return;
    }
    m_message->setText(tr("Saving…"));
    ++m_busy;
    m_controller->setConfig(m_subject, config, reason, currentVersion());
}

void AiConfigPanel::rollbackTo(int version, const QString& reason)
{
    m_message->setText(tr("Rolling back…"));
    ++m_busy;
    m_controller->rollbackConfig(m_subject, version, reason, currentVersion());
}

void AiConfigPanel::showChange(const Fetched<AiConfigChange>& change)
{
    if (!change.ok()) {
        m_message->setText(change.value.saved.conflict
                               ? tr("Not saved: %1 Your edit is still here; review it again to save it on the "
                                    "version now.")
                                     .arg(change.error)
                               : tr("Not saved: %1").arg(change.error));
        if (change.value.saved.conflict) {
            m_keepDraft = true;
            reload();
        }
        emit changed(false);
        return;
    }
    QString text = tr("The AI configuration of %1 is now at version %2; it changed for %n tenant(s).",
                      nullptr,
                      int(change.value.saved.affectedTenants))
                       .arg(subjectName())
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
    m_message->setText(text);
    reload();
    emit changed(change.value.pushed());
}

QString AiConfigPanel::message() const
{
    return m_message->text();
}

QString AiConfigPanel::effectiveText() const
{
    return m_effective->toPlainText();
}

void AiConfigPanel::finishOne()
{
    m_busy = qMax(0, m_busy - 1);
}
