#include "ScenariosModel.h"

#include "StatusColours.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace limitless::models {

using agent::ScenarioEntry;
using agent::ScenarioOutcome;

namespace {

QString yesNo(bool v)
{
    return v ? ScenariosModel::tr("yes") : ScenariosModel::tr("no");
}

QString stageText(const QString& stage)
{
    if (stage.isEmpty())
        return ScenariosModel::tr("—");
    QString s = stage;
    s.replace(u'_', u' ');
    s[0] = s.at(0).toUpper();
    return s;
}

} // namespace

ScenariosModel::ScenariosModel(QObject* parent) : QAbstractTableModel(parent) {}

int ScenariosModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ScenariosModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ScenariosModel::Result ScenariosModel::resultOf(const ScenarioEntry& e)
{
    // The expectation recorded from the conversation it was saved from is no run.
    if (!e.hasLatest ||
        (!e.scenario.sourceThreadId.isEmpty() && e.latest.threadId == e.scenario.sourceThreadId))
        return Result::NotRun;
    // The first run is its own expectation until it is compared with a later one.
    if (!e.hasExpected)
        return e.latest.ok() ? Result::Passed : Result::Failed;
    return agent::PlaygroundLab::meets(e.latest, e.expected) ? Result::Passed : Result::Failed;
}

QString ScenariosModel::resultText(Result result)
{
    switch (result) {
    case Result::NotRun:
        return tr("not run");
    case Result::Passed:
        return tr("passed");
    case Result::Failed:
        return tr("failed");
    }
    return {};
}

QVariant ScenariosModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const ScenarioEntry& e = m_entries.at(index.row());
    const Result result = resultOf(e);
    // Before any run, the row shows the expectation.
    const bool ran = result != Result::NotRun;
    const ScenarioOutcome& o = e.latest;
    if (role == NameRole)
        return e.scenario.name;
    if (role == ResultRole)
        return int(result);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return e.scenario.name;
        case ResultColumn:
            return resultText(result);
        case StageColumn:
            return e.hasLatest ? stageText(o.stageReached) : tr("—");
        case QualifiedColumn:
            return e.hasLatest ? yesNo(o.qualified) : tr("—");
        case PaymentLinkColumn:
            return e.hasLatest ? yesNo(o.paymentLinkSent) : tr("—");
        case PromptVersionColumn:
            return !e.hasLatest           ? tr("—")
                   : o.promptVersion == 0 ? tr("built-in")
                                          : tr("v%1").arg(o.promptVersion);
        case PolicyColumn:
            return e.hasLatest ? o.policy : tr("—");
        case TurnsColumn:
            return ran ? tr("%1/%2").arg(o.turns).arg(e.scenario.leadTurns.size())
                       : QString::number(e.scenario.leadTurns.size());
        default:
            break;
        }
        const auto c = m_comparisons.constFind(e.scenario.name);
        const bool server = c != m_comparisons.cend() && c->hasServer;
        const bool failed = server && !c->server.ok() && c->server.turns == 0;
        switch (index.column()) {
        case ServerStageColumn:
            return !server ? tr("—") : failed ? tr("failed") : stageText(c->server.stageReached);
        case ServerQualifiedColumn:
            return !server || failed ? tr("—") : yesNo(c->server.qualified);
        case ServerPaymentLinkColumn:
            return !server || failed ? tr("—") : yesNo(c->server.paymentLinkSent);
        case VerdictColumn:
            if (!server)
                return tr("not run");
            if (!c->hasBuiltin)
                return c->server.ok() ? tr("ran") : tr("failed");
            return c->verdictText();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ResultColumn && e.hasExpected) {
            QString tip = tr("Expected: stage %1, qualified %2, payment link %3")
                              .arg(stageText(e.expected.stageReached), yesNo(e.expected.qualified),
                                   yesNo(e.expected.paymentLinkSent));
            if (!o.error.isEmpty())
                tip += u'\n' + o.error;
            return tip;
        }
        if (index.column() == NameColumn)
            return e.scenario.leadTurns.join(u'\n');
        const auto c = m_comparisons.constFind(e.scenario.name);
        if (index.column() >= ServerStageColumn && c != m_comparisons.cend()) {
            QStringList errors;
            if (c->hasBuiltin && !c->builtin.ok())
                errors << tr("Built-in runtime: %1").arg(c->builtin.error);
            if (c->hasServer && !c->server.ok())
                errors << tr("LangGraph server: %1").arg(c->server.error);
            return errors.join(u'\n');
        }
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == ResultColumn && ran) {
        if (result == Result::Passed)
            return QBrush(StatusColours::good());
        if (result == Result::Failed)
            return QBrush(StatusColours::bad());
    }
    if (role == Qt::ForegroundRole && index.column() == VerdictColumn) {
        const auto c = m_comparisons.constFind(e.scenario.name);
        if (c != m_comparisons.cend()) {
            const QString v = c->verdict();
            if (v == QLatin1String("same") || (v.isEmpty() && c->server.ok()))
                return QBrush(QColor(0x1b, 0x7f, 0x3b));
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        }
    }
    if (role == Qt::FontRole && index.column() == VerdictColumn &&
        m_comparisons.contains(e.scenario.name)) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::FontRole && index.column() == ResultColumn && ran) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant ScenariosModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StageColumn:
            return tr("The stage the run reached (before a run: the expected one)");
        case PaymentLinkColumn:
            return tr("Whether the payment link was sent");
        case PromptVersionColumn:
            return tr("The prompt version the run used");
        case TurnsColumn:
            return tr("Lead turns the agent answered, of the scenario's");
        case ServerStageColumn:
            return tr("The stage the run on the LangGraph server reached");
        case VerdictColumn:
            return tr("Whether both runtimes took the lead as far: the same stage, "
                      "qualification and payment link");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    const bool both = m_backends == agent::server::ScenarioBackends::Both;
    switch (section) {
    case StageColumn:
        return both ? tr("Stage (built-in)") : tr("Stage");
    case QualifiedColumn:
        return both ? tr("Qualified (built-in)") : tr("Qualified");
    case PaymentLinkColumn:
        return both ? tr("Link sent (built-in)") : tr("Link sent");
    case ServerStageColumn:
        return both ? tr("Stage (server)") : tr("Stage");
    case ServerQualifiedColumn:
        return both ? tr("Qualified (server)") : tr("Qualified");
    case ServerPaymentLinkColumn:
        return both ? tr("Link sent (server)") : tr("Link sent");
    case VerdictColumn:
        return both ? tr("Compared") : tr("Server run");
    default:
        break;
    }
    switch (section) {
    case NameColumn:
        return tr("Scenario");
    case ResultColumn:
        return tr("Result");
    case StageColumn:
        return tr("Stage");
    case QualifiedColumn:
        return tr("Qualified");
    case PaymentLinkColumn:
        return tr("Link sent");
    case PromptVersionColumn:
        return tr("Prompts");
    case PolicyColumn:
        return tr("Policy");
    case TurnsColumn:
        return tr("Turns");
    default:
        return {};
    }
}

void ScenariosModel::setEntries(const QList<ScenarioEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void ScenariosModel::applyReport(const agent::ScenarioReport& report)
{
    const int row = rowForName(report.scenario.name);
    if (row < 0)
        return;
    ScenarioEntry& e = m_entries[row];
    // The expectation recorded at saving is no previous run.
    if (resultOf(e) != Result::NotRun)
        m_previous.insert(e.scenario.id, e.latest);
    e.latest = report.outcome;
    e.hasLatest = true;
    if (!e.hasExpected) {
        e.expected = report.outcome;
        e.hasExpected = true;
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ScenariosModel::setBackends(agent::server::ScenarioBackends backends)
{
    if (m_backends == backends)
        return;
    m_backends = backends;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ScenariosModel::applyComparison(const agent::server::BackendComparison& row)
{
    if (row.hasBuiltin) {
        agent::ScenarioReport report;
        report.scenario = row.scenario;
        report.outcome = row.builtin;
        applyReport(report);
    }
    m_comparisons.insert(row.scenario.name, row);
    const int r = rowForName(row.scenario.name);
    if (r >= 0)
        emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

bool ScenariosModel::hasComparison(int row) const
{
    return row >= 0 && row < m_entries.size() &&
           m_comparisons.contains(m_entries.at(row).scenario.name);
}

agent::server::BackendComparison ScenariosModel::comparison(int row) const
{
    return m_comparisons.value(m_entries.at(row).scenario.name);
}

int ScenariosModel::rowForName(const QString& name) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).scenario.name == name)
            return i;
    return -1;
}

bool ScenariosModel::hasPrevious(int row) const
{
    return row >= 0 && row < m_entries.size() && m_previous.contains(m_entries.at(row).scenario.id);
}

ScenarioOutcome ScenariosModel::previous(int row) const
{
    return m_previous.value(m_entries.at(row).scenario.id);
}

} // namespace limitless::models
