#include "db/DbError.h"

#include <QRegularExpression>

namespace limitless::db {

DbError DbError::client(const QString& message)
{
    DbError e;
    e.kind = Kind::Client;
    e.message = message;
    return e;
}

DbError::Kind DbError::kindForSqlState(const QString& s)
{
    if (s == QLatin1String("23505"))
        return Kind::UniqueViolation;
    if (s == QLatin1String("23503"))
        return Kind::ForeignKeyViolation;
    if (s == QLatin1String("23502"))
        return Kind::NotNullViolation;
    if (s == QLatin1String("23514"))
        return Kind::CheckViolation;
    if (s == QLatin1String("42501"))
        return Kind::PermissionDenied;
    if (s == QLatin1String("57014"))
        return Kind::Cancelled;
    if (s == QLatin1String("28P01") || s == QLatin1String("28000"))
        return Kind::AuthenticationFailed;
    if (s == QLatin1String("3D000"))
        return Kind::DatabaseMissing;
    if (s == QLatin1String("42P01") || s == QLatin1String("42703") || s == QLatin1String("42883"))
        return Kind::UndefinedObject;
    // Class 08: connection exception; 57P01..57P03: admin shutdown / crash / cannot connect now.
    if (s.startsWith(QLatin1String("08")) || s == QLatin1String("57P01") ||
        s == QLatin1String("57P02") || s == QLatin1String("57P03"))
        return Kind::ConnectionLost;
    return Kind::Query;
}

DbError DbError::fromSqlState(const QString& state, const QString& message)
{
    DbError e;
    e.kind = kindForSqlState(state);
    e.sqlState = state;
    e.message = message;
    return e;
}

DbError DbError::fromConnectionFailure(const QString& m)
{
    // libpq reports connection failures without a SQLSTATE; its messages are stable
    // across versions for these cases and are the only signal available.
    DbError e;
    e.message = m.trimmed();
    // `FATAL:  database "x" does not exist`: the server is there, the database is not.
    static const QRegularExpression missingDb(QStringLiteral("database \"[^\"]*\" does not exist"));
    if (missingDb.match(m).hasMatch()) {
        e.kind = Kind::DatabaseMissing;
        e.sqlState = QStringLiteral("3D000");
        return e;
    }
    if (m.contains(QLatin1String("password authentication failed")) ||
        m.contains(QLatin1String("no password supplied")) ||
        m.contains(QLatin1String("no pg_hba.conf entry")) ||
        m.contains(QLatin1String("role \"")) /* role "x" does not exist */)
        e.kind = Kind::AuthenticationFailed;
    else if (m.contains(QLatin1String("invalid connection option")) ||
             m.contains(QLatin1String("invalid URI")) ||
             m.contains(QLatin1String("missing \"=\"")) ||
             m.contains(QLatin1String("could not translate host name")) ||
             m.contains(QLatin1String("invalid integer value")) ||
             m.contains(QLatin1String("invalid port number")))
        e.kind = Kind::InvalidAddress;
    else
        e.kind = Kind::ConnectionRefused;
    return e;
}

namespace {
// The name in `<word> "name"` within a server message, or the whole message.
QString quoted(const QString& message, const QString& word)
{
    const QRegularExpression re(QRegularExpression::escape(word) + QStringLiteral(" \"([^\"]*)\""));
    const QRegularExpressionMatch m = re.match(message);
    return m.hasMatch() ? m.captured(1) : message;
}
} // namespace

QString DbError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::ConnectionRefused:
        return tr("Cannot reach the database server. Check that it is running and that the "
                  "address is right.");
    case Kind::AuthenticationFailed:
        return tr("The database refused the sign-in: the user name or password is wrong, or "
                  "this user may not connect.");
    case Kind::ConnectionLost:
        return tr("The connection to the database was lost. Reconnecting…");
    case Kind::WriteOutcomeUnknown:
        return tr("The connection was lost while saving. The change may not have been saved; "
                  "check and try again.");
    case Kind::InvalidAddress:
        return tr("The database address is not valid: %1").arg(message);
    case Kind::DatabaseMissing: {
        const QString name = quoted(message, QStringLiteral("database"));
        return tr("The database server answered, but it has no database named “%1”. Check the "
                  "database name at the end of the address.")
            .arg(name);
    }
    case Kind::PermissionDenied: {
        // "permission denied for table campaigns" (or view, function, schema…): which object,
        // and what can be done about it. Row-level security refusals name a table too.
        static const QRegularExpression object(
            QStringLiteral("permission denied for (table|view|function|schema|sequence) (\\S+)"));
        const QRegularExpressionMatch m = object.match(message);
        if (m.hasMatch())
            return tr("The database refused access to the %1 “%2”: the role this connection "
                      "uses has no grant on it. Connect as a role that has one (the app's role "
                      "that `limitless migrate` sets up, or sign in as the owner), or ask the "
                      "database's administrator to grant it.")
                .arg(m.captured(1), m.captured(2));
        if (message.contains(QLatin1String("row-level security")))
            return tr("You do not have permission for this. Each owner can only see and change "
                      "their own data.");
        return tr("The database refused this: %1").arg(message);
    }
    case Kind::UniqueViolation:
        return tr("This value is already taken; it must be unique.");
    case Kind::ForeignKeyViolation:
        return tr("This item is still in use by other records, or refers to one that does not "
                  "exist.");
    case Kind::NotNullViolation:
        return tr("A required value is missing.");
    case Kind::CheckViolation:
        return tr("A value is outside what is allowed.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::UndefinedObject: {
        // 42P01 relation "campaigns" does not exist: the schema is not there at all, or not
        // this app's part of it.
        static const QRegularExpression relation(
            QStringLiteral("relation \"([^\"]+)\" does not exist"));
        if (const QRegularExpressionMatch m = relation.match(message); m.hasMatch())
            return tr("This database has no table “%1”: it has not been set up for the "
                      "dashboard. Run `limitless migrate` against it.")
                .arg(m.captured(1));
        static const QRegularExpression function(
            QStringLiteral("function ([^ (]+)\\(.*\\) does not exist"));
        if (const QRegularExpressionMatch m = function.match(message); m.hasMatch())
            return tr("This database lacks the dashboard's function %1. Run `limitless migrate` "
                      "against it.")
                .arg(m.captured(1));
        return tr("The database schema does not match this version of the app (%1). Run "
                  "`limitless migrate` against it.")
            .arg(message);
    }
    case Kind::Migration:
    case Kind::Query:
    case Kind::Client:
        return message;
    }
    return message;
}

QString DbError::toString() const
{
    QString s = message;
    if (!sqlState.isEmpty())
        s = QStringLiteral("[%1] %2").arg(sqlState, s);
    if (!detail.isEmpty())
        s += QStringLiteral("\nDETAIL: ") + detail;
    if (!hint.isEmpty())
        s += QStringLiteral("\nHINT: ") + hint;
    return s;
}

} // namespace limitless::db
