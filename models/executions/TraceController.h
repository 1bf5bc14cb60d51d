#pragma once

#include <models/operations/TraceOperations.h>

#include <QObject>

// The trace tools' work for a window (compare two runs, export a run as OTLP JSON, read an OTLP file),
// done by the service layer off the GUI thread; each answer comes back as a signal in the GUI thread. A
// compare answered after a newer one was asked is dropped.
class TraceController : public QObject
{
    Q_OBJECT

public:
    explicit TraceController(TraceOperations* traces, QObject* parent = nullptr);

    void compare(const QString& firstId, const QString& secondId);
    void exportOtlp(const QString& executionId, const QString& path);
    void openOtlp(const QString& path); // needs no connection: `traces` may be null

signals:
    void compared(const Fetched<ExecutionPair>& pair);
    void otlpExported(const Fetched<OtlpWritten>& written);
    void otlpOpened(const QString& path, const Fetched<OtlpTraceFile>& file);

private:
    TraceOperations* m_traces;
    int m_compareRequest = 0;
};
