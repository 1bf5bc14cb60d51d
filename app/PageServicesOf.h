#pragma once

#include <models/operations/Operations.h>

#include <ui/platform/PageServices.h>

// Every page's services from one service layer: what the app's window gets, and what the GUI tests that
// drive the whole window give it (they may drop a page's services, e.g. the background alert monitor).
inline PageServices pageServicesOf(Operations& services, ConnectionStatus* status, const QString& profileName)
{
    return {services.tenants(),
            services.usage(),
            services.costs(),
            status,
            services.executions(),
            services.executionActions(),
            services.executionFeed(),
            services.queues(),
            services.jobActions(),
            services.plans(),
            services.planOperations(),
            services.audit(),
            services.alerts(),
            services.alertMonitor(),
            services.localKeys(),
            services.sealedKeys(),
            services.playground(),
            services.network(),
            profileName,
            services.profile().pg.user,
            services.aiConfig(),
            services.aiConfigOperations(),
            services.home(),
            services.anomalies(),
            services.deliveries(),
            services.queueOperations(),
            services.billing(),
            services.traces()};
}
