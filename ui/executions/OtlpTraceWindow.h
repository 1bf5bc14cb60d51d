#pragma once

#include <models/executions/OtlpImport.h>

#include <QWidget>

class QLabel;
class QTableWidget;
class TraceView;

// An OTLP JSON traces file, opened read-only and offline like a support snapshot: a banner with what the
// file is (its services, traces and spans) and what could not be shown, the file's traces, and the chosen
// trace in the same waterfall as a live execution. Nothing here reaches the platform.
class OtlpTraceWindow : public QWidget
{
    Q_OBJECT

public:
    OtlpTraceWindow(const OtlpTraceFile& file, const QString& path, QWidget* parent = nullptr);

    // Reads the file off the GUI thread and opens a window for it, or says why it cannot (a message box
    // on `parent`). The window deletes itself when closed.
    static void open(const QString& path, QWidget* parent);
    static QString fileFilter();

    QString bannerText() const;
    QString warningsText() const;
    QTableWidget* traceTable() const { return m_traces; }
    TraceView* traceView() const { return m_trace; }

private:
    void showTrace(int row);

    OtlpTraceFile m_file;
    QLabel* m_banner;
    QLabel* m_warnings;
    QTableWidget* m_traces;
    TraceView* m_trace;
};
