#pragma once

#include "db/DbError.h"

#include <QStringList>
#include <QVariant>
#include <QVector>

namespace limitless::db {

// A fully converted result set: plain values that can cross threads safely.
// Conversions: bool→bool, int2/4/8→qlonglong, float4/8→double, numeric→QString (exact),
// text-like→QString, json/jsonb→QJsonValue, timestamp (no zone, treated as UTC) and
// timestamptz→QDateTime in UTC, date→QDate, bytea→QByteArray, real[]/vector→QVector<float>,
// other arrays and unknown types→QString (server text form). SQL NULL→invalid QVariant.
struct QueryResult {
    QStringList columns;
    QVector<QVector<QVariant>> rows;
    qint64 affectedRows = 0;
    QString commandTag;
    DbError error;

    bool ok() const { return !error.isError(); }
    int rowCount() const { return int(rows.size()); }
    int columnIndex(const QString& name) const { return int(columns.indexOf(name)); }
    QVariant value(int row, int column) const { return rows.at(row).at(column); }
    QVariant value(int row, const QString& column) const
    {
        const int c = columnIndex(column);
        return c < 0 ? QVariant() : rows.at(row).at(c);
    }
    // First column of the first row, or an invalid QVariant.
    QVariant scalar() const
    {
        return rows.isEmpty() || rows.first().isEmpty() ? QVariant() : rows.first().first();
    }
};

} // namespace limitless::db
