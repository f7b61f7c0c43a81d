#pragma once

#include <QAbstractItemModel>
#include <QSet>
#include <QVector>

namespace limitless::models {

// Merges a fresh query result into a flat model's rows by id, with the finest-grained signals
// (remove, move, insert, dataChanged) instead of a reset, so views keep their selection, current
// index and scroll position. `Row` needs a QString `id` and operator==; `access` exposes the
// model's protected begin/end functions (TableMergeAccess below, for table models).
// Exposes a table model's protected row signals to mergeRowsById. A model befriends it with
// `template <typename> friend struct TableMergeAccess;`.
template <typename Model> struct TableMergeAccess {
    Model& m;
    void beginRemove(int first, int last) { m.beginRemoveRows({}, first, last); }
    void endRemove() { m.endRemoveRows(); }
    void beginInsert(int first, int last) { m.beginInsertRows({}, first, last); }
    void endInsert() { m.endInsertRows(); }
    void beginMove(int from, int to) { m.beginMoveRows({}, from, from, {}, to); }
    void endMove() { m.endMoveRows(); }
    void changed(int row, int columns)
    {
        emit m.dataChanged(m.index(row, 0), m.index(row, columns - 1));
    }
};

template <typename Row, typename Access>
void mergeRowsById(QVector<Row>& rows, QVector<Row> fresh, Access& a, int columnCount)
{
    QSet<QString> freshIds;
    for (const Row& r : fresh)
        freshIds.insert(r.id);

    // 1. Remove rows that are gone, one contiguous range at a time, bottom up.
    for (int last = int(rows.size()) - 1; last >= 0; --last) {
        if (freshIds.contains(rows.at(last).id))
            continue;
        int first = last;
        while (first > 0 && !freshIds.contains(rows.at(first - 1).id))
            --first;
        a.beginRemove(first, last);
        rows.remove(first, last - first + 1);
        a.endRemove();
        last = first;
    }

    // 2. Walk `fresh` in query order: matching rows are updated in place, rows that appear
    //    later are moved up, runs of new rows are inserted at once.
    QSet<QString> present;
    for (const Row& r : rows)
        present.insert(r.id);
    const auto replace = [&](int i, const Row& row) {
        if (rows.at(i) == row)
            return;
        rows[i] = row;
        a.changed(i, columnCount);
    };
    for (int i = 0; i < fresh.size(); ++i) {
        if (i < rows.size() && rows.at(i).id == fresh.at(i).id) {
            replace(i, fresh.at(i));
            continue;
        }
        if (present.contains(fresh.at(i).id)) {
            int from = i + 1;
            while (rows.at(from).id != fresh.at(i).id)
                ++from;
            a.beginMove(from, i);
            rows.move(from, i);
            a.endMove();
            replace(i, fresh.at(i));
            continue;
        }
        int end = i + 1;
        while (end < fresh.size() && !present.contains(fresh.at(end).id))
            ++end;
        a.beginInsert(i, end - 1);
        for (int k = i; k < end; ++k)
            rows.insert(k, fresh.at(k));
        a.endInsert();
        i = end - 1;
    }
}

} // namespace limitless::models
