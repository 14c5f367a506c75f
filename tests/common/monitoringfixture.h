#pragma once

// Monitored people in a real office store (OfficeFixture): a synthetic person with an active
// monitoring order on a tag, and an office signed in as the district supervisor with its
// MonitoringService (header-only).

#include "officefixture.h"

#include "domain/monitoringorder.h"
#include "services/monitoringservice.h"
#include "services/registerservice.h"
#include "services/syntheticregister.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>

namespace Nigran::Testing {

/// What addMonitoredPerson() entered.
struct MonitoredEntry
{
    QString personId;
    QString orderId;
    QString deviceId;
    QString name; ///< Latin name
};

/// The tag id tests give SyntheticRegister's person `index`: "SYN-TAG-00011".
inline QString syntheticTag(int index)
{
    return QStringLiteral("SYN-TAG-%1").arg(index, 5, 10, QLatin1Char('0'));
}

/// Enters SyntheticRegister's person `index` of `district` as the supervisor, with an active
/// monitoring order on the tag `deviceId` from `start` for five years.
inline MonitoredEntry addMonitoredPerson(OfficeFixture &fixture, int index, const QString &deviceId,
    const QDate &start, const QString &district = OfficeFixture::District)
{
    using namespace Nigran::Models;
    RegisterService supervisor(fixture.session(QStringLiteral("supervisor")));
    const Person person = SyntheticRegister().person(index, district);
    auto id = supervisor.createPerson(person);
    if (!id)
        qFatal("cannot create person: %s", qPrintable(id.error().message));
    MonitoringOrder order;
    order.personId = *id;
    order.startDate = start;
    order.endDate = start.addYears(5);
    order.deviceId = deviceId;
    order.reportingFrequencyDays = 30;
    order.status = MonitoringStatus::Active;
    auto orderId = supervisor.saveMonitoringOrder(order);
    if (!orderId)
        qFatal("cannot save the order: %s", qPrintable(orderId.error().message));
    return { *id, *orderId, deviceId, person.nameLatin };
}

/// An office signed in as the district supervisor, with one monitored person per tag of `devices`
/// (orders from 1 January 2026) and its MonitoringService.
struct MonitoredOffice
{
    OfficeFixture fixture;
    Nigran::Models::Office *office = nullptr;
    std::unique_ptr<Nigran::Models::MonitoringService> service;
    QList<Nigran::Models::MonitoredPerson> people; ///< in the order of `devices`
    Nigran::Models::MonitoredPerson person; ///< the first

    explicit MonitoredOffice(const QStringList &devices)
    {
        for (qsizetype i = 0; i < devices.size(); ++i)
            addMonitoredPerson(fixture, int(i), devices[i], QDate(2026, 1, 1));
        office = &fixture.session(QStringLiteral("supervisor"));
        service = std::make_unique<Nigran::Models::MonitoringService>(*office);
        auto monitored = service->monitoredPeople();
        if (!monitored || monitored->size() != devices.size())
            qFatal("the people are not monitored");
        for (const QString &device : devices) {
            for (const Nigran::Models::MonitoredPerson &candidate : *monitored) {
                if (candidate.deviceId == device)
                    people << candidate;
            }
        }
        person = people.first();
    }
};

} // namespace Nigran::Testing
