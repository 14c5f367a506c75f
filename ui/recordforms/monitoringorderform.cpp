#include "recordforms/monitoringorderform.h"

#include "recordforms/dateedit.h"

#include "domain/recordvalidator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Nigran::Gui {

using namespace Nigran::Models;

MonitoringOrderForm::MonitoringOrderForm(QWidget *parent)
    : RecordForm(parent)
{
    setObjectName(QStringLiteral("monitoringOrderForm"));
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    outer->addLayout(form);

    m_startDate = new DateEdit(this);
    m_startDate->setObjectName(QStringLiteral("monitoringStartEdit"));
    addRow(form, QStringLiteral("startDate"), QString(), m_startDate);
    m_lifetime = new QCheckBox(this);
    m_lifetime->setObjectName(QStringLiteral("lifetimeCheck"));
    addRow(form, QStringLiteral("isLifetime"), QString(), m_lifetime);
    m_endDate = new DateEdit(this);
    m_endDate->setObjectName(QStringLiteral("monitoringEndEdit"));
    addRow(form, QStringLiteral("endDate"), QString(), m_endDate);
    m_deviceId = new QLineEdit(this);
    m_deviceId->setObjectName(QStringLiteral("deviceIdEdit"));
    addRow(form, QStringLiteral("deviceId"), QString(), m_deviceId);
    m_reporting = new QSpinBox(this);
    m_reporting->setObjectName(QStringLiteral("reportingDaysSpin"));
    m_reporting->setRange(0, 9999); // the validator names the allowed range
    addRow(form, QStringLiteral("reportingFrequencyDays"), QString(), m_reporting);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("monitoringStatusCombo"));
    for (MonitoringStatus status : { MonitoringStatus::Pending, MonitoringStatus::Active,
             MonitoringStatus::Suspended, MonitoringStatus::Ended })
        m_status->addItem(QString(), int(status));
    addRow(form, QStringLiteral("status"), QString(), m_status);
    for (QWidget *field : focusOrder())
        m_captions << qobject_cast<QLabel *>(form->labelForField(field));
    // A lifetime order has no end date: the field is disabled (and emptied) while it is ticked.
    connect(m_lifetime, &QCheckBox::toggled, this, [this](bool lifetime) {
        if (lifetime)
            m_endDate->clear();
        m_endDate->setEnabled(!lifetime);
    });

    QLabel *general = newErrorLabel(QStringLiteral("monitoringGeneralError"));
    outer->addWidget(general);
    outer->addStretch();
    setGeneralErrorLabel(general);
    applyFocusOrder();
    retranslate();
}

MonitoringOrderForm::~MonitoringOrderForm() = default;

void MonitoringOrderForm::retranslate()
{
    const QStringList captions { tr("&Start date:"), tr("Lifetime:"), tr("&End date:"), tr("&Device id:"),
        tr("&Reporting every:"), tr("S&tatus:") };
    const QList<QWidget *> fields = focusOrder();
    for (qsizetype i = 0; i < m_captions.size(); ++i) {
        if (m_captions.at(i))
            m_captions.at(i)->setText(captions.at(i));
        fields.at(i)->setAccessibleName(
            QString(captions.at(i)).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    }
    m_lifetime->setText(tr("&Lifetime order (no end date)"));
    m_deviceId->setPlaceholderText(tr("Tag or device id; required once the order is active"));
    m_reporting->setSuffix(tr(" days"));
    m_reporting->setSpecialValueText(tr("no periodic reporting"));
    m_status->setItemText(0, tr("Pending (starts on release)"));
    m_status->setItemText(1, tr("Active"));
    m_status->setItemText(2, tr("Suspended"));
    m_status->setItemText(3, tr("Ended"));
    revalidate(); // the problems shown are translated too
}

void MonitoringOrderForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    RecordForm::changeEvent(event);
}

MonitoringOrder MonitoringOrderForm::order() const
{
    MonitoringOrder order;
    order.id = m_id;
    order.startDate = m_startDate->date();
    order.isLifetime = m_lifetime->isChecked();
    order.endDate = order.isLifetime ? QDate() : m_endDate->date();
    order.deviceId = m_deviceId->text().trimmed();
    order.reportingFrequencyDays = m_reporting->value();
    order.status = MonitoringStatus(m_status->currentData().toInt());
    return order;
}

void MonitoringOrderForm::setOrder(const MonitoringOrder &order)
{
    m_id = order.id;
    m_startDate->setDate(order.startDate);
    m_lifetime->setChecked(order.isLifetime);
    m_endDate->setDate(order.endDate);
    m_deviceId->setText(order.deviceId);
    m_reporting->setValue(order.reportingFrequencyDays);
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(order.status))));
    resetTouched();
}

QList<FieldError> MonitoringOrderForm::problems() const
{
    QList<FieldError> own;
    m_startDate->check(QStringLiteral("startDate"), tr("Start date"), own);
    if (!m_lifetime->isChecked())
        m_endDate->check(QStringLiteral("endDate"), tr("End date"), own);
    return merged(own, withoutReferences(RecordValidator::validate(order())));
}

QList<QWidget *> MonitoringOrderForm::focusOrder() const
{
    return { m_startDate, m_lifetime, m_endDate, m_deviceId, m_reporting, m_status };
}

} // namespace Nigran::Gui
