#include "monitoring/alertlistmodel.h"

#include "monitoring/alerttexts.h"

namespace Nigran::Gui {

using namespace Nigran::Models;

AlertListModel::AlertListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

AlertListModel::~AlertListModel() = default;

void AlertListModel::setAlerts(const QList<AlertRecord> &alerts, const QHash<QString, QString> &names)
{
    beginResetModel();
    m_alerts = alerts;
    m_names = names;
    endResetModel();
}

const AlertRecord *AlertListModel::alertAt(int row) const
{
    return row >= 0 && row < m_alerts.size() ? &m_alerts[row] : nullptr;
}

int AlertListModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_alerts.size(); ++row)
        if (m_alerts[row].id == id)
            return int(row);
    return -1;
}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertRecord &record = m_alerts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return AlertTexts::pakistanTime(record.alert.raisedAt);
        case Person:
            return m_names.value(record.personId, record.personId);
        case Kind:
            return MonitoringNames::kindName(record.alert.kind);
        case Severity:
            return MonitoringNames::severityName(record.severity());
        case State:
            return record.state == AlertState::Closed ? tr("%1 (%2)").arg(
                       MonitoringNames::stateName(record.state), MonitoringNames::outcomeName(record.outcome))
                                                      : MonitoringNames::stateName(record.state);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == Severity)
            return AlertTexts::severityColour(record.severity());
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return tr("Started %1, raised %2 (Pakistan time)")
                .arg(AlertTexts::pakistanTime(record.alert.startedAt),
                    AlertTexts::pakistanTime(record.alert.raisedAt));
        return {};
    case AlertIdRole:
        return record.id;
    case SeverityRole:
        return int(record.severity());
    case StateRole:
        return int(record.state);
    default:
        return {};
    }
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time (PKT)");
    case Person:
        return tr("Person");
    case Kind:
        return tr("Alert");
    case Severity:
        return tr("Severity");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace Nigran::Gui
