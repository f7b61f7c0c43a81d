#include "agent/server/ServerBench.h"

#include "agent/server/ServerClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpSocket>

#include <algorithm>

namespace limitless::agent::server {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ServerBench", text);
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// One run streamed over a bare socket: the request written by hand, the answer scanned for the
// first `event: messages` and read until the server closes (Connection: close).
bool rawStream(const QUrl& url, const QByteArray& apiKey, const QString& threadId,
               const QByteArray& body, double* firstMs, double* finalMs, QString* error)
{
    QTcpSocket socket;
    QElapsedTimer clock;
    clock.start();
    socket.connectToHost(url.host(), quint16(url.port(80)));
    if (!socket.waitForConnected(10000)) {
        *error = socket.errorString();
        return false;
    }
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
    *firstMs = -1;
    // The answer is chunked; its last chunk ("0\r\n\r\n") is the end of the run, which the
    // server may send well before it closes the connection.
    while (!tail.endsWith("\r\n0\r\n\r\n")) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(60000))
            break;
        const QByteArray chunk = socket.readAll();
        tail = (tail + chunk).right(16);
        if (*firstMs < 0) {
            seen += chunk;
            if (seen.contains("event: messages"))
                *firstMs = double(clock.nsecsElapsed()) / 1e6;
        }
    }
    *finalMs = double(clock.nsecsElapsed()) / 1e6;
    if (*firstMs < 0) {
        *error = tr("the plain HTTP stream carried no token");
        return false;
    }
    return true;
}

} // namespace

QJsonObject ServerBenchResult::toJson() const
{
    QJsonObject o{
        {QStringLiteral("rounds"), rounds},
        {QStringLiteral("client_first_token_ms"), clientFirstTokenMs},
        {QStringLiteral("client_final_state_ms"), clientFinalMs},
        {QStringLiteral("plain_http_first_token_ms"), rawFirstTokenMs},
        {QStringLiteral("plain_http_final_state_ms"), rawFinalMs},
        {QStringLiteral("client_overhead_first_token_ms"), clientFirstTokenMs - rawFirstTokenMs},
        {QStringLiteral("client_overhead_final_state_ms"), clientFinalMs - rawFinalMs}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

QString ServerBenchResult::toText() const
{
    return tr("LangGraph server, median of %1 runs:\n"
              "  dashboard client: first token %2 ms, final state %3 ms\n"
              "  plain HTTP:       first token %4 ms, final state %5 ms\n"
              "  client overhead:  %6 ms to the first token, %7 ms to the final state")
        .arg(rounds)
        .arg(clientFirstTokenMs, 0, 'f', 1)
        .arg(clientFinalMs, 0, 'f', 1)
        .arg(rawFirstTokenMs, 0, 'f', 1)
        .arg(rawFinalMs, 0, 'f', 1)
        .arg(clientFirstTokenMs - rawFirstTokenMs, 0, 'f', 1)
        .arg(clientFinalMs - rawFinalMs, 0, 'f', 1);
}

ServerBenchResult benchServer(const QUrl& url, const QByteArray& apiKey, const QString& assistantId,
                              int rounds, const QString& leadMessage)
{
    ServerBenchResult result;
    ServerClient client(url, apiKey);
    QList<double> cFirst, cFinal, rFirst, rFinal;
    RunRequest request;
    request.assistantId = assistantId;
    request.messages << InputMessage{leadMessage};
    QJsonObject rawBody = request.toJson();
    // The same stream modes as the client asks for, so both get the same events.
    rawBody.insert(QStringLiteral("stream_mode"),
                   QJsonArray{QStringLiteral("values"), QStringLiteral("updates"),
                              QStringLiteral("messages-tuple"), QStringLiteral("debug")});
    rawBody.insert(QStringLiteral("stream_resumable"), true);
    const QByteArray raw = QJsonDocument(rawBody).toJson(QJsonDocument::Compact);
    // One warm-up run of each kind: the server compiles the graph on its first run.
    for (int i = -1; i < rounds; ++i) {
        ServerError error;
        const QString t1 = client.createThread({}, &error).threadId;
        QElapsedTimer clock;
        clock.start();
        double first = -1;
        StreamCallbacks cb;
        cb.onToken = [&](const QString&, const QString&, const QString&) {
            if (first < 0)
                first = double(clock.nsecsElapsed()) / 1e6;
        };
        if (!error)
            client.stream(t1, request, cb, &error);
        const double final = double(clock.nsecsElapsed()) / 1e6;
        if (error) {
            result.error = error.message;
            return result;
        }
        const QString t2 = client.createThread({}, &error).threadId;
        double rawFirst = 0, rawFinal = 0;
        QString why;
        if (error || !rawStream(url, apiKey, t2, raw, &rawFirst, &rawFinal, &why)) {
            result.error = error ? error.message : why;
            return result;
        }
        if (i < 0)
            continue;
        cFirst << first;
        cFinal << final;
        rFirst << rawFirst;
        rFinal << rawFinal;
    }
    result.rounds = rounds;
    result.clientFirstTokenMs = median(cFirst);
    result.clientFinalMs = median(cFinal);
    result.rawFirstTokenMs = median(rFirst);
    result.rawFinalMs = median(rFinal);
    return result;
}

} // namespace limitless::agent::server
