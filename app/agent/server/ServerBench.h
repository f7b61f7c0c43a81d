#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace limitless::agent::server {

// `limitless bench agent-server`: from sending a lead's message to the first streamed token
// and to the final state, through ServerClient and, in the same run against the same server,
// through a plain HTTP/1.1 exchange on a QTcpSocket (no Qt network stack, no JSON parsing),
// so that the client's own overhead shows. Medians over `rounds` fresh threads.
struct ServerBenchResult {
    int rounds = 0;
    double clientFirstTokenMs = 0;
    double clientFinalMs = 0;
    double rawFirstTokenMs = 0;
    double rawFinalMs = 0;
    // The client's first token broken down (medians, ms from the request being made): the
    // answer's first bytes, the first token's SSE event cut out, the token handed over (JSON
    // parsed); the JSON parsing of all of a run's events and their number; the plain HTTP
    // exchange's first bytes.
    double clientFirstBytesMs = 0;
    double clientTokenEventMs = 0;
    double clientJsonParseMs = 0;
    int clientEvents = 0;
    double rawFirstBytesMs = 0;
    QString loadBefore, loadAfter; // /proc/loadavg's three figures ('' elsewhere)
    QString error;                 // translated; empty when every round worked

    QJsonObject toJson() const;
    QString toText() const;
};

// One run streamed over a bare socket (HTTP/1.1 written by hand, Connection: close): ms from
// connecting to the answer's first bytes, to the first `event: messages` and to the end.
struct PlainHttpRun {
    double firstBytesMs = -1;
    double firstTokenMs = -1;
    double finalMs = -1;
    QString error;
};
PlainHttpRun plainHttpStream(const QUrl& url, const QByteArray& apiKey, const QString& threadId,
                             const QString& assistantId, const QString& leadMessage);

// The system's load average ("0.52 0.61 0.70"; '' where /proc/loadavg is not there).
QString loadAverage();

ServerBenchResult benchServer(const QUrl& url, const QByteArray& apiKey, const QString& assistantId,
                              int rounds, const QString& leadMessage = QStringLiteral("hi there"));

} // namespace limitless::agent::server
