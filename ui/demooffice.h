#pragma once

#include "core/result.h"
#include "security/keywrapper.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace Nigran::Models {
class Clock;
}

namespace Nigran::Gui {

/// A demonstration office filled with obviously fictional people (SyntheticRegister: every surname
/// is "Namoona", every CNIC starts with 9, every FIR number ends in "/SYN"), for `nigran --demo`.
///
/// It has an administrator ("admin"), a prosecutor ("prosecutor") and a district supervisor
/// ("supervisor"), all with the published demo password. Each person has a full case file (case,
/// registrable charge, conviction, sentence) entered by the prosecutor; the supervisor then moves
/// the entries through the workflow, so that the list shows every district-reachable status:
/// draft, returned, verified, submitted, in custody (with an admission), released and monitored
/// (with a release and a monitoring order), non-compliant, absconded and ended.
class DemoOffice
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Gui::DemoOffice)

public:
    static constexpr int DefaultPeople = 300;
    static inline const QString District = QStringLiteral("PB-LHR");
    /// Published on purpose: the demo holds synthetic data only.
    static inline const QString Password = QStringLiteral("demo-password-123");
    static inline const QString AdminLogin = QStringLiteral("admin");
    static inline const QString ProsecutorLogin = QStringLiteral("prosecutor");
    static inline const QString SupervisorLogin = QStringLiteral("supervisor");

    /// `<dataDir>/demo`.
    static QString directoryIn(const QString &dataDir);

    /// Called after each person with (done, total).
    using Progress = std::function<void(int, int)>;

    /// Creates the office in `directory` (which must not hold one) and enters `people` people.
    [[nodiscard]] static Models::Result<> create(const QString &directory, int people,
        const Models::KdfParams &kdf, const Models::Clock &clock, const Progress &progress = {});
    /// As create(), in the background behind a progress dialog (the KDF cost from KdfProvider).
    [[nodiscard]] static Models::Result<> createWithProgress(
        const QString &directory, int people, const Models::Clock &clock);

    /// The demo office's id (from its key file, without unlocking it).
    [[nodiscard]] static Models::Result<QString> officeId(const QString &directory);
    /// Enrols the demo office with the centre (`nigran --demo --enrol-bundle`): signs in as the demo
    /// administrator and stores the bundle's credentials (CredentialStore), unless it is enrolled already.
    /// Returns whether it enrolled now.
    [[nodiscard]] static Models::Result<bool> enrolIfNeeded(const QString &directory,
        const QByteArray &bundle, const QString &bundlePassword, const Models::Clock &clock);

    /// What `nigran --demo` prints: where the office is, its logins and password, and that it is synthetic.
    static QString credentialsNotice(const QString &directory);

    DemoOffice() = delete;
};

} // namespace Nigran::Gui
