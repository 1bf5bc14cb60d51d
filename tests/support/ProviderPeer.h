#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QVector>

#include <memory>

// A local test peer (QTcpServer on loopback) that plays an LLM provider over real HTTP: it records the
// request and answers with byte-exact streams in pieces, HTTP errors, or a cut-off stream.
class ProviderPeer : public QObject
{
    Q_OBJECT

public:
    struct Piece
    {
        QByteArray bytes;
        int delayMs = 0;
    };

    ProviderPeer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, &ProviderPeer::accept);
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url(const QString& path = {}) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    void answer(QVector<Piece> pieces, bool holdOpen = false)
    {
        m_pieces = std::move(pieces);
        m_holdOpen = holdOpen;
    }
    QByteArray requestHead;
    QByteArray requestBody;
    int requests = 0;

private:
    void accept()
    {
        QTcpSocket* socket = m_server.nextPendingConnection();
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end);
            qsizetype length = 0;
            for (const QByteArray& line : head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer->size() < end + 4 + length)
                return;
            ++requests;
            requestHead = head;
            requestBody = buffer->mid(end + 4, length);
            socket->disconnect(this);
            send(socket, 0);
        });
    }
    void send(QTcpSocket* socket, int index)
    {
        if (index >= m_pieces.size()) {
            if (!m_holdOpen)
                socket->disconnectFromHost();
            return;
        }
        QTimer::singleShot(m_pieces.at(index).delayMs, socket, [this, socket, index] {
            socket->write(m_pieces.at(index).bytes);
            socket->flush();
            send(socket, index + 1);
        });
    }

    QTcpServer m_server;
    QVector<Piece> m_pieces;
    bool m_holdOpen = false;
};
