#include "itemmodels/auditentrymodel.h"

#include "audit/auditlog.h"
#include "services/office.h"

namespace Nigran::Models {

AuditEntryModel::AuditEntryModel(Office &office, QObject *parent)
    : PagedTableModel(DefaultPageSize, parent)
    , m_office(office)
{ }

AuditEntryModel::~AuditEntryModel() = default;

int AuditEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry *found = rowAt(index.row());
    if (!found)
        return {};
    const AuditEntry &entry = *found;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case SeqColumn:
            return entry.seq;
        case TimeColumn:
            return entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case ActorColumn:
            return entry.actor;
        case ActionColumn:
            return actionDisplayName(entry.action);
        case EntityColumn:
            return entry.entity;
        case EntityIdColumn:
            return entry.entityId;
        case DetailColumn:
            return entry.detail;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SeqColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SeqRole:
        return entry.seq;
    case TimestampRole:
        return entry.at;
    case ActionKeyRole:
        return entry.action;
    case EntityIdRole:
        return entry.entityId;
    default:
        return {};
    }
}

QVariant AuditEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case EntityColumn:
        return tr("Entity");
    case EntityIdColumn:
        return tr("Entity id");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

QHash<int, QByteArray> AuditEntryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SeqRole, QByteArrayLiteral("seq"));
    names.insert(TimestampRole, QByteArrayLiteral("timestamp"));
    names.insert(ActionKeyRole, QByteArrayLiteral("actionKey"));
    names.insert(EntityIdRole, QByteArrayLiteral("entityId"));
    return names;
}

bool AuditEntryModel::canFetchMore(const QModelIndex &parent) const
{
    return m_scope == Scope::All && PagedTableModel::canFetchMore(parent);
}

void AuditEntryModel::loadForRecord(const QString &entity, const QString &entityId)
{
    m_scope = Scope::Record;
    m_entity = entity;
    m_entityId = entityId;
    auto allowed = m_office.require(Action::ViewAuditLog);
    if (!allowed)
        allowed = m_office.require(Action::ViewRecord);
    if (!allowed) {
        showRows(fail(allowed.error()), scopeUpdate(Scope::Record));
        return;
    }
    showRows(m_office.audit().entriesFor(entity, entityId), scopeUpdate(Scope::Record));
}

void AuditEntryModel::loadAll()
{
    m_scope = Scope::All;
    m_entity.clear();
    m_entityId.clear();
    if (const auto allowed = m_office.require(Action::ViewAuditLog); !allowed) {
        showRows(fail(allowed.error()), scopeUpdate(Scope::All));
        return;
    }
    loadFirstPage(scopeUpdate(Scope::All));
}

void AuditEntryModel::refresh()
{
    switch (m_scope) {
    case Scope::None:
        break;
    case Scope::Record:
        loadForRecord(m_entity, m_entityId);
        break;
    case Scope::All:
        loadAll();
        break;
    }
}

void AuditEntryModel::clear()
{
    m_entity.clear();
    m_entityId.clear();
    resetRows({}, false, scopeUpdate(Scope::None));
}

std::optional<AuditEntry> AuditEntryModel::entry(int row) const
{
    const AuditEntry *found = rowAt(row);
    return found ? std::optional(*found) : std::nullopt;
}

QString AuditEntryModel::actionDisplayName(const QString &action)
{
    static const struct
    {
        const char *key;
        const char *text;
    } names[] = {
        { "create", QT_TRANSLATE_NOOP("Nigran::Models::AuditEntryModel", "Created") },
        { "update", QT_TRANSLATE_NOOP("Nigran::Models::AuditEntryModel", "Edited") },
        { "correct", QT_TRANSLATE_NOOP("Nigran::Models::AuditEntryModel", "Corrected") },
        { "save", QT_TRANSLATE_NOOP("Nigran::Models::AuditEntryModel", "Saved") },
        { "record", QT_TRANSLATE_NOOP("Nigran::Models::AuditEntryModel", "Recorded") },
        { "delete", QT_TRANSLATE_NOOP("Nigran::Models::AuditEntryModel", "Deleted") },
        { "view", QT_TRANSLATE_NOOP("Nigran::Models::AuditEntryModel", "Viewed") },
        { "export", QT_TRANSLATE_NOOP("Nigran::Models::AuditEntryModel", "Exported") },
        { "transition", QT_TRANSLATE_NOOP("Nigran::Models::AuditEntryModel", "Status changed") },
        { "seal", QT_TRANSLATE_NOOP("Nigran::Models::AuditEntryModel", "Sealed") },
        { "login", QT_TRANSLATE_NOOP("Nigran::Models::AuditEntryModel", "Signed in") },
        { "login-failed", QT_TRANSLATE_NOOP("Nigran::Models::AuditEntryModel", "Sign-in failed") },
        { "lock", QT_TRANSLATE_NOOP("Nigran::Models::AuditEntryModel", "Locked") },
        { "create-office", QT_TRANSLATE_NOOP("Nigran::Models::AuditEntryModel", "Office created") },
        { "add-user", QT_TRANSLATE_NOOP("Nigran::Models::AuditEntryModel", "User added") },
        { "change-password", QT_TRANSLATE_NOOP("Nigran::Models::AuditEntryModel", "Password changed") },
        { "reset-password", QT_TRANSLATE_NOOP("Nigran::Models::AuditEntryModel", "Password reset") },
        { "enable-user", QT_TRANSLATE_NOOP("Nigran::Models::AuditEntryModel", "User enabled") },
        { "disable-user", QT_TRANSLATE_NOOP("Nigran::Models::AuditEntryModel", "User disabled") },
        { "verify-audit", QT_TRANSLATE_NOOP("Nigran::Models::AuditEntryModel", "Audit log verified") },
    };
    for (const auto &name : names) {
        if (action == QLatin1String(name.key))
            return tr(name.text);
    }
    return action;
}

Result<QList<AuditEntry>> AuditEntryModel::readPage(const AuditEntry *after, int limit)
{
    return m_office.audit().entries(after ? after->seq + 1 : 0, limit);
}

void AuditEntryModel::reportError(const QString &message)
{
    Q_EMIT errorOccurred(message);
}

AuditEntryModel::StateUpdate AuditEntryModel::scopeUpdate(Scope scope)
{
    return [this, scope] { m_scope = scope; };
}

} // namespace Nigran::Models
