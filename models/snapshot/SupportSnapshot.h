#pragma once

#include <models/common/Fetched.h>
#include <models/executions/ExecutionRepository.h>

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QVector>

// One tenant's view, frozen into a single file a support engineer can attach to a ticket and another
// TenantScope opens read-only, offline: the tenant's plan and limits, live state, month and forecast,
// failures by cause, jobs by state, open alerts, keys (masked), recent changes, its latest failed
// executions with their traces and its failed and active BullMQ jobs. Credentials are redacted before
// it is written (SecretRedactor); what could not be read is named, never silently missing.
//
// The file is indented UTF-8 JSON ("format": "tenantscope-support-snapshot"), so whoever sends it can
// read what it holds. A reader accepts its own version and older ones.
struct SupportSnapshot
{
    static constexpr int kVersion = 1;
    static constexpr qint64 kMaxFileBytes = 64LL * 1024 * 1024;
    static const QString& formatName();
    static const QString& fileSuffix(); // "tssnapshot"

    QDateTime exportedAt;
    QString exportedBy; // the database role of the exporting profile
    QString profileName;
    QString appVersion;
    QJsonObject tenant; // TenantDetail::toJson()
    QJsonObject live; // TenantLiveState::toJson()
    QJsonObject month; // month to date and the forecast
    QJsonArray failureGroups; // ErrorGroup::toJson()
    QJsonObject jobsByState; // state -> count, every queue
    QJsonArray alerts; // QuotaAlert::toJson()
    QJsonArray keys; // provider, label, last 4, created: never the key
    QJsonArray audit; // AuditEntry::toJson()
    QJsonObject aiConfig; // ai_effective_config: model, prompt, sampling, RAG and flags
    QVector<ExecutionDetail> executions; // newest first, with their nodes
    QJsonArray jobs; // JobDetail::toJson()
    QMap<QString, QString> unavailable; // part -> why it could not be read
    int redactions = 0; // values the redactor replaced

    QString tenantId() const;
    QString tenantName() const;
    // A tenant 360 part by its key (Tenant360::Section::key: "month", "failure_groups", ...).
    void setPart(const QString& key, const QJsonValue& value);

    QByteArray toFile() const;
    // A file's snapshot, or a sentence saying why it is not one (not a snapshot, a newer version,
    // damaged). Everything in it is data to show, never to act on.
    static Fetched<SupportSnapshot> fromFile(const QByteArray& bytes);

    // Off the GUI thread: read and check a file; write one atomically (empty answer: written).
    static QFuture<Fetched<SupportSnapshot>> read(const QString& path);
    QFuture<QString> write(const QString& path) const;
};
