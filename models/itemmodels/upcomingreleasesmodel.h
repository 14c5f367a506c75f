#pragma once

#include "itemmodels/pagedtablemodel.h"
#include "services/personsummary.h"

#include <QDate>

namespace Nigran::Models {

class RegisterService;

/// Release-date reminders (DOMAIN.md: at 90, 60 and 30 days): the people whose expected release
/// falls on or after a reference date and at most `horizonDays` after it, soonest first, each with
/// the days left and the reminder bucket it falls in.
///
/// Entries that have ended (term expired, acquitted on appeal, deceased) get no reminder and are
/// left out, and so are sealed entries. The window is small, so all of it is loaded at once (in
/// pages, by keyset; see PagedTableModel). Errors are reported with errorOccurred() and leave the
/// model empty.
class UpcomingReleasesModel final : public PagedTableModel<PersonSummary>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpcomingReleasesModel)

public:
    enum Column
    {
        NameLatin,
        NameUrdu,
        Cnic, ///< shown as #####-#######-#
        District,
        Status, ///< translated workflow state
        ExpectedRelease, ///< ISO 8601 date
        DaysLeft, ///< days from the reference date to the expected release
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        PersonIdRole = Qt::UserRole + 1,
        StatusRole, ///< RegisterStatus as int
        ExpectedReleaseRole, ///< QDate
        DaysLeftRole, ///< int
        BucketRole, ///< 30, 60 or 90: the first reminder bucket that contains DaysLeftRole
    };
    Q_ENUM(Role)

    static constexpr int DefaultHorizonDays = 90;

    explicit UpcomingReleasesModel(RegisterService &service, QObject *parent = nullptr);
    ~UpcomingReleasesModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Loads the releases due from `referenceDate` (usually today) to `horizonDays` after it.
    void load(QDate referenceDate, int horizonDays = DefaultHorizonDays);
    /// Loads the same window again (after a change to the register).
    void refresh();

    QDate referenceDate() const { return m_referenceDate; }
    int horizonDays() const { return m_horizonDays; }

    QString personId(int row) const;
    /// How many rows fall in a bucket (30, 60 or 90).
    int countInBucket(int bucket) const;

    /// 30 for 0–30 days left, 60 for 31–60, 90 for 61–90; 0 otherwise (past, or beyond 90 days).
    static int bucketFor(int daysLeft);

Q_SIGNALS:
    /// A translated message for the user: why the reminders could not be loaded.
    void errorOccurred(const QString &message);

private:
    Result<QList<PersonSummary>> readPage(const PersonSummary *after, int limit) override;
    void reportError(const QString &message) override;
    /// Days from the reference date to the person's expected release.
    int daysUntilRelease(const PersonSummary &person) const;

    RegisterService &m_service;
    QDate m_referenceDate;
    int m_horizonDays = DefaultHorizonDays;
};

} // namespace Nigran::Models
