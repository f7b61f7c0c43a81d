#pragma once

#include "db/DbError.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace limitless::db {
class PgConnection;
}

namespace limitless::agent {

// One playground thread as the thread list shows it: the conversations row of a test
// conversation.
struct PlaygroundThread {
    QString threadId;
    QString campaignCode; // the campaign under test ('' until the first turn recorded it)
    QString stage;
    bool qualified = false;
    bool paymentLinkSent = false;
    bool paymentCompleted = false;
    int messageCount = 0;
    QDateTime createdAt;     // UTC
    QDateTime lastMessageAt; // UTC

    bool operator==(const PlaygroundThread&) const = default;
};

// The owner's playground threads, newest activity first (at most `limit`). Blocking; runs
// under `claims` (empty: the session's role, as on the command line).
QList<PlaygroundThread> listPlaygroundThreads(db::PgConnection& connection, const QString& ownerId,
                                              const QByteArray& claims, db::DbError* error,
                                              int limit = 200);

} // namespace limitless::agent

Q_DECLARE_METATYPE(limitless::agent::PlaygroundThread)
