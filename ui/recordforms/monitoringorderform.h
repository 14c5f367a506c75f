#pragma once

#include "recordforms/recordform.h"

#include "domain/monitoringorder.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Nigran::Gui {

class DateEdit;

/// An electronic monitoring order: start, end (or lifetime), the tag's device id, the reporting duty
/// and the order's status. Retranslates itself when the language changes.
class MonitoringOrderForm final : public RecordForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitoringOrderForm)

public:
    explicit MonitoringOrderForm(QWidget *parent = nullptr);
    ~MonitoringOrderForm() override;

    /// Without personId, which the dialog fills in when it saves.
    Models::MonitoringOrder order() const;
    void setOrder(const Models::MonitoringOrder &order);

    QList<Models::FieldError> problems() const override;
    QList<QWidget *> focusOrder() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_id; ///< kept when an existing order is edited
    DateEdit *m_startDate;
    QCheckBox *m_lifetime;
    DateEdit *m_endDate;
    QLineEdit *m_deviceId;
    QSpinBox *m_reporting;
    QComboBox *m_status;
    QList<QLabel *> m_captions;
};

} // namespace Nigran::Gui
