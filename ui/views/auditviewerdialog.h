#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace Nigran::Models {
class AuditEntryModel;
class Office;
} // namespace Nigran::Models

namespace Nigran::Gui {

/// Tools > Audit log…: the office's whole audit log, oldest first, read page by page as the table
/// scrolls (AuditEntryModel::loadAll / fetchMore), and "Verify chain", which checks the hash chain
/// (Office::verifyAuditChain) and says whether it is intact or which entry is the first bad one.
///
/// Needs Action::ViewAuditLog to show entries and Action::VerifyAuditChain to verify; the core
/// refuses otherwise and the dialog shows why.
class AuditViewerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditViewerDialog)

public:
    explicit AuditViewerDialog(Models::Office &office, QWidget *parent = nullptr);
    ~AuditViewerDialog() override;

    QTableView *table() const { return m_table; }
    Models::AuditEntryModel *model() const { return m_model; }
    QPushButton *verifyButton() const { return m_verifyButton; }
    QLabel *resultLabel() const { return m_resultLabel; }

public Q_SLOTS:
    /// Verifies the chain now and shows the outcome (the verification is itself audited).
    void verifyChain();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showResult(const QString &message, bool good);

    Models::Office &m_office;
    Models::AuditEntryModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_resultLabel = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace Nigran::Gui
