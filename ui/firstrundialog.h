#pragma once

#include "core/result.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QLabel;
class QThread;

namespace Nigran::Models {
class Clock;
class Office;
} // namespace Nigran::Models

namespace Ui {
class FirstRunDialog;
}

namespace Nigran::Gui {

/// Creates the office store on first run: district, office name and the first administrator.
///
/// Problems are shown beside the fields they concern (Error::fields of Office::create, plus the
/// password confirmation); the key derivation runs in the background behind a busy indicator.
/// On success officeCreated() is emitted, the dialog is accepted and takeOffice() hands over the
/// unlocked office, signed in as its administrator.
class FirstRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunDialog)

public:
    FirstRunDialog(QString directory, const Models::Clock &clock, QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    std::unique_ptr<Models::Office> takeOffice();
    bool isBusy() const { return !m_worker.isNull(); }
    /// The district code the combo box resolves to; empty when the text matches no single district.
    QString selectedDistrict() const;

public Q_SLOTS:
    /// Validates and starts creating the office; the dialog closes when that has succeeded.
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void officeCreated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillDistricts();
    void retranslate();
    void clearErrors();
    void showErrors(const QList<Models::FieldError> &problems, const QString &summary = {});
    void setBusy(bool busy);
    void finish(Models::Result<std::unique_ptr<Models::Office>> created);

    std::unique_ptr<::Ui::FirstRunDialog> m_ui;
    QString m_directory;
    const Models::Clock &m_clock;
    std::unique_ptr<Models::Office> m_office;
    QPointer<QThread> m_worker;
};

} // namespace Nigran::Gui
