#include "agent/server/ServerBench.h"

#include "agent/server/ServerClient.h"
#include "knowledge/BlockingHttp.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

#include <algorithm>

namespace limitless::agent::server {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ServerBench", text);
}

constexpr int kSettleMs = 300;

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

QByteArray runBody(const QString& assistantId, const QString& leadMessage)
{
    RunRequest request;
    request.assistantId = assistantId;
    request.messages << InputMessage{leadMessage};
    QJsonObject body = request.toJson();
    // The same stream modes as the client asks for, so both get the same events.
    body.insert(QStringLiteral("stream_mode"),
                QJsonArray{QStringLiteral("values"), QStringLiteral("updates"),
                           QStringLiteral("messages-tuple"), QStringLiteral("debug")});
    body.insert(QStringLiteral("stream_resumable"), true);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

PlainHttpRun plainHttpStream(const QUrl& url, const QByteArray& apiKey, const QString& threadId,
                             const QString& assistantId, const QString& leadMessage)
{
    PlainHttpRun out;
    const QByteArray body = runBody(assistantId, leadMessage);
    QTcpSocket socket;
    QElapsedTimer clock;
    clock.start();
    auto now = [&] { return double(clock.nsecsElapsed()) / 1e6; };
    socket.connectToHost(url.host(), quint16(url.port(80)));
    if (!socket.waitForConnected(10000)) {
        out.error = socket.errorString();
        return out;
    }
    socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QByteArray request = "POST " + url.path().toUtf8() + "/threads/" + threadId.toUtf8() +
                         "/runs/stream HTTP/1.1\r\nHost: " + url.authority().toUtf8() +
                         "\r\nContent-Type: application/json\r\nAccept: text/event-stream\r\n"
                         "Connection: close\r\nContent-Length: " +
                         QByteArray::number(body.size()) + "\r\n";
    if (!apiKey.isEmpty())
        request += "x-api-key: " + apiKey + "\r\n";
    request += "\r\n" + body;
    socket.write(request);
    QByteArray seen;
    QByteArray tail;
    // The answer is chunked; its last chunk ("0\r\n\r\n") is the end of the run, which the
    // server may send well before it closes the connection.
    while (!tail.endsWith("\r\n0\r\n\r\n")) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(60000))
            break;
        const QByteArray chunk = socket.readAll();
        if (out.firstBytesMs < 0 && !chunk.isEmpty())
            out.firstBytesMs = now();
        tail = (tail + chunk).right(16);
        if (out.firstTokenMs < 0) {
            seen += chunk;
            if (seen.contains("event: messages"))
                out.firstTokenMs = now();
        }
    }
    out.finalMs = now();
    if (out.firstTokenMs < 0)
        out.error = tr("the plain HTTP stream carried no token");
    return out;
}

QJsonObject ServerBenchResult::toJson() const
{
    QJsonObject o{
        {QStringLiteral("rounds"), rounds},
        {QStringLiteral("client_first_token_ms"), clientFirstTokenMs},
        {QStringLiteral("client_final_state_ms"), clientFinalMs},
        {QStringLiteral("plain_http_first_token_ms"), rawFirstTokenMs},
        {QStringLiteral("plain_http_final_state_ms"), rawFinalMs},
        {QStringLiteral("client_overhead_first_token_ms"), clientFirstTokenMs - rawFirstTokenMs},
        {QStringLiteral("client_overhead_final_state_ms"), clientFinalMs - rawFinalMs},
        {QStringLiteral("client_first_bytes_ms"), clientFirstBytesMs},
        {QStringLiteral("client_token_event_ms"), clientTokenEventMs},
        {QStringLiteral("client_json_parse_ms_per_run"), clientJsonParseMs},
        {QStringLiteral("client_events_per_run"), clientEvents},
        {QStringLiteral("plain_http_first_bytes_ms"), rawFirstBytesMs},
        {QStringLiteral("load_before"), loadBefore},
        {QStringLiteral("load_after"), loadAfter}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

QString ServerBenchResult::toText() const
{
    return tr("LangGraph server, median of %1 runs:\n"
              "  dashboard client: first token %2 ms, final state %3 ms\n"
              "  plain HTTP:       first token %4 ms, final state %5 ms\n"
              "  client overhead:  %6 ms to the first token, %7 ms to the final state\n"
              "  client breakdown: first bytes %8 ms (plain HTTP %9 ms), token event cut out "
              "%10 ms, token handed over %2 ms; JSON of %11 events %12 ms per run\n"
              "  load average:     %13 before, %14 after")
        .arg(rounds)
        .arg(clientFirstTokenMs, 0, 'f', 1)
        .arg(clientFinalMs, 0, 'f', 1)
        .arg(rawFirstTokenMs, 0, 'f', 1)
        .arg(rawFinalMs, 0, 'f', 1)
        .arg(clientFirstTokenMs - rawFirstTokenMs, 0, 'f', 1)
        .arg(clientFinalMs - rawFinalMs, 0, 'f', 1)
        .arg(clientFirstBytesMs, 0, 'f', 1)
        .arg(rawFirstBytesMs, 0, 'f', 1)
        .arg(clientTokenEventMs, 0, 'f', 1)
        .arg(clientEvents)
        .arg(clientJsonParseMs, 0, 'f', 2)
        .arg(loadBefore.isEmpty() ? tr("unknown") : loadBefore,
             loadAfter.isEmpty() ? tr("unknown") : loadAfter);
}

ServerBenchResult benchServer(const QUrl& url, const QByteArray& apiKey, const QString& assistantId,
                              int rounds, const QString& leadMessage)
{
    ServerBenchResult result;
    result.loadBefore = loadAverage();
    ServerClient client(url, apiKey);
    QList<double> cFirst, cFinal, rFirst, rFinal, cBytes, cEvent, cParse, rBytes;
    QList<double> events;
    RunRequest request;
    request.assistantId = assistantId;
    request.messages << InputMessage{leadMessage};
    // One warm-up run of each kind: the server compiles the graph on its first run.
    for (int i = -1; i < rounds; ++i) {
        ServerError error;
        const QString t1 = client.createThread({}, &error).threadId;
        // Each run starts from an idle server, as a lead's message in the playground does:
        // right after a request the dev server is still at work on it.
        knowledge::BlockingHttp::wait(kSettleMs, nullptr);
        QElapsedTimer clock;
        clock.start();
        double first = -1;
        StreamCallbacks cb;
        cb.onToken = [&](const QString&, const QString&, const QString&) {
            if (first < 0)
                first = double(clock.nsecsElapsed()) / 1e6;
        };
        RunOutcome run;
        if (!error)
            run = client.stream(t1, request, cb, &error);
        const double final = double(clock.nsecsElapsed()) / 1e6;
        if (error) {
            result.error = error.message;
            return result;
        }
        const QString t2 = client.createThread({}, &error).threadId;
        PlainHttpRun raw;
        knowledge::BlockingHttp::wait(kSettleMs, nullptr);
        if (!error)
            raw = plainHttpStream(url, apiKey, t2, assistantId, leadMessage);
        if (error || !raw.error.isEmpty()) {
            result.error = error ? error.message : raw.error;
            return result;
        }
        if (i < 0)
            continue;
        cFirst << first;
        cFinal << final;
        cBytes << run.firstBytesMs;
        cEvent << run.firstTokenEventMs;
        cParse << run.jsonParseMs;
        events << run.events;
        rFirst << raw.firstTokenMs;
        rFinal << raw.finalMs;
        rBytes << raw.firstBytesMs;
    }
    result.rounds = rounds;
    result.clientFirstTokenMs = median(cFirst);
    result.clientFinalMs = median(cFinal);
    result.rawFirstTokenMs = median(rFirst);
    result.rawFinalMs = median(rFinal);
    result.clientFirstBytesMs = median(cBytes);
    result.clientTokenEventMs = median(cEvent);
    result.clientJsonParseMs = median(cParse);
    result.clientEvents = int(median(events));
    result.rawFirstBytesMs = median(rBytes);
    result.loadAfter = loadAverage();
    return result;
}

} // namespace limitless::agent::server
