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
    QString error; // translated; empty when every round worked

    QJsonObject toJson() const;
    QString toText() const;
};

ServerBenchResult benchServer(const QUrl& url, const QByteArray& apiKey, const QString& assistantId,
                              int rounds, const QString& leadMessage = QStringLiteral("hi there"));

} // namespace limitless::agent::server
