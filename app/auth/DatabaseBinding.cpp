#include "auth/DatabaseBinding.h"

#include "auth/AuthLog.h"
#include "auth/SessionManager.h"
#include "db/Database.h"

namespace limitless::auth {

DatabaseBinding::DatabaseBinding(SessionManager* sessions, db::Database* database, QObject* parent)
    : QObject(parent), m_sessions(sessions), m_db(database)
{
    connect(sessions, &SessionManager::signedIn, this, &DatabaseBinding::onSignedIn);
    // A stored session that could not be renewed at start-up is used as it is: the database
    // connection is the credential, and the claims are still the owner's.
    connect(sessions, &SessionManager::sessionKept, this, &DatabaseBinding::onSignedIn);
    connect(sessions, &SessionManager::sessionRefreshed, this, &DatabaseBinding::onRefreshed);
    connect(sessions, &SessionManager::signedOut, this, &DatabaseBinding::onSignedOut);
}

void DatabaseBinding::sync()
{
    if (m_sessions && m_sessions->isSignedIn())
        onSignedIn();
    else
        onSignedOut();
}

void DatabaseBinding::onSignedIn()
{
    if (!m_db || !m_sessions)
        return;
    // Claims first: the first statement after open() must already run under RLS.
    m_db->setClaims(m_sessions->session().claimsJson());
    if (!m_conninfo.isEmpty()) {
        m_db->open(m_conninfo);
        m_open = true;
    }
}

void DatabaseBinding::onRefreshed()
{
    if (m_db && m_sessions)
        m_db->setClaims(m_sessions->session().claimsJson());
}

void DatabaseBinding::onSignedOut()
{
    if (!m_db)
        return;
    m_db->setClaims({});
    m_db->close();
    if (m_open)
        qCInfo(lcAuth) << "signed out: database connections closed";
    m_open = false;
}

} // namespace limitless::auth
