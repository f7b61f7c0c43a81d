#pragma once

#include <QSortFilterProxyModel>

namespace limitless::models {

// Sorting and filtering in front of DocumentsModel: by status, category and text (name and
// tags), and — unless asked — without the versions a newer upload replaced.
class DocumentsFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    // What the status filter can ask for besides a stored status.
    static constexpr const char* ActiveStatus = "active"; // pending or processing

    explicit DocumentsFilterModel(QObject* parent = nullptr);

    QString status() const { return m_status; }
    QString category() const { return m_category; }
    QString text() const { return m_text; }
    bool showsReplaced() const { return m_showReplaced; }
    bool isFiltering() const;

public slots:
    // A stored status ("completed", "failed", …), ActiveStatus, or empty = any.
    void setStatus(const QString& status);
    // A category; NoCategory for documents without one; empty = any.
    void setCategory(const QString& category);
    void setText(const QString& text);
    void setShowReplaced(bool show);

public:
    static constexpr const char* NoCategory = "-";

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_status;
    QString m_category;
    QString m_text;
    bool m_showReplaced = false;
};

} // namespace limitless::models
