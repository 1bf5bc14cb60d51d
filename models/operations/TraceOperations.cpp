#include <models/operations/TraceOperations.h>

#include <async/OnPool.h>
#include <models/common/AtomicFile.h>
#include <models/common/Validation.h>
#include <models/executions/ExecutionRepository.h>
#include <models/executions/OtlpExport.h>

#include <QJsonDocument>

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
                  // The comparison runs on a pool thread: two 10,000-node runs take a quarter of a second.
                  return executions->detail(second).then(
                      QtFuture::Launch::Async, [first = first.value](const Fetched<ExecutionDetail>& other) {
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

namespace
{
// Writes the file whole or not at all, off the calling thread.
QFuture<Fetched<OtlpWritten>>
writeOtlp(const ExecutionDetail& run, const QHash<QString, QString>& providers, const QString& path)
{
    return runOnPool([run, providers, path] {
        Fetched<OtlpWritten> written;
        const QByteArray bytes = QJsonDocument(OtlpExport::traces(run, providers)).toJson(QJsonDocument::Indented);
        const QString problem = writeAtomically(path, bytes);
        if (!problem.isEmpty()) {
            written.error
                = QCoreApplication::translate("TraceOperations", "%1 could not be written: %2").arg(path, problem);
            return written;
        }
        written.value.path = path;
        written.value.spans = int(run.nodes.size()) + 1;
        for (const ExecutionNode& node : run.nodes)
            written.value.llmSpans += node.model.isEmpty() ? 0 : 1;
        written.value.bytes = bytes.size();
        return written;
    });
}
} // namespace

QFuture<Fetched<OtlpWritten>> TraceOperations::exportOtlp(const QString& executionId, const QString& path) const
{
    if (!Validation::isUuid(executionId))
        return refusedFuture<OtlpWritten>(
            QCoreApplication::translate("TraceOperations", "An execution is named by its id (a UUID): %1")
                .arg(executionId));
    if (path.trimmed().isEmpty())
        return refusedFuture<OtlpWritten>(
            QCoreApplication::translate("TraceOperations", "Name the file the trace is written to."));
    const ExecutionRepository* executions = m_executions;
    return executions->modelProviders()
        .then(QCoreApplication::instance(),
              [executions, executionId, path](const Fetched<QHash<QString, QString>>& providers) {
                  if (!providers.ok())
                      return refusedFuture<OtlpWritten>(providers.error);
                  return executions->detail(executionId)
                      .then(QCoreApplication::instance(),
                            [path, providers = providers.value](const Fetched<ExecutionDetail>& run) {
                                if (!run.ok())
                                    return refusedFuture<OtlpWritten>(run.error);
                                return writeOtlp(run.value, providers, path);
                            })
                      .unwrap();
              })
        .unwrap();
}

QFuture<Fetched<OtlpTraceFile>> TraceOperations::openOtlp(const QString& path)
{
    return OtlpTraceFile::read(path);
}
