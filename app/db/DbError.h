#pragma once

#include <QCoreApplication>
#include <QString>

namespace limitless::db {

// A database failure as the server (or libpq) reported it, plus the category the app
// decides on. Decisions are made on `kind`/`sqlState`, never on the message text.
struct DbError {
    Q_DECLARE_TR_FUNCTIONS(DbError)

public:
    enum class Kind {
        None,
        ConnectionRefused,    // nothing listens at host:port, or the socket is missing
        AuthenticationFailed, // 28P01 / 28000
        ConnectionLost,       // the connection dropped while talking to the server
        WriteOutcomeUnknown,  // connection dropped during a write: it may or may not have landed
        InvalidAddress,       // malformed URL / unknown host
        DatabaseMissing,      // 3D000: the server answered, but has no database of that name
        PermissionDenied,     // 42501, including row-level-security rejections
        UniqueViolation,      // 23505
        ForeignKeyViolation,  // 23503
        NotNullViolation,     // 23502
        CheckViolation,       // 23514
        Cancelled,            // 57014 after a cancel request
        UndefinedObject,      // 42P01 / 42703 / 42883: schema mismatch
        Migration,            // the migrator refused to go on
        Query,                // any other server error
        Client,               // a client-side problem (bad parameter, decode failure)
    };

    Kind kind = Kind::None;
    QString sqlState;
    QString message;
    QString detail;
    QString hint;
    QString constraint;
    QString table;

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    bool isConnectionProblem() const
    {
        return kind == Kind::ConnectionRefused || kind == Kind::ConnectionLost ||
               kind == Kind::WriteOutcomeUnknown;
    }

    // A sentence the owner understands, e.g. "The database refused the password."
    QString userMessage() const;
    // Everything known, for logs and the CLI's stderr (no secrets: libpq never echoes them).
    QString toString() const;

    static DbError client(const QString& message);
    static DbError fromSqlState(const QString& state, const QString& message);
    static Kind kindForSqlState(const QString& state);
    static DbError fromConnectionFailure(const QString& libpqMessage);
};

} // namespace limitless::db
