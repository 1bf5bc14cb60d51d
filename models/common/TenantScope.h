#pragma once

#include <models/common/Fetched.h>

#include <net/PgSession.h>

#include <QCoreApplication>
#include <QFuture>

// A read filtered to one tenant, by a login that may not see that tenant, comes back empty: row-level
// security hides the rows, it does not refuse. An empty page would look like "nothing happened" to a
// tenant admin who pasted another tenant's id, so the read says "not permitted" instead. The visibility
// check (the tenants table, under the same row-level security) is queued on the same session before the
// read, so it has always finished by the time the read has: nothing waits.
template <typename T, typename MakeRead>
QFuture<Fetched<T>> refuseUnseenTenant(PgSession* pg, const QString& tenantId, MakeRead makeRead)
{
    if (tenantId.isEmpty())
        return makeRead();
    // Queued first, so finished (on the same worker) before the read is.
    const QFuture<PgResult> visible = pg->query(QStringLiteral("SELECT 1 FROM tenants WHERE id = ?::uuid"), {tenantId});
    QFuture<Fetched<T>> read = makeRead();
    if (read.isFinished())
        return read; // refused before it reached the server
    return read.then([visible, tenantId](Fetched<T> fetched) {
        if (fetched.ok() && visible.isFinished() && visible.result().ok() && visible.result().rows.isEmpty()) {
            fetched.value = T{};
            fetched.error = QCoreApplication::translate("TenantScope",
                                                        "Not permitted: your login may not see tenant %1 (or there "
                                                        "is no such tenant).")
                                .arg(tenantId);
        }
        return fetched;
    });
}
