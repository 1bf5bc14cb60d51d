#include <models/operations/TraceOperations.h>

#include <models/common/Validation.h>
#include <models/executions/ExecutionRepository.h>

#include <QCoreApplication>

TraceOperations::TraceOperations(const ExecutionRepository* executions)
    : m_executions(executions)
{
}

QFuture<Fetched<ExecutionPair>> TraceOperations::compare(const QString& firstId, const QString& secondId) const
{
    for (const QString& id : {firstId, secondId})
        if (!Validation::isUuid(id))
            return refusedFuture<ExecutionPair>(
                QCoreApplication::translate("TraceOperations", "An execution is named by its id (a UUID): %1").arg(id));
    const ExecutionRepository* executions = m_executions;
    const QString second = secondId;
    return executions->detail(firstId)
        .then(QCoreApplication::instance(),
              [executions, second](const Fetched<ExecutionDetail>& first) {
                  if (!first.ok())
                      return refusedFuture<ExecutionPair>(first.error);
                  return executions->detail(second).then(
                      QCoreApplication::instance(), [first = first.value](const Fetched<ExecutionDetail>& other) {
                          Fetched<ExecutionPair> pair;
                          if (!other.ok()) {
                              pair.error = other.error;
                              return pair;
                          }
                          pair.value.first = first;
                          pair.value.second = other.value;
                          pair.value.comparison = ExecutionCompare::compare(first, other.value);
                          return pair;
                      });
              })
        .unwrap();
}
