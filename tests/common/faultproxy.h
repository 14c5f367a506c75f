#pragma once

// A TCP proxy for sync tests that makes links as bad as a district's (SYNC.md principle 10): it cuts
// connections at random byte offsets in either direction (so some requests never arrive and some
// responses are lost after the centre processed the request, which makes the client send the same
// request again), replays a finished connection's bytes to the centre on a new connection, delays
// every chunk (latency) and throttles bandwidth. It works on TCP bytes and never sees inside TLS.
//
// It works on TCP bytes: under TLS a replayed connection is a stale handshake the centre must refuse
// and survive (it cannot duplicate a request). Duplicate requests come from the client itself: when a
// response is cut after the centre processed the request, the client sends the same batch again.
// holdDownstream() keeps every response from reaching the client (a test kills the client meanwhile).
//
// Header-only, driven by the test's event loop (no thread, no moc).

#include <QElapsedTimer>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <memory>
#include <random>

namespace Nigran::Testing {

struct FaultPlan
{
    double cutProbability = 0.0; ///< per connection: cut it after a random number of bytes
    int cutWithinBytes = 16384; ///< the cut offset is uniform in [0, cutWithinBytes)
    double replayProbability = 0.0; ///< per finished connection: replay its client bytes to the target
    int latencyMs = 0; ///< one-way delay of every chunk (RTT is twice this)
    int latencyJitterMs = 0; ///< each connection adds a random extra delay in [0, latencyJitterMs]
    int bytesPerSecond = 0; ///< per direction; 0 = unlimited
    quint32 seed = 1;
};

struct FaultStats
{
    int connections = 0;
    int cutsUp = 0; ///< cut while forwarding client -> target
    int cutsDown = 0; ///< cut while forwarding target -> client
    int replays = 0;
    qint64 bytesUp = 0;
    qint64 bytesDown = 0;
    int held = 0; ///< connections whose responses were held (holdDownstream) when they closed

    QString summary() const
    {
        return QStringLiteral("connections %1, cuts client->centre %2, cuts centre->client %3, replays %4, "
                              "held %5, bytes up %6, bytes down %7")
            .arg(connections)
            .arg(cutsUp)
            .arg(cutsDown)
            .arg(replays)
            .arg(held)
            .arg(bytesUp)
            .arg(bytesDown);
    }
};

class FaultProxy
{
public:
    FaultProxy(QHostAddress target, quint16 targetPort, FaultPlan plan)
        : m_target(std::move(target))
        , m_targetPort(targetPort)
        , m_plan(plan)
        , m_random(plan.seed)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { acceptPending(); });
    }

    ~FaultProxy()
    {
        m_server.close();
        m_pipes.clear();
    }

    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    /// Listens on a free loopback port; returns it (0 on failure).
    quint16 listen() { return m_server.listen(QHostAddress::LocalHost, 0) ? m_server.serverPort() : 0; }

    void setPlan(const FaultPlan &plan) { m_plan = plan; }
    const FaultPlan &plan() const { return m_plan; }
    const FaultStats &stats() const { return m_stats; }
    quint16 port() const { return m_server.serverPort(); }

    /// While on, nothing the target sends reaches a client (it waits in the proxy); off releases it.
    void holdDownstream(bool hold) { m_holdDownstream = hold; }
    bool isHoldingDownstream() const { return m_holdDownstream; }
    /// Connections open now (finished ones are collected as new ones arrive).
    int openConnections() const
    {
        return int(std::count_if(m_pipes.begin(), m_pipes.end(),
            [](const std::unique_ptr<Pipe> &pipe) { return !pipe->finished(); }));
    }

private:
    /// One direction of a connection: chunks wait until their release time (latency, bandwidth).
    struct Lane
    {
        struct Chunk
        {
            qint64 dueMs;
            QByteArray bytes;
        };
        std::deque<Chunk> queue;
        qint64 lastDueMs = 0;
        qint64 forwarded = 0;
        qint64 cutAt = -1; ///< byte offset at which the connection is cut, -1 = never
    };

    class Pipe
    {
    public:
        Pipe(FaultProxy &proxy, QTcpSocket *client, int extraLatencyMs, bool replay = false)
            : m_proxy(proxy)
            , m_client(client)
            , m_extraLatencyMs(extraLatencyMs)
            , m_isReplay(replay)
        {
            m_clock.start();
            m_client->setParent(&m_context);
            m_upstream.setParent(&m_context);
            m_timer.setParent(&m_context);
            m_timer.setInterval(5);
            QObject::connect(&m_timer, &QTimer::timeout, &m_context, [this] { pump(); });
            QObject::connect(m_client, &QTcpSocket::readyRead, &m_context, [this] { readClient(); });
            QObject::connect(&m_upstream, &QTcpSocket::readyRead, &m_context, [this] { readUpstream(); });
            QObject::connect(
                m_client, &QTcpSocket::disconnected, &m_context, [this] { m_clientClosed = true; });
            QObject::connect(
                &m_upstream, &QTcpSocket::disconnected, &m_context, [this] { m_upstreamClosed = true; });
            QObject::connect(
                &m_upstream, &QTcpSocket::errorOccurred, &m_context, [this] { m_upstreamClosed = true; });
            // No Nagle on the proxy's own sockets: it must not add delays of its own beyond the plan's.
            m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            QObject::connect(&m_upstream, &QTcpSocket::connected, &m_context,
                [this] { m_upstream.setSocketOption(QAbstractSocket::LowDelayOption, 1); });
            m_upstream.connectToHost(proxy.m_target, proxy.m_targetPort);
            m_timer.start();
        }

        /// Closed, and both sockets are gone (a graceful close first delivers what is still buffered).
        bool finished() const
        {
            return m_done && m_client->state() == QAbstractSocket::UnconnectedState
                && m_upstream.state() == QAbstractSocket::UnconnectedState;
        }
        QByteArray clientBytes() const { return m_recordedUp; }
        void armCut(bool up, qint64 offset) { (up ? m_up : m_down).cutAt = offset; }
        void sendAsClient(const QByteArray &bytes) { enqueue(m_up, bytes); }

    private:
        void readClient()
        {
            const QByteArray bytes = m_client->readAll();
            if (!m_isReplay)
                m_recordedUp += bytes;
            enqueue(m_up, bytes);
        }

        void readUpstream()
        {
            const QByteArray bytes = m_upstream.readAll();
            if (!m_isReplay) // a replay has no client to answer
                enqueue(m_down, bytes);
        }

        void enqueue(Lane &lane, const QByteArray &bytes)
        {
            if (bytes.isEmpty())
                return;
            const FaultPlan &plan = m_proxy.m_plan;
            const qint64 now = m_clock.elapsed();
            qint64 due = now + plan.latencyMs + m_extraLatencyMs;
            if (plan.bytesPerSecond > 0)
                due = std::max(due, lane.lastDueMs + bytes.size() * 1000 / plan.bytesPerSecond);
            lane.lastDueMs = due;
            lane.queue.push_back({ due, bytes });
        }

        void pump()
        {
            if (m_done)
                return;
            const bool hold = m_proxy.m_holdDownstream;
            m_wasHeld = m_wasHeld || (hold && !m_down.queue.empty());
            if (!forward(m_up, m_upstream, true) || (!hold && !forward(m_down, *m_client, false))) {
                close(false); // the planned cut
                return;
            }
            const bool drainedUp = m_up.queue.empty() && m_client->bytesAvailable() == 0;
            const bool drainedDown = m_down.queue.empty() && m_upstream.bytesAvailable() == 0;
            if ((m_clientClosed && drainedUp) || (m_upstreamClosed && drainedDown))
                close(true); // one side ended: the other still gets every byte already forwarded
        }

        /// Writes the chunks that are due; false when the lane's cut offset was reached.
        bool forward(Lane &lane, QTcpSocket &to, bool up)
        {
            const qint64 now = m_clock.elapsed();
            while (!lane.queue.empty() && lane.queue.front().dueMs <= now) {
                if (to.state() != QAbstractSocket::ConnectedState)
                    return true; // upstream still connecting: keep the chunk
                QByteArray bytes = lane.queue.front().bytes;
                lane.queue.pop_front();
                if (lane.cutAt >= 0 && lane.forwarded + bytes.size() > lane.cutAt) {
                    to.write(bytes.left(lane.cutAt - lane.forwarded));
                    to.flush();
                    ++(up ? m_proxy.m_stats.cutsUp : m_proxy.m_stats.cutsDown);
                    return false;
                }
                to.write(bytes);
                lane.forwarded += bytes.size();
                (up ? m_proxy.m_stats.bytesUp : m_proxy.m_stats.bytesDown) += bytes.size();
            }
            return true;
        }

        /// Graceful: both sockets first write out what they still buffer (an abort would truncate the
        /// last response of a connection the centre closes). Not graceful: a cut, at once.
        void close(bool graceful)
        {
            if (m_wasHeld)
                ++m_proxy.m_stats.held;
            m_done = true;
            m_timer.stop();
            if (graceful) {
                m_client->disconnectFromHost();
                m_upstream.disconnectFromHost();
            } else {
                m_client->abort();
                m_upstream.abort();
            }
        }

        FaultProxy &m_proxy;
        QObject m_context; ///< owns the sockets and the timer; every connection uses it as context
        QTcpSocket *m_client;
        QTcpSocket m_upstream;
        QTimer m_timer;
        QElapsedTimer m_clock;
        Lane m_up;
        Lane m_down;
        QByteArray m_recordedUp;
        int m_extraLatencyMs = 0;
        bool m_isReplay = false;
        bool m_wasHeld = false;
        bool m_clientClosed = false;
        bool m_upstreamClosed = false;
        bool m_done = false;
    };

    void acceptPending()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            ++m_stats.connections;
            std::uniform_int_distribution<int> jitter(0, std::max(0, m_plan.latencyJitterMs));
            auto pipe = std::make_unique<Pipe>(*this, client, jitter(m_random));
            std::uniform_real_distribution<double> chance(0.0, 1.0);
            if (chance(m_random) < m_plan.cutProbability) {
                std::uniform_int_distribution<qint64> offset(0, std::max(1, m_plan.cutWithinBytes) - 1);
                pipe->armCut(chance(m_random) < 0.5, offset(m_random));
            }
            m_pipes.push_back(std::move(pipe));
        }
        collectFinished();
    }

    /// Drops finished connections; replays some of them to the target as a new connection.
    void collectFinished()
    {
        std::uniform_real_distribution<double> chance(0.0, 1.0);
        std::vector<QByteArray> replays;
        std::erase_if(m_pipes, [&](const std::unique_ptr<Pipe> &pipe) {
            if (!pipe->finished())
                return false;
            if (!pipe->clientBytes().isEmpty() && chance(m_random) < m_plan.replayProbability)
                replays.push_back(pipe->clientBytes());
            return true;
        });
        for (const QByteArray &bytes : replays) {
            ++m_stats.replays;
            auto socket = new QTcpSocket; // the replay has no client: a socket that is never connected
            auto pipe = std::make_unique<Pipe>(*this, socket, 0, true);
            pipe->sendAsClient(bytes);
            m_pipes.push_back(std::move(pipe));
        }
    }

    QHostAddress m_target;
    quint16 m_targetPort;
    FaultPlan m_plan;
    std::mt19937 m_random;
    FaultStats m_stats;
    QTcpServer m_server;
    std::vector<std::unique_ptr<Pipe>> m_pipes;
    bool m_holdDownstream = false;
};

} // namespace Nigran::Testing
