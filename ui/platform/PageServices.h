#pragma once

class ConnectionStatus;
class CostRepository;
class ExecutionActions;
class ExecutionFeed;
class ExecutionRepository;
class JobActions;
class QueueRepository;
class QueueOperations;
class PlanRepository;
class PlanOperations;
class AuditRepository;
class BillingOperations;
class TraceOperations;
class AiConfigRepository;
class HomeRepository;
class AiConfigOperations;
class AlertRepository;
class AlertMonitor;
class AnomalyRepository;
class DeliveryRepository;
class TenantRepository;
class UsageRepository;
class LocalKeyStore;
class SealedKeyRepository;
class PlaygroundRepository;
class QNetworkAccessManager;

#include <QString>

// What the pages read from: the repositories of one connection and its status.
struct PageServices
{
    TenantRepository* tenants = nullptr;
    UsageRepository* usage = nullptr;
    CostRepository* costs = nullptr;
    ConnectionStatus* status = nullptr;
    ExecutionRepository* executions = nullptr; // with the three below: the Executions page (optional)
    ExecutionActions* executionActions = nullptr;
    ExecutionFeed* executionFeed = nullptr;
    QueueRepository* queues = nullptr; // with jobActions: the Queues page (optional)
    JobActions* jobActions = nullptr;
    PlanRepository* plans = nullptr; // with the two below: the Plans page (optional)
    PlanOperations* planOperations = nullptr; // plan and override saves, then the limits push
    AuditRepository* audit = nullptr;
    AlertRepository* alerts = nullptr; // with alertMonitor: the Alerts page, badge and notifications
    AlertMonitor* alertMonitor = nullptr;
    LocalKeyStore* localKeys = nullptr; // with the three below: the Keys and Playground pages
    SealedKeyRepository* sealedKeys = nullptr;
    PlaygroundRepository* playground = nullptr;
    QNetworkAccessManager* network = nullptr;
    QString profileName = {};
    QString databaseRole = {}; // who this connection is, as recorded in exports
    AiConfigRepository* aiConfig = nullptr; // with aiConfigOperations: the Flags page (optional)
    AiConfigOperations* aiConfigOperations = nullptr;
    HomeRepository* home = nullptr; // the Home page (optional)
    AnomalyRepository* anomalies = nullptr; // the Alerts page's spikes and delivery (optional)
    DeliveryRepository* deliveries = nullptr;
    QueueOperations* queueOperations = nullptr; // the Queues page's controls of a whole queue (optional)
    BillingOperations* billing = nullptr; // the Reconciliation page (optional)
    TraceOperations* traces = nullptr; // the Executions page's Compare and OTLP export (optional)
};
