#pragma once

#include "agent/PlaygroundLab.h"

#include <QAbstractTableModel>
#include <QList>

namespace limitless::models {

// The owner's saved scenarios with their newest run held against their expectation (the
// first stored run): result (passed, failed, not run yet), stage reached, qualified, payment
// link sent, the prompt version and policy the run used.
class ScenariosModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ResultColumn,
        StageColumn,
        QualifiedColumn,
        PaymentLinkColumn,
        PromptVersionColumn,
        PolicyColumn,
        TurnsColumn,
        // The last run on the LangGraph server and the comparison with the built-in runtime
        // (shown when the Scenarios tab runs on the server or on both).
        ServerStageColumn,
        ServerQualifiedColumn,
        ServerPaymentLinkColumn,
        VerdictColumn,
        ColumnCount
    };
    enum class Result { NotRun, Passed, Failed };
    enum Role { NameRole = Qt::UserRole + 300, ResultRole };

    explicit ScenariosModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setEntries(const QList<agent::ScenarioEntry>& entries);
    // Which runtime the runs shown are from: the built-in columns say "(built-in)" beside the
    // server's when both run.
    void setBackends(agent::server::ScenarioBackends backends);
    agent::server::ScenarioBackends backends() const { return m_backends; }
    // A scenario run on the server (and on the built-in runtime, whose run then becomes the
    // scenario's newest as applyReport() does).
    void applyComparison(const agent::server::BackendComparison& row);
    // This session's last server run of the scenario in `row`, set beside the built-in's.
    bool hasComparison(int row) const;
    agent::server::BackendComparison comparison(int row) const;
    // A run that just finished becomes the scenario's newest (the previous one is kept for the
    // comparison).
    void applyReport(const agent::ScenarioReport& report);
    const QList<agent::ScenarioEntry>& entries() const { return m_entries; }
    const agent::ScenarioEntry& entry(int row) const { return m_entries.at(row); }
    int rowForName(const QString& name) const;
    // The run before the newest, when this session ran the scenario.
    bool hasPrevious(int row) const;
    agent::ScenarioOutcome previous(int row) const;

    static Result resultOf(const agent::ScenarioEntry& entry);
    static QString resultText(Result result);

private:
    QList<agent::ScenarioEntry> m_entries;
    QHash<QString, agent::ScenarioOutcome> m_previous; // scenario id → the run before the newest
    QHash<QString, agent::server::BackendComparison> m_comparisons; // scenario name → last
    agent::server::ScenarioBackends m_backends = agent::server::ScenarioBackends::BuiltIn;
};

} // namespace limitless::models
