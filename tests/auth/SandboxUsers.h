#pragma once

#include "db/PgConnection.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace limitless::test {

// Local accounts made for one test on the test cluster's sandbox database (auth.users with a
// bcrypt password, plus an owners row), with campaigns, conversations, events and payments when
// asked; all deleted again at the end.
class SandboxUsers {
public:
    struct Account {
        QString email;
        QString password;
        QString userId;
        QString ownerId;
        QStringList campaigns;
        QStringList conversations;
        QStringList events;
        QStringList payments;
    };

    SandboxUsers();
    ~SandboxUsers();
    SandboxUsers(const SandboxUsers&) = delete;
    SandboxUsers& operator=(const SandboxUsers&) = delete;

    // `confirmed` = email_confirmed_at set.
    Account add(const QString& name, bool confirmed = true);
    // Two campaigns, each with a conversation, an event and a payment.
    void addBusiness(Account& account);
    db::PgConnection& admin() { return *m_admin; }

private:
    std::unique_ptr<db::PgConnection> m_admin;
    QString m_run;
    QStringList m_userIds;
};

} // namespace limitless::test
