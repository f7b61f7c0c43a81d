#include "PlaygroundBench.h"

#include "PlaygroundPage.h"
#include "agent/PlaygroundBackend.h"
#include "agent/server/ServerBench.h"
#include "agent/server/ServerClient.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QListView>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace limitless::ui {

namespace {

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Runs the viewport's paint inside the filter, so that the time taken after it is the time the
// paint was done.
class PaintWatch : public QObject {
public:
    std::function<void()> painted;

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Paint || m_inside)
            return false;
        m_inside = true;
        QCoreApplication::sendEvent(watched, event);
        m_inside = false;
        if (painted)
            painted();
        return true;
    }

private:
    bool m_inside = false;
};

// Runs the event loop until `done` or `ms` passed; false on the timeout.
bool waitUntil(const std::function<bool()>& done, int ms, QEventLoop& loop)
{
    if (done())
        return true;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    timeout.start(ms);
    check.start(20);
    loop.exec();
    return done();
}

} // namespace

PlaygroundBench::PlaygroundBench(PlaygroundPage& page, QUrl url, QByteArray apiKey,
                                 QString assistant)
    : m_page(page), m_url(std::move(url)), m_apiKey(std::move(apiKey)),
      m_assistant(std::move(assistant))
{}

PlaygroundBench::Result PlaygroundBench::run(int rounds, const QString& leadMessage)
{
    Result result;
    result.loadBefore = agent::server::loadAverage();
    agent::PlaygroundBackend* backend = m_page.backend();
    QEventLoop loop;
    if (!waitUntil([&] { return backend->isReady() || !backend->problem().isEmpty(); }, 30000,
                   loop) ||
        !backend->isReady()) {
        result.error = backend->problem().isEmpty()
                           ? tr("The playground did not connect to the server.")
                           : backend->problem();
        return result;
    }
    PaintWatch watch;
    m_page.chatView()->viewport()->installEventFilter(&watch);
    agent::server::ServerClient client(m_url, m_apiKey);
    agent::server::RunRequest request;
    request.assistantId = m_assistant;
    request.messages << agent::server::InputMessage{leadMessage};

    QList<double> inModel, painted, shown, shownPainted, cFirst, cFinal, pFirst, pFinal;
    for (int i = -1; i < rounds; ++i) {
        // A new test conversation, opened.
        const QString before = m_page.currentThreadId();
        m_page.startConversation({});
        if (!waitUntil(
                [&] {
                    return !m_page.currentThreadId().isEmpty() &&
                           m_page.currentThreadId() != before && !backend->isBusy();
                },
                30000, loop)) {
            result.error = tr("No test conversation could be started on the server.");
            break;
        }
        // Let the page settle (its state and history requests) before the clock runs.
        QTimer::singleShot(300, &loop, &QEventLoop::quit);
        loop.exec();

        QElapsedTimer clock;
        double tokenAt = -1, tokenPaintAt = -1, finalAt = -1, finalPaintAt = -1;
        QString turnError;
        auto now = [&] { return double(clock.nsecsElapsed()) / 1e6; };
        // Connected after the page's own slot: the text is in the model when this runs.
        const auto c1 = QObject::connect(backend, &agent::PlaygroundBackend::tokenReceived, &loop,
                                         [&](quint64, const QString&, const QString&) {
                                             if (tokenAt < 0)
                                                 tokenAt = now();
                                         });
        const auto c2 = QObject::connect(&m_page, &PlaygroundPage::turnShown, &loop,
                                         [&](const agent::TurnResult& r) {
                                             finalAt = now();
                                             turnError = r.error;
                                         });
        watch.painted = [&] {
            if (tokenAt >= 0 && tokenPaintAt < 0)
                tokenPaintAt = now();
            if (finalAt >= 0 && finalPaintAt < 0) {
                finalPaintAt = now();
                loop.quit();
            }
        };
        clock.start();
        m_page.sendMessage(leadMessage);
        const bool done = waitUntil([&] { return finalPaintAt >= 0; }, 60000, loop);
        QObject::disconnect(c1);
        QObject::disconnect(c2);
        watch.painted = nullptr;
        if (!done || !turnError.isEmpty() || tokenPaintAt < 0) {
            result.error =
                !turnError.isEmpty() ? turnError : tr("The turn was not shown within a minute.");
            break;
        }

        // The client level and plain HTTP, on threads of their own.
        agent::server::ServerError e;
        const QString t1 = client.createThread({}, &e).threadId;
        // From an idle server, as the page's run above.
        QTimer::singleShot(300, &loop, &QEventLoop::quit);
        loop.exec();
        QElapsedTimer c;
        c.start();
        double clientFirst = -1;
        agent::server::StreamCallbacks cb;
        cb.onToken = [&](const QString&, const QString&, const QString&) {
            if (clientFirst < 0)
                clientFirst = double(c.nsecsElapsed()) / 1e6;
        };
        if (!e)
            client.stream(t1, request, cb, &e);
        const double clientFinal = double(c.nsecsElapsed()) / 1e6;
        const QString t2 = e ? QString() : client.createThread({}, &e).threadId;
        agent::server::PlainHttpRun plain;
        QTimer::singleShot(300, &loop, &QEventLoop::quit);
        loop.exec();
        if (!e)
            plain = agent::server::plainHttpStream(m_url, m_apiKey, t2, m_assistant, leadMessage);
        if (e || !plain.error.isEmpty()) {
            result.error = e ? e.message : plain.error;
            break;
        }
        if (i < 0)
            continue;
        inModel << tokenAt;
        painted << tokenPaintAt;
        shown << finalAt;
        shownPainted << finalPaintAt;
        cFirst << clientFirst;
        cFinal << clientFinal;
        pFirst << plain.firstTokenMs;
        pFinal << plain.finalMs;
    }
    m_page.chatView()->viewport()->removeEventFilter(&watch);
    result.rounds = int(inModel.size());
    result.tokenInModelMs = median(inModel);
    result.tokenPaintedMs = median(painted);
    result.finalShownMs = median(shown);
    result.finalPaintedMs = median(shownPainted);
    result.clientFirstTokenMs = median(cFirst);
    result.clientFinalMs = median(cFinal);
    result.plainFirstTokenMs = median(pFirst);
    result.plainFinalMs = median(pFinal);
    result.loadAfter = agent::server::loadAverage();
    return result;
}

QJsonObject PlaygroundBench::Result::toJson() const
{
    QJsonObject o{{QStringLiteral("rounds"), rounds},
                  {QStringLiteral("screen_first_token_in_model_ms"), tokenInModelMs},
                  {QStringLiteral("screen_first_token_painted_ms"), tokenPaintedMs},
                  {QStringLiteral("screen_final_state_shown_ms"), finalShownMs},
                  {QStringLiteral("screen_final_state_painted_ms"), finalPaintedMs},
                  {QStringLiteral("client_first_token_ms"), clientFirstTokenMs},
                  {QStringLiteral("client_final_state_ms"), clientFinalMs},
                  {QStringLiteral("plain_http_first_token_ms"), plainFirstTokenMs},
                  {QStringLiteral("plain_http_final_state_ms"), plainFinalMs},
                  {QStringLiteral("load_before"), loadBefore},
                  {QStringLiteral("load_after"), loadAfter}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

QString PlaygroundBench::Result::toText() const
{
    return tr("Agent playground on the LangGraph server, median of %1 runs:\n"
              "  on screen:  first token in the chat %2 ms, painted %3 ms; final state shown "
              "%4 ms, painted %5 ms\n"
              "  client:     first token %6 ms, final state %7 ms\n"
              "  plain HTTP: first token %8 ms, final state %9 ms\n"
              "  load average: %10 before, %11 after")
        .arg(rounds)
        .arg(tokenInModelMs, 0, 'f', 1)
        .arg(tokenPaintedMs, 0, 'f', 1)
        .arg(finalShownMs, 0, 'f', 1)
        .arg(finalPaintedMs, 0, 'f', 1)
        .arg(clientFirstTokenMs, 0, 'f', 1)
        .arg(clientFinalMs, 0, 'f', 1)
        .arg(plainFirstTokenMs, 0, 'f', 1)
        .arg(plainFinalMs, 0, 'f', 1)
        .arg(loadBefore, loadAfter);
}

} // namespace limitless::ui
