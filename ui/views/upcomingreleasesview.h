#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Nigran::Models {
class Office;
class RegisterService;
class UpcomingReleasesModel;
} // namespace Nigran::Models

namespace Nigran::Gui {

/// Register > Upcoming releases…: the people due for release within 90 days of today (in the
/// office clock's Pakistan date), soonest first, each row coloured by its reminder bucket (30, 60
/// or 90 days) and the list filterable to one bucket. Return or double-click on a row asks for the
/// person's profile (personActivated()).
class UpcomingReleasesView final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpcomingReleasesView)

public:
    UpcomingReleasesView(Models::Office &office, Models::RegisterService &service, QWidget *parent = nullptr);
    ~UpcomingReleasesView() override;

    QTableView *table() const { return m_table; }
    QComboBox *bucketFilter() const { return m_bucketFilter; }
    QLabel *summaryLabel() const { return m_summaryLabel; }
    Models::UpcomingReleasesModel *model() const { return m_model; }
    /// What the table shows (the model filtered to the chosen bucket).
    QSortFilterProxyModel *shownModel() const { return m_proxy; }

    /// Shows only the rows of one bucket (30, 60 or 90), or all with 0.
    void setBucket(int bucket);
    /// The Pakistan date (UTC+5) of the office clock: the day the reminders count from.
    static QDate today(const Models::Office &office);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void personActivated(const QString &personId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSummary();

    Models::Office &m_office;
    Models::UpcomingReleasesModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_filterLabel = nullptr;
    QComboBox *m_bucketFilter = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace Nigran::Gui
