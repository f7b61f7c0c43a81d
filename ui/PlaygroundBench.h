#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace limitless::ui {

class PlaygroundPage;

// `limitless-bench-playground`: the Agent playground on a LangGraph server, timed on screen.
// Each round opens a new test conversation on the page and sends the lead's message; the
// clock runs from the send to the first token's text being in the chat's transcript model
// and to the chat's viewport having painted it, and to the final state shown and painted.
// In the same run, against the same server: the same message through ServerClient alone on
// this thread (the client level) and as plain HTTP/1.1 on a bare socket. Medians after one
// warm-up round.
class PlaygroundBench {
    Q_DECLARE_TR_FUNCTIONS(PlaygroundBench)

public:
    struct Result {
        int rounds = 0;
        double tokenInModelMs = 0; // the first token's text in the transcript model
        double tokenPaintedMs = 0; // … and the chat's viewport painted after it
        double finalShownMs = 0;   // the turn's final state shown (turnShown)
        double finalPaintedMs = 0; // … and painted
        double clientFirstTokenMs = 0;
        double clientFinalMs = 0;
        double plainFirstTokenMs = 0;
        double plainFinalMs = 0;
        QString loadBefore, loadAfter;
        QString error;

        QJsonObject toJson() const;
        QString toText() const;
    };

    PlaygroundBench(PlaygroundPage& page, QUrl url, QByteArray apiKey, QString assistant);

    // Blocks (nested event loops) until every round ran or one failed.
    Result run(int rounds, const QString& leadMessage = QStringLiteral("hi there"));

private:
    PlaygroundPage& m_page;
    QUrl m_url;
    QByteArray m_apiKey;
    QString m_assistant;
};

} // namespace limitless::ui
