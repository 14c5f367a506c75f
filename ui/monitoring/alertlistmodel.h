#pragma once

#include "monitoring/monitoringrecords.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Nigran::Gui {

/// The supervisors' alerts queue as a table: time (Pakistan time), person, kind, severity and state
/// of each alert, in the order given (the service returns the newest first).
class AlertListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertListModel)

public:
    enum Column
    {
        Time,
        Person,
        Kind,
        Severity,
        State,
        ColumnCount
    };
    enum Role
    {
        AlertIdRole = Qt::UserRole + 1, ///< QString
        SeverityRole, ///< int (Models::AlertSeverity)
        StateRole, ///< int (Models::AlertState)
    };

    explicit AlertListModel(QObject *parent = nullptr);
    ~AlertListModel() override;

    /// Replaces the rows; `names` maps person ids to the names shown (unknown ids show the id).
    void setAlerts(const QList<Models::AlertRecord> &alerts, const QHash<QString, QString> &names);
    const QList<Models::AlertRecord> &alerts() const { return m_alerts; }
    /// The alert of `row`; nullptr when out of range.
    const Models::AlertRecord *alertAt(int row) const;
    /// The row of the alert with `id`; −1 when it is not listed.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Models::AlertRecord> m_alerts;
    QHash<QString, QString> m_names;
};

} // namespace Nigran::Gui
