#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QModelIndex;

namespace limitless::models {
class PipelineModel;
}

namespace limitless::ui {

// The pipeline: one column per stage of a PipelineModel, side by side in the agent's order,
// each headed by the stage's name and count, with the newest conversations as cards.
class PipelineView : public QWidget {
    Q_OBJECT

public:
    explicit PipelineView(models::PipelineModel* model, QWidget* parent = nullptr);

    QListView* column(int stage) const { return m_columns.at(stage); }
    int columnCount() const { return int(m_columns.size()); }
    QString headerText(int stage) const;

signals:
    void conversationActivated(const QString& conversationId);

private:
    void updateHeaders();

    models::PipelineModel* m_model;
    QList<QListView*> m_columns;
    QList<QLabel*> m_titles;
    QList<QLabel*> m_counts;
};

} // namespace limitless::ui
