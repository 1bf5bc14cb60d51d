#pragma once

#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QVector>

#include <memory>

// A local webhook receiver (QTcpServer on loopback, real HTTP/1.1) for delivery tests: it records every
// request and answers from a script (status, headers, body; or no answer at all, to make the sender
// time out), then 200 "ok" as Slack does once the script has run out.
class WebhookPeer : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        int status = 200;
        QByteArray body = "ok";
        QList<QPair<QByteArray, QByteArray>> headers;
        bool silent = false; // read the request, never answer
    };
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray head;
        QByteArray body;
        QByteArray header(const QByteArray& name) const
        {
            for (const QByteArray& line : head.split('\n'))
                if (line.toLower().startsWith(name.toLower() + ':'))
                    return line.mid(name.size() + 1).trimmed();
            return {};
        }
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };

    WebhookPeer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, &WebhookPeer::accept);
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url(const QString& path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    void script(QList<Answer> answers) { m_script = std::move(answers); }
    // Every request to `path` gets this answer, whatever the script says.
    void answerPath(const QByteArray& path, const Answer& answer) { m_byPath.insert(path, answer); }
    QVector<Request> requests;
    QVector<Request> requestsTo(const QByteArray& path) const
    {
        QVector<Request> out;
        for (const Request& r : requests)
            if (r.path == path)
                out.append(r);
        return out;
    }

signals:
    void received();

private:
    void accept()
    {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                *buffer += socket->readAll();
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                Request request;
                request.head = buffer->left(end);
                const qsizetype length = request.header("Content-Length").toLongLong();
                if (buffer->size() < end + 4 + length)
                    return;
                request.body = buffer->mid(end + 4, length);
                buffer->remove(0, end + 4 + length);
                const QList<QByteArray> first = request.head.left(request.head.indexOf('\r')).split(' ');
                request.method = first.value(0);
                request.path = first.value(1);
                requests.append(request);
                const Answer answer = m_byPath.contains(request.path)
                    ? m_byPath.value(request.path)
                    : (m_script.isEmpty() ? Answer{} : m_script.takeFirst());
                emit received();
                if (answer.silent)
                    return;
                QByteArray reply = "HTTP/1.1 " + QByteArray::number(answer.status) + " Answer\r\n";
                reply += "Content-Type: text/plain\r\nConnection: close\r\n";
                for (const auto& [name, value] : answer.headers)
                    reply += name + ": " + value + "\r\n";
                reply += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n\r\n" + answer.body;
                socket->write(reply);
                socket->disconnectFromHost();
            });
        }
    }

    QTcpServer m_server;
    QList<Answer> m_script;
    QHash<QByteArray, Answer> m_byPath;
};
