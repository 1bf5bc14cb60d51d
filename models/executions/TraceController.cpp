#include <models/executions/TraceController.h>

#include <async/Guarded.h>

TraceController::TraceController(TraceOperations* traces, QObject* parent)
    : QObject(parent)
    , m_traces(traces)
{
}

void TraceController::compare(const QString& firstId, const QString& secondId)
{
    const int request = ++m_compareRequest;
    deliver(m_traces->compare(firstId, secondId), this, [this, request](const Fetched<ExecutionPair>& pair) {
        if (request == m_compareRequest)
            emit compared(pair);
    });
}

void TraceController::exportOtlp(const QString& executionId, const QString& path)
{
    deliver(m_traces->exportOtlp(executionId, path), this, [this](const Fetched<OtlpWritten>& written) {
        emit otlpExported(written);
    });
}

void TraceController::openOtlp(const QString& path)
{
    deliver(TraceOperations::openOtlp(path), this, [this, path](const Fetched<OtlpTraceFile>& file) {
        emit otlpOpened(path, file);
    });
}
