#pragma once

#include "audit/auditentry.h"
#include "itemmodels/pagedtablemodel.h"

#include <optional>

namespace Nigran::Models {

class Office;

/// Audit entries as a table: either the history of one record (loadForRecord) or the whole log of
/// the office, oldest first, loaded page by page as a view scrolls (loadAll, canFetchMore/fetchMore).
///
/// The whole log needs Action::ViewAuditLog; a record's own history needs Action::ViewRecord or
/// Action::ViewAuditLog (entries name entities by id only, never by a person's data). A refused or
/// failed load is reported with errorOccurred() and leaves the model empty. As in PersonListModel,
/// fetchMore() does nothing while the model loads and announces a change (see PagedTableModel).
class AuditEntryModel final : public PagedTableModel<AuditEntry>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditEntryModel)

public:
    enum Column
    {
        SeqColumn,
        TimeColumn, ///< local time, yyyy-MM-dd HH:mm:ss
        ActorColumn,
        ActionColumn, ///< translated where the action is known, else its key
        EntityColumn,
        EntityIdColumn,
        DetailColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SeqRole = Qt::UserRole + 1, ///< qint64
        TimestampRole, ///< QDateTime in UTC
        ActionKeyRole, ///< the stored action key ("view", "transition", …)
        EntityIdRole,
    };
    Q_ENUM(Role)

    enum class Scope
    {
        None,
        Record,
        All
    };
    Q_ENUM(Scope)

    static constexpr int DefaultPageSize = 500;

    explicit AuditEntryModel(Office &office, QObject *parent = nullptr);
    ~AuditEntryModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    /// Only the whole log has further pages.
    bool canFetchMore(const QModelIndex &parent) const override;

    /// Shows every entry about one record, e.g. ("persons", id): its creation, edits, views and
    /// transitions.
    void loadForRecord(const QString &entity, const QString &entityId);
    /// Shows the first page of the whole log; later pages follow with fetchMore().
    void loadAll();
    /// Loads the current scope again (new entries appear).
    void refresh();
    void clear();

    Scope scope() const { return m_scope; }
    /// Rows per page of the whole log; a new size applies from the next load.
    using PagedTableModel::pageSize;
    using PagedTableModel::setPageSize;

    std::optional<AuditEntry> entry(int row) const;

    /// The translated name of a stored action key, or the key itself when it is not known.
    static QString actionDisplayName(const QString &action);

Q_SIGNALS:
    /// A translated message for the user: why the entries could not be (fully) loaded.
    void errorOccurred(const QString &message);

private:
    Result<QList<AuditEntry>> readPage(const AuditEntry *after, int limit) override;
    void reportError(const QString &message) override;
    /// Sets the scope inside the model reset that shows its entries.
    StateUpdate scopeUpdate(Scope scope);

    Office &m_office;
    Scope m_scope = Scope::None;
    QString m_entity;
    QString m_entityId;
};

} // namespace Nigran::Models
