#pragma once

#include <models/common/Fetched.h>

#include <net/PgSession.h>

#include <QCoreApplication>
#include <QFuture>

// A read filtered to one tenant, by a login that may not see that tenant, comes back empty: row-level
// security hides the rows, it does not refuse. An empty page would look like "nothing happened" to a
// tenant admin who pasted another tenant's id, so the read says "not permitted" instead. The visibility
// check (the tenants table, under the same row-level security) runs on the primary; the read may run on
// the hot standby and answer first, so the answer waits for the check (a continuation, nothing blocks).
template <typename T, typename MakeRead>
QFuture<Fetched<T>> refuseUnseenTenant(PgSession* pg, const QString& tenantId, MakeRead makeRead)
{
    if (tenantId.isEmpty())
        return makeRead();
    QFuture<PgResult> visible = pg->query(QStringLiteral("SELECT 1 FROM tenants WHERE id = ?::uuid"), {tenantId});
    QFuture<Fetched<T>> read = makeRead();
    // Refused before it reached the server (its own, clearer message). A read that is finished already
    // but succeeded is checked like any other: the worker thread can answer before this line runs.
    if (read.isFinished() && !read.isCanceled() && !read.result().ok())
        return read;
    return read
        .then([visible, tenantId](const Fetched<T>& fetched) mutable {
            return visible
                .then([fetched, tenantId](const PgResult& seen) {
                    Fetched<T> answer = fetched;
                    if (answer.ok() && seen.ok() && seen.rows.isEmpty()) {
                        answer.value = T{};
                        answer.error = QCoreApplication::translate("TenantScope",
                                                                   "Not permitted: your login may not see tenant %1 "
                                                                   "(or there is no such tenant).")
                                           .arg(tenantId);
                    }
                    return answer;
                })
                .onCanceled([fetched] { return fetched; }); // the session closed under the check
        })
        .unwrap();
}
