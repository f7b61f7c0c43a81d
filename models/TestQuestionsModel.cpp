#include "TestQuestionsModel.h"

#include "ModelRoles.h"
#include "StatusColours.h"

#include <QColor>
#include <QLocale>

namespace limitless::models {

using knowledge::EvalChange;
using knowledge::EvalItem;
using knowledge::EvalReport;
using knowledge::TestQuestion;

TestQuestionsModel::TestQuestionsModel(QObject* parent) : QAbstractTableModel(parent) {}

int TestQuestionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_questions.size());
}

int TestQuestionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags TestQuestionsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

namespace {
int changeValue(const QHash<QString, EvalChange>& changes, const QString& question)
{
    const auto it = changes.constFind(question);
    if (it == changes.cend())
        return -2;
    if (it->before < 0)
        return 2;
    return it->better() ? 1 : it->worse() ? -1 : 0;
}
} // namespace

QVariant TestQuestionsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const TestQuestion& q = m_questions.at(index.row());
    const auto item = m_items.constFind(q.question);
    const int rank = item == m_items.cend() ? -1 : item->rank;
    const int change = changeValue(m_changes, q.question);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case QuestionColumn:
            return q.question;
        case ExpectedColumn:
            return q.expectationText();
        case RankColumn:
            if (rank < 0)
                return tr("not run");
            return rank == 0 ? tr("miss") : tr("#%1").arg(locale.toString(rank));
        case ChangeColumn: {
            const EvalChange c = m_changes.value(q.question);
            const QString before = c.before > 0 ? tr("#%1").arg(c.before) : tr("miss");
            switch (change) {
            case 1:
                return tr("better (was %1)").arg(before);
            case -1:
                return tr("worse (was %1)").arg(before);
            case 0:
                return tr("same");
            case 2:
                return tr("new");
            default:
                return QString();
            }
        }
        }
        break;
    case SortRole:
        switch (index.column()) {
        case RankColumn:
            return rank <= 0 ? 1 << 30 : rank;
        case ChangeColumn:
            return change;
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return q.id;
    case RankRole:
        return rank;
    case ChangeRole:
        return change;
    case Qt::ToolTipRole:
        if (index.column() == RankColumn && item != m_items.cend() && !item->found.isEmpty())
            return tr("First result: %1").arg(item->found);
        break;
    case Qt::ForegroundRole:
        if (index.column() == ChangeColumn && change == 1)
            return StatusColours::good();
        if ((index.column() == ChangeColumn && change == -1) ||
            (index.column() == RankColumn && rank == 0))
            return StatusColours::bad();
        break;
    default:
        break;
    }
    return {};
}

QVariant TestQuestionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount ||
        role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QuestionColumn:
        return tr("Question");
    case ExpectedColumn:
        return tr("Expected answer in");
    case RankColumn:
        return tr("Last rank");
    case ChangeColumn:
        return tr("Since the run before");
    }
    return {};
}

void TestQuestionsModel::setQuestions(const QList<TestQuestion>& questions)
{
    beginResetModel();
    m_questions = questions;
    endResetModel();
}

void TestQuestionsModel::setRun(const EvalReport& report, const QList<EvalChange>& changes)
{
    m_report = report;
    m_items.clear();
    for (const EvalItem& i : report.items)
        m_items.insert(i.question.question, i);
    m_changes.clear();
    for (const EvalChange& c : changes)
        m_changes.insert(c.question, c);
    if (!m_questions.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_questions.size()) - 1, ColumnCount - 1));
}

int TestQuestionsModel::betterCount() const
{
    int n = 0;
    for (const EvalChange& c : m_changes)
        n += c.better() ? 1 : 0;
    return n;
}

int TestQuestionsModel::worseCount() const
{
    int n = 0;
    for (const EvalChange& c : m_changes)
        n += c.worse() ? 1 : 0;
    return n;
}

} // namespace limitless::models
