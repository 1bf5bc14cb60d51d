#include <ui/snapshot/SnapshotWindow.h>

#include <models/plans/EffectiveConfigText.h>

#include <ui/common/JsonView.h>
#include <ui/common/StatePanel.h>
#include <ui/executions/TraceView.h>

#include <models/common/DisplayText.h>
#include <models/snapshot/SnapshotFileReader.h>
#include <models/tenants/QuotaForecast.h>

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace
{
QString when(const QString& iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString number(const QJsonValue& value)
{
    return value.isDouble() ? QLocale().toString(qint64(value.toDouble())) : SnapshotWindow::tr("unlimited");
}

QString money(const QJsonValue& value)
{
    return QStringLiteral("$%1").arg(value.toString(QStringLiteral("0")));
}

QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // every text here came from the platform's data
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QTableWidget* readOnlyTable(const QStringList& headers, const QString& accessibleName, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAccessibleName(accessibleName);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}
} // namespace

QString SnapshotWindow::fileFilter()
{
    return tr("TenantScope support snapshots (*.%1)").arg(SupportSnapshot::fileSuffix());
}

void SnapshotWindow::open(const QString& path, QWidget* parent)
{
    QPointer<QWidget> owner = parent;
    auto* reader = new SnapshotFileReader(qApp);
    connect(reader,
            &SnapshotFileReader::finished,
            qApp,
            [owner, reader](const QString& file, const Fetched<SupportSnapshot>& read) {
                reader->deleteLater();
                if (!read.ok()) {
                    QMessageBox::warning(owner,
                                         tr("Open support snapshot"),
                                         tr("%1 cannot be opened.\n\n%2").arg(QFileInfo(file).fileName(), read.error));
                    return;
                }
                auto* window = new SnapshotWindow(read.value, file);
                window->setAttribute(Qt::WA_DeleteOnClose);
                window->show();
            });
    reader->read(path);
}

SnapshotWindow::SnapshotWindow(const SupportSnapshot& snapshot, const QString& path, QWidget* parent)
    : QMainWindow(parent)
    , m_snapshot(snapshot)
    , m_banner(plainLabel(QString(), this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("snapshotWindow"));
    setWindowTitle(tr("%1 — support snapshot (read-only)").arg(snapshot.tenantName()));
    setWindowFilePath(path);
    resize(1200, 800);

    QStringList banner;
    banner << tr("Read-only snapshot of %1 (%2), taken %3 by %4 from the profile \"%5\" with TenantScope %6.")
                  .arg(snapshot.tenantName(),
                       snapshot.tenantId(),
                       QLocale().toString(snapshot.exportedAt.toLocalTime(), QLocale::ShortFormat),
                       snapshot.exportedBy.isEmpty() ? tr("an unknown role") : snapshot.exportedBy,
                       snapshot.profileName,
                       snapshot.appVersion);
    banner << tr("Offline: nothing here reads from or writes to a server; the numbers are as they were then.");
    if (snapshot.redactions > 0)
        banner << tr(
            "%n value(s) that looked like credentials were redacted when it was taken.", nullptr, snapshot.redactions);
    if (!snapshot.unavailable.isEmpty()) {
        QStringList missing;
        for (auto it = snapshot.unavailable.begin(); it != snapshot.unavailable.end(); ++it)
            missing << tr("%1 (%2)").arg(it.key(), oneLineText(it.value(), 120));
        banner << tr("Not in this snapshot: %1.").arg(missing.join(QStringLiteral("; ")));
    }
    m_banner->setText(banner.join(QLatin1Char('\n')));
    m_banner->setObjectName(QStringLiteral("snapshotBanner"));
    m_banner->setAccessibleName(tr("About this snapshot"));
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_banner->setMargin(8);

    m_tabs->addTab(buildOverview(), tr("Overview"));
    m_tabs->addTab(buildExecutions(), tr("Failed executions (%1)").arg(snapshot.executions.size()));
    m_tabs->addTab(buildJobs(), tr("Jobs (%1)").arg(snapshot.jobs.size()));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open support snapshot…"), this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(this, tr("Open support snapshot"), {}, fileFilter());
        if (!chosen.isEmpty())
            SnapshotWindow::open(chosen, this);
    });
    file->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);
    statusBar()->showMessage(QFileInfo(path).fileName());
}

QString SnapshotWindow::bannerText() const
{
    return m_banner->text();
}

QString SnapshotWindow::overviewText(const QString& objectName) const
{
    const auto* label = findChild<QLabel*>(objectName);
    return label ? label->text() : QString();
}

QWidget* SnapshotWindow::buildOverview()
{
    const QJsonObject& t = m_snapshot.tenant;
    const QJsonObject limits = t.value(QStringLiteral("limits")).toObject();
    auto* content = new QWidget;
    auto* columns = new QHBoxLayout(content);
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    const auto field = [](QFormLayout* form, const QString& label, const QString& text, const QString& name) {
        QLabel* value = plainLabel(text, form->parentWidget());
        value->setObjectName(name);
        form->addRow(label, value);
    };
    auto* tenantBox = new QGroupBox(tr("Tenant, plan and limits"), content);
    auto* form = new QFormLayout(tenantBox);
    field(form, tr("Name"), t.value(QStringLiteral("name")).toString(), QStringLiteral("snapshotName"));
    field(form, tr("Id"), t.value(QStringLiteral("id")).toString(), QStringLiteral("snapshotId"));
    field(form,
          tr("Plan"),
          tr("%1 (%2), %3 a month")
              .arg(t.value(QStringLiteral("plan_name")).toString(),
                   t.value(QStringLiteral("plan")).toString(),
                   money(t.value(QStringLiteral("base_price")))),
          QStringLiteral("snapshotPlan"));
    field(form, tr("Status"), t.value(QStringLiteral("status")).toString(), QStringLiteral("snapshotStatus"));
    field(form,
          tr("Tokens this month"),
          tr("%1 of %2 included")
              .arg(number(t.value(QStringLiteral("tokens_month"))),
                   number(limits.value(QStringLiteral("included_tokens")))),
          QStringLiteral("snapshotTokens"));
    field(
        form, tr("Cost this month"), money(t.value(QStringLiteral("cost_usd_month"))), QStringLiteral("snapshotCost"));
    field(form,
          tr("Requests this month"),
          number(t.value(QStringLiteral("requests_month"))),
          QStringLiteral("snapshotRequests"));
    field(form,
          tr("Max concurrent"),
          number(limits.value(QStringLiteral("max_concurrent"))),
          QStringLiteral("snapshotConcurrency"));
    field(form,
          tr("Requests / tokens per minute"),
          tr("%1 / %2").arg(number(limits.value(QStringLiteral("requests_per_minute"))),
                            number(limits.value(QStringLiteral("tokens_per_minute")))),
          QStringLiteral("snapshotRates"));
    field(
        form, tr("Runs a month"), number(limits.value(QStringLiteral("monthly_runs"))), QStringLiteral("snapshotRuns"));
    QStringList models;
    for (const QJsonValue& model : limits.value(QStringLiteral("allowed_models")).toArray())
        models << model.toString();
    field(form,
          tr("Allowed models"),
          models.isEmpty() ? tr("any") : models.join(QStringLiteral(", ")),
          QStringLiteral("snapshotModels"));
    if (limits.value(QStringLiteral("has_override")).toBool())
        field(form,
              tr("Override"),
              tr("%1 (until %2)")
                  .arg(limits.value(QStringLiteral("override_reason")).toString(),
                       when(limits.value(QStringLiteral("override_expires_at")).toString())),
              QStringLiteral("snapshotOverride"));
    left->addWidget(tenantBox);

    const auto section
        = [content](QVBoxLayout* column, const QString& title, const QString& text, const QString& name) {
              auto* box = new QGroupBox(title, content);
              auto* inner = new QVBoxLayout(box);
              QLabel* body = plainLabel(text, box);
              body->setObjectName(name);
              inner->addWidget(body);
              column->addWidget(box);
          };

    const QJsonObject& live = m_snapshot.live;
    QString liveText;
    if (live.isEmpty())
        liveText = tr("Not in this snapshot.");
    else if (!live.value(QStringLiteral("available")).toBool())
        liveText = tr("Redis could not be read: %1").arg(live.value(QStringLiteral("error")).toString());
    else
        liveText
            = tr("%1 requests and %2 tokens in the last minute, %3 running; quota %4.")
                  .arg(number(live.value(QStringLiteral("requests_last_60s"))),
                       number(live.value(QStringLiteral("tokens_last_60s"))),
                       number(live.value(QStringLiteral("concurrent"))),
                       live.value(QStringLiteral("quota_exceeded")).toBool() ? tr("exceeded") : tr("not exceeded"));
    section(left, tr("Live state when it was taken"), liveText, QStringLiteral("snapshotLive"));

    const QJsonObject& month = m_snapshot.month;
    QString monthText = tr("Not in this snapshot.");
    if (!month.isEmpty()) {
        monthText = tr("%1 tokens month to date, %2 included; %3 tokens a day recently.")
                        .arg(number(month.value(QStringLiteral("month_to_date"))),
                             number(month.value(QStringLiteral("included"))),
                             number(month.value(QStringLiteral("daily_rate"))));
        const QDate crossed = QDate::fromString(month.value(QStringLiteral("crossed_on")).toString(), Qt::ISODate);
        const QDate crosses = QDate::fromString(month.value(QStringLiteral("crosses_on")).toString(), Qt::ISODate);
        const int resetsIn = month.value(QStringLiteral("resets_in_days")).toInt();
        QuotaForecast forecastMethod; // its method, in the reader's language
        forecastMethod.windowDays = month.value(QStringLiteral("window_days")).toInt();
        // As the tenant 360 says it: a crossing after the month's reset is no crossing this month.
        const QDate reset = m_snapshot.exportedAt.toUTC().date().addDays(resetsIn);
        if (crossed.isValid())
            monthText += QLatin1Char('\n')
                + tr("Over the included tokens since %1.").arg(QLocale().toString(crossed, QLocale::ShortFormat));
        else if (crosses.isValid() && crosses < reset)
            monthText += QLatin1Char('\n')
                + tr("At that pace it would cross them on %1.").arg(QLocale().toString(crosses, QLocale::ShortFormat));
        else if (!month.value(QStringLiteral("included")).isNull())
            monthText += QLatin1Char('\n') + tr("At that pace it would stay under them that month.");
        monthText
            += QLatin1Char('\n') + tr("Resets in %n day(s) (%1).", nullptr, resetsIn).arg(forecastMethod.methodText());
    }
    section(left, tr("This month and the forecast"), monthText, QStringLiteral("snapshotMonth"));

    QStringList jobs;
    for (auto it = m_snapshot.jobsByState.begin(); it != m_snapshot.jobsByState.end(); ++it) {
        if (it.value().toDouble() > 0)
            jobs << tr("%1 %2").arg(it.key(), number(it.value()));
    }
    section(left,
            tr("Queued work (BullMQ)"),
            jobs.isEmpty() ? tr("No jobs in any queue.") : jobs.join(QStringLiteral(" · ")),
            QStringLiteral("snapshotJobsByState"));
    section(left,
            tr("AI configuration"),
            m_snapshot.aiConfig.isEmpty() ? tr("Not in this snapshot.") : EffectiveConfigText::of(m_snapshot.aiConfig),
            QStringLiteral("snapshotAiConfig"));
    left->addStretch(1);

    QStringList failures;
    for (const QJsonValue& value : m_snapshot.failureGroups) {
        const QJsonObject g = value.toObject();
        failures << tr("%1 × %2, last %3: %4")
                        .arg(number(g.value(QStringLiteral("count"))),
                             g.value(QStringLiteral("error_code")).toString(),
                             when(g.value(QStringLiteral("last_seen")).toString()),
                             oneLineText(g.value(QStringLiteral("sample_message")).toString(), 160));
    }
    section(right,
            tr("Failed executions by cause"),
            failures.isEmpty() ? tr("No failed executions.") : failures.join(QLatin1Char('\n')),
            QStringLiteral("snapshotFailures"));

    QStringList alerts;
    for (const QJsonValue& value : m_snapshot.alerts) {
        const QJsonObject a = value.toObject();
        alerts << tr("%1 at %2 %, since %3")
                      .arg(a.value(QStringLiteral("metric")).toString())
                      .arg(a.value(QStringLiteral("threshold_pct")).toInt())
                      .arg(when(a.value(QStringLiteral("fired_at")).toString()));
    }
    section(right,
            tr("Open alerts"),
            alerts.isEmpty() ? tr("No open alerts.") : alerts.join(QLatin1Char('\n')),
            QStringLiteral("snapshotAlerts"));

    QStringList keys;
    for (const QJsonValue& value : m_snapshot.keys) {
        const QJsonObject k = value.toObject();
        keys << tr("%1: ••••%2 (%3), since %4%5")
                    .arg(k.value(QStringLiteral("provider")).toString(),
                         k.value(QStringLiteral("last4")).toString(),
                         oneLineText(k.value(QStringLiteral("label")).toString(), 60),
                         when(k.value(QStringLiteral("created_at")).toString()),
                         k.value(QStringLiteral("active")).toBool() ? QString() : tr(", revoked"));
    }
    section(right,
            tr("Provider keys on the platform"),
            keys.isEmpty() ? tr("No keys uploaded.") : keys.join(QLatin1Char('\n')),
            QStringLiteral("snapshotKeys"));

    QStringList changes;
    for (const QJsonValue& value : m_snapshot.audit) {
        const QJsonObject e = value.toObject();
        changes << tr("%1 %2 %3: %4")
                       .arg(when(e.value(QStringLiteral("at")).toString()),
                            e.value(QStringLiteral("actor")).toString(),
                            e.value(QStringLiteral("action")).toString(),
                            oneLineText(e.value(QStringLiteral("reason")).toString(), 80));
    }
    section(right,
            tr("Recent changes"),
            changes.isEmpty() ? tr("No changes recorded.") : changes.join(QLatin1Char('\n')),
            QStringLiteral("snapshotAudit"));
    right->addStretch(1);

    auto* scroll = new QScrollArea;
    scroll->setAccessibleName(tr("Overview"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    return scroll;
}

QWidget* SnapshotWindow::buildExecutions()
{
    auto* splitter = new QSplitter(Qt::Vertical);
    m_executions = readOnlyTable({tr("Created"), tr("Workflow"), tr("Error"), tr("Id"), tr("Message")},
                                 tr("Failed executions in the snapshot"),
                                 splitter);
    m_executions->setObjectName(QStringLiteral("snapshotExecutions"));
    m_executions->setWordWrap(false);
    m_executions->setRowCount(int(m_snapshot.executions.size()));
    for (int row = 0; row < m_snapshot.executions.size(); ++row) {
        const ExecutionSummary& e = m_snapshot.executions.at(row).summary;
        setRow(m_executions,
               row,
               {QLocale().toString(e.createdAt.toLocalTime(), QLocale::ShortFormat),
                e.workflow,
                e.errorCode,
                e.id,
                oneLineText(e.errorMessage, 160)});
    }
    m_executions->resizeColumnsToContents(); // at most SnapshotExporter::kMaxExecutions rows
    auto* listState = new StatePanel(m_executions, splitter);
    m_trace = new TraceView(splitter);
    splitter->addWidget(listState);
    splitter->addWidget(m_trace);
    splitter->setStretchFactor(1, 2);
    connect(m_executions, &QTableWidget::currentCellChanged, this, [this](int row) { showExecution(row); });
    if (m_snapshot.executions.isEmpty()) {
        listState->showEmpty(tr("No failed executions in the last days before the snapshot was taken."));
        m_trace->hide();
    } else {
        listState->showContent();
        m_executions->setCurrentCell(0, 0);
    }
    return splitter;
}

void SnapshotWindow::showExecution(int row)
{
    if (row < 0 || row >= m_snapshot.executions.size())
        return;
    m_trace->setTrace(m_snapshot.executions.at(row));
}

QWidget* SnapshotWindow::buildJobs()
{
    auto* splitter = new QSplitter(Qt::Vertical);
    m_jobs = readOnlyTable({tr("Queue"), tr("Id"), tr("Name"), tr("State"), tr("Attempts"), tr("Failed reason")},
                           tr("Jobs in the snapshot"),
                           splitter);
    m_jobs->setObjectName(QStringLiteral("snapshotJobs"));
    m_jobs->setWordWrap(false);
    m_jobs->setRowCount(int(m_snapshot.jobs.size()));
    for (int row = 0; row < m_snapshot.jobs.size(); ++row) {
        const QJsonObject job = m_snapshot.jobs.at(row).toObject();
        setRow(m_jobs,
               row,
               {job.value(QStringLiteral("queue")).toString(),
                job.value(QStringLiteral("id")).toString(),
                job.value(QStringLiteral("name")).toString(),
                job.value(QStringLiteral("state")).toString(),
                QString::number(job.value(QStringLiteral("attempts_made")).toInt()),
                oneLineText(job.value(QStringLiteral("failed_reason")).toString(), 160)});
    }
    m_jobs->resizeColumnsToContents();
    auto* listState = new StatePanel(m_jobs, splitter);
    m_job = new JsonView(tr("The selected job, whole"), splitter);
    splitter->addWidget(listState);
    splitter->addWidget(m_job);
    splitter->setStretchFactor(1, 2);
    connect(m_jobs, &QTableWidget::currentCellChanged, this, [this](int row) { showJob(row); });
    if (m_snapshot.jobs.isEmpty()) {
        listState->showEmpty(tr("No failed or active jobs of this tenant when the snapshot was taken."));
        m_job->hide();
    } else {
        listState->showContent();
        m_jobs->setCurrentCell(0, 0);
    }
    return splitter;
}

void SnapshotWindow::showJob(int row)
{
    if (row < 0 || row >= m_snapshot.jobs.size())
        return;
    m_job->setJsonText(QString::fromUtf8(QJsonDocument(m_snapshot.jobs.at(row).toObject()).toJson()));
}
