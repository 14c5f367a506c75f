// Office key management (SECURITY.md): create, unlock, wrong-password delay, add user, change
// password, administrator reset, disable — all at the level the application uses.

#include "../common/officefixture.h"
#include "../common/testsupport.h"

#include "security/loginthrottle.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Nigran::Models;
using namespace Nigran::Testing;

class TestOffice : public QObject
{
    Q_OBJECT

private:
    static Result<std::unique_ptr<Office>> unlock(
        OfficeFixture &fixture, const QString &login, const QString &password)
    {
        return Office::unlock(fixture.directory(), login, password, KdfParams::forTests(), fixture.clock());
    }

private Q_SLOTS:
    void createdOfficeKnowsItsIdentity()
    {
        OfficeFixture fixture;
        auto admin = fixture.signIn(QStringLiteral("admin"));
        QCOMPARE(admin->district(), OfficeFixture::District);
        QCOMPARE(admin->user().role, Role::OfficeAdministrator);
        QVERIFY(!admin->officeId().isEmpty());
        QCOMPARE(admin->users()->size(), 3);
        QVERIFY(admin->audit().verify()->intact);
        QCOMPARE(auditCount(*admin, "create-office"), 1);
        QCOMPARE(auditCount(*admin, "add-user"), 2);
    }

    void invalidSetupNamesTheFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addRow("unknown district") << QStringLiteral("district");
        QTest::addRow("empty office name") << QStringLiteral("officeName");
        QTest::addRow("login with spaces") << QStringLiteral("adminLogin");
        QTest::addRow("short password") << QStringLiteral("password");
    }

    void invalidSetupNamesTheFields()
    {
        QFETCH(QString, field);
        QTemporaryDir dir;
        OfficeSetup setup { OfficeFixture::District, QStringLiteral("Specimen Office"),
            QStringLiteral("admin"), QStringLiteral("Admin Namoona"), OfficeFixture::Password };
        if (field == QLatin1String("district"))
            setup.district = QStringLiteral("XX-NOWHERE");
        else if (field == QLatin1String("officeName"))
            setup.officeName = QStringLiteral("  ");
        else if (field == QLatin1String("adminLogin"))
            setup.adminLogin = QStringLiteral("the admin");
        else
            setup.adminPassword = QStringLiteral("short");
        const QString where = dir.filePath(QStringLiteral("office"));
        ManualClock clock(QDateTime::currentDateTimeUtc());
        const auto created = Office::create(where, setup, KdfParams::forTests(), clock);
        QVERIFY(!created);
        QVERIFY2(created.error().hasField(field), qPrintable(created.error().message));
        QVERIFY(!Office::exists(where)); // nothing half written
    }

    void existingOfficeIsNotOverwritten()
    {
        OfficeFixture fixture;
        const auto again = Office::create(fixture.directory(),
            { OfficeFixture::District, QStringLiteral("Other"), QStringLiteral("admin"),
                QStringLiteral("Admin"), OfficeFixture::Password },
            KdfParams::forTests(), fixture.clock());
        QVERIFY(!again);
        QVERIFY(unlock(fixture, QStringLiteral("admin"), OfficeFixture::Password));
    }

    void wrongPasswordsAreDelayedAndAudited()
    {
        OfficeFixture fixture;
        for (int i = 0; i < LoginThrottle::FreeAttempts; ++i) {
            const auto attempt
                = unlock(fixture, QStringLiteral("prosecutor"), QStringLiteral("not the password"));
            QVERIFY(!attempt);
            QCOMPARE(attempt.error().code, ErrorCode::WrongKey);
        }
        QVERIFY(!unlock(fixture, QStringLiteral("prosecutor"), QStringLiteral("not the password either")));
        // Now even the right password must wait.
        const auto throttled = unlock(fixture, QStringLiteral("prosecutor"), OfficeFixture::Password);
        QVERIFY(!throttled);
        QCOMPARE(throttled.error().code, ErrorCode::Throttled);
        fixture.clock().advance(
            LoginThrottle::delayAfter(LoginThrottle::FreeAttempts + 1) + std::chrono::seconds(1));
        auto office = unlock(fixture, QStringLiteral("prosecutor"), OfficeFixture::Password);
        NIGRAN_VERIFY_OK(office);
        QCOMPARE(auditCount(**office, "login-failed"), 1);
        QCOMPARE(auditCount(**office, "login"), 1);
        office->reset();
        // The successful login cleared the counter.
        QVERIFY(unlock(fixture, QStringLiteral("prosecutor"), OfficeFixture::Password));
    }

    void unknownLoginLooksLikeWrongPassword()
    {
        OfficeFixture fixture;
        const auto unknown = unlock(fixture, QStringLiteral("nobody"), OfficeFixture::Password);
        const auto wrong = unlock(fixture, QStringLiteral("prosecutor"), QStringLiteral("wrong password!"));
        QCOMPARE(unknown.error().code, ErrorCode::WrongKey);
        QCOMPARE(unknown.error().message, wrong.error().message);
    }

    void changePasswordRewrapsTheKey()
    {
        OfficeFixture fixture;
        const QString newPassword = QStringLiteral("a brand new passphrase");
        {
            auto office = fixture.signIn(QStringLiteral("prosecutor"));
            QVERIFY(!office->changeOwnPassword(QStringLiteral("wrong old password"), newPassword));
            NIGRAN_VERIFY_OK(office->changeOwnPassword(OfficeFixture::Password, newPassword));
        }
        QVERIFY(!unlock(fixture, QStringLiteral("prosecutor"), OfficeFixture::Password));
        auto office = unlock(fixture, QStringLiteral("prosecutor"), newPassword);
        NIGRAN_VERIFY_OK(office);
        QCOMPARE(auditCount(**office, "change-password"), 1);
    }

    void administratorResetsAPassword()
    {
        OfficeFixture fixture;
        const QString reset = QStringLiteral("reset by the administrator");
        {
            auto admin = fixture.signIn(QStringLiteral("admin"));
            NIGRAN_VERIFY_OK(admin->resetPassword(QStringLiteral("supervisor"), reset));
        }
        QVERIFY(!unlock(fixture, QStringLiteral("supervisor"), OfficeFixture::Password));
        NIGRAN_VERIFY_OK(unlock(fixture, QStringLiteral("supervisor"), reset));
        auto prosecutor = fixture.signIn(QStringLiteral("prosecutor"));
        QCOMPARE(prosecutor->resetPassword(QStringLiteral("supervisor"), reset).error().code,
            ErrorCode::PermissionDenied);
    }

    void addedUserCanSignInWithTheirRole()
    {
        OfficeFixture fixture;
        {
            auto admin = fixture.signIn(QStringLiteral("admin"));
            const auto taken = admin->addUser(
                { QStringLiteral("prosecutor"), QStringLiteral("X"), Role::Prosecutor, true },
                OfficeFixture::Password);
            QVERIFY(taken.error().hasField(QStringLiteral("login")));
            NIGRAN_VERIFY_OK(admin->addUser({ QStringLiteral("second.prosecutor"),
                                                QStringLiteral("Second Namoona"), Role::Prosecutor, true },
                QStringLiteral("another long password")));
        }
        auto office
            = unlock(fixture, QStringLiteral("second.prosecutor"), QStringLiteral("another long password"));
        NIGRAN_VERIFY_OK(office);
        QCOMPARE((*office)->user().role, Role::Prosecutor);
        QCOMPARE((*office)->user().displayName, QStringLiteral("Second Namoona"));
    }

    void disabledUserCannotSignIn()
    {
        OfficeFixture fixture;
        {
            auto admin = fixture.signIn(QStringLiteral("admin"));
            NIGRAN_VERIFY_OK(admin->setUserActive(QStringLiteral("prosecutor"), false));
            QVERIFY(!admin->setUserActive(QStringLiteral("admin"), false));
        }
        const auto disabled = unlock(fixture, QStringLiteral("prosecutor"), OfficeFixture::Password);
        QCOMPARE(disabled.error().code, ErrorCode::PermissionDenied);
    }

    void keyFileOfAnotherOfficeIsRefused()
    {
        OfficeFixture first;
        OfficeFixture second;
        QVERIFY(QFile::remove(Office::keyFilePath(first.directory())));
        QVERIFY(QFile::copy(Office::keyFilePath(second.directory()), Office::keyFilePath(first.directory())));
        const auto mixed = unlock(first, QStringLiteral("admin"), OfficeFixture::Password);
        QVERIFY(!mixed);
        QVERIFY(mixed.error().code == ErrorCode::WrongKey || mixed.error().code == ErrorCode::Corrupt);
    }

    void missingKeyFileCannotOpen()
    {
        OfficeFixture fixture;
        QVERIFY(QFile::remove(Office::keyFilePath(fixture.directory())));
        QVERIFY(!unlock(fixture, QStringLiteral("admin"), OfficeFixture::Password));
    }

    void lockIsAudited()
    {
        OfficeFixture fixture;
        {
            auto office = fixture.signIn(QStringLiteral("supervisor"));
            office->recordLock();
        }
        auto office = fixture.signIn(QStringLiteral("supervisor"));
        QCOMPARE(auditCount(*office, "lock"), 1);
    }
};

QTEST_GUILESS_MAIN(TestOffice)
#include "tst_office.moc"
