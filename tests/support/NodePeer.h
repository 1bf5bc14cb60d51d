#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

// tests/peers/openai_stream_peer.mjs (OpenAI's and Anthropic's wire formats) in its own process, so that a
// test may block while the CLI talks to it; its request log (one JSON object per request) goes to a file.
// PEER_OPENAI_KEY / PEER_ANTHROPIC_KEY in `env` make it refuse other keys, as the providers do.
// The including test defines TS_SOURCE_DIR.
class NodePeer
{
public:
    QString url; // http://127.0.0.1:PORT

    bool start(const QString& logPath, const QProcessEnvironment& env)
    {
        m_log = logPath;
        m_process.setProcessEnvironment(env);
        m_process.setStandardOutputFile(m_log);
        m_process.start(QStringLiteral("node"),
                        {QStringLiteral(TS_SOURCE_DIR "/tests/peers/openai_stream_peer.mjs"),
                         QStringLiteral("0"),
                         QStringLiteral("5000")});
        static const QRegularExpression listening(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+)/v1"));
        for (int i = 0; i < 200 && url.isEmpty(); ++i) {
            QTest::qWait(50);
            const auto match = listening.match(QString::fromUtf8(readLog()));
            if (match.hasMatch())
                url = match.captured(1);
        }
        return !url.isEmpty();
    }

    // One JSON object per request the peer answered.
    QList<QJsonObject> requests() const
    {
        QList<QJsonObject> list;
        for (const QByteArray& line : readLog().split('\n'))
            if (line.startsWith('{'))
                list.append(QJsonDocument::fromJson(line).object());
        return list;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    ~NodePeer() { stop(); }

private:
    QByteArray readLog() const
    {
        QFile file(m_log);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QProcess m_process;
    QString m_log;
};
