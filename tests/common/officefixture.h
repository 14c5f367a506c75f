#pragma once

// A real office store in a temporary folder with one user per district role (header-only).

#include "security/clock.h"
#include "security/keywrapper.h"
#include "services/office.h"
#include "services/registerservice.h"
#include "services/syntheticregister.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

namespace Nigran::Testing {

class OfficeFixture
{
public:
    static inline const QString District = QStringLiteral("PB-LHR");
    static inline const QString Password = QStringLiteral("correct horse battery");

    explicit OfficeFixture(QString directory = {})
        : m_clock(QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::utc()))
        , m_directory(directory.isEmpty() ? m_tmp.path() + QStringLiteral("/office") : std::move(directory))
    {
        using namespace Nigran::Models;
        auto admin = Office::create(m_directory,
            { District, QStringLiteral("District Public Prosecutor, Specimen Office"),
                QStringLiteral("admin"), QStringLiteral("Admin Namoona"), Password },
            KdfParams::forTests(), m_clock);
        if (!admin)
            qFatal("cannot create office: %s", qPrintable(admin.error().message));
        for (const auto &[login, role] : { std::pair { "prosecutor", Role::Prosecutor },
                 std::pair { "supervisor", Role::DistrictSupervisor } }) {
            const auto added = (*admin)->addUser(
                { QString::fromLatin1(login), QStringLiteral("%1 Namoona").arg(QString::fromLatin1(login)),
                    role, true },
                Password);
            if (!added)
                qFatal("cannot add user: %s", qPrintable(added.error().message));
        }
    }

    QString directory() const { return m_directory; }
    Nigran::Models::ManualClock &clock() { return m_clock; }

    std::unique_ptr<Nigran::Models::Office> signIn(const QString &login)
    {
        auto office = Nigran::Models::Office::unlock(
            m_directory, login, Password, Nigran::Models::KdfParams::forTests(), m_clock);
        if (!office)
            qFatal("cannot sign in: %s", qPrintable(office.error().message));
        return std::move(*office);
    }

    /// Creates `count` synthetic people as the prosecutor, each with a case file; returns their ids.
    QStringList addPeople(Nigran::Models::Office &prosecutorOffice, int count, qint64 firstIndex = 0)
    {
        using namespace Nigran::Models;
        RegisterService service(prosecutorOffice);
        SyntheticRegister synthetic;
        QStringList ids;
        for (qint64 i = firstIndex; i < firstIndex + count; ++i) {
            auto id = service.createPerson(synthetic.person(i, District));
            if (!id)
                qFatal("cannot create person: %s", qPrintable(id.error().message));
            ids << *id;
        }
        return ids;
    }

private:
    QTemporaryDir m_tmp;
    Nigran::Models::ManualClock m_clock;
    QString m_directory;
};

} // namespace Nigran::Testing
