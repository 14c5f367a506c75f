// Editing a person from the profile: a draft is edited freely; past the draft stage the edit is a
// correction that the core refuses without a reason (nothing written), and with one keeps the old
// value as a revision and audits a 'correct'.

#include "../common/officefixture.h"
#include "../common/testsupport.h"

#include "recordforms/personform.h"
#include "views/editpersondialog.h"
#include "views/personprofileview.h"

#include "itemmodels/auditentrymodel.h"
#include "services/office.h"
#include "services/registerservice.h"
#include "store/database.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace Nigran::Gui;
using namespace Nigran::Models;
using namespace Nigran::Testing;

namespace {

qint64 auditFor(Office &office, const char *action, const QString &personId)
{
    auto stmt = office.database().prepare(
        "SELECT count(*) FROM audit_log WHERE action = ? AND entity = 'persons' AND entity_id = ?");
    stmt->bindAll(QString::fromLatin1(action), personId);
    return stmt->step().value_or(false) ? stmt->int64(0) : -1;
}

QStringList auditActionKeys(const AuditEntryModel &model)
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys << model.index(row, 0).data(AuditEntryModel::ActionKeyRole).toString();
    return keys;
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestCorrections : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OfficeFixture> m_fixture;
    Office *m_prosecutor = nullptr;
    Office *m_supervisor = nullptr;

    QString verifiedEntry()
    {
        const QString id = m_fixture->enterCompleteCase(*m_prosecutor, 3);
        RegisterService supervisor(*m_supervisor);
        const auto verified = supervisor.transition(id, RegisterStatus::Verified, {});
        if (!verified)
            qWarning("cannot verify: %s", qPrintable(verified.error().message));
        return verified ? id : QString();
    }

    /// Clicks the profile's edit button and returns the dialog it opened.
    static EditPersonDialog *openEdit(PersonProfileView &profile)
    {
        QPushButton *edit = profile.editButton();
        if (!edit || !edit->isVisible())
            return nullptr;
        QTest::mouseClick(edit, Qt::LeftButton);
        return profile.editDialog();
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<OfficeFixture>();
        m_prosecutor = &m_fixture->session(QStringLiteral("prosecutor"));
        m_supervisor = &m_fixture->session(QStringLiteral("supervisor"));
    }

    void cleanup()
    {
        m_prosecutor = m_supervisor = nullptr;
        m_fixture.reset();
    }

    void prosecutorEditsDraftWithoutReason()
    {
        const QString id = m_fixture->enterCompleteCase(*m_prosecutor, 1);
        RegisterService service(*m_prosecutor);
        PersonProfileView profile(*m_prosecutor, service, id);
        profile.show();
        QVERIFY(QTest::qWaitForWindowExposed(&profile));
        QVERIFY(profile.file());
        const Person before = profile.file()->person;

        EditPersonDialog *dialog = openEdit(profile);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isCorrection());
        QVERIFY(!dialog->reasonEdit());
        // Prefilled from the file: unchanged, the form gives back the same person.
        QCOMPARE(dialog->form()->person(), before);

        auto *marks = dialog->form()->findChild<QLineEdit *>(QStringLiteral("marksEdit"));
        QVERIFY(marks);
        retype(marks, QStringLiteral("scar on the left hand"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!profile.editDialog());

        QCOMPARE(profile.file()->person.marks, QStringLiteral("scar on the left hand"));
        QCOMPARE(profile.file()->person.nameLatin, before.nameLatin);
        QCOMPARE(profile.findChild<QLabel *>(QStringLiteral("marksValue"))->text(),
            QStringLiteral("scar on the left hand"));
        QCOMPARE(count(*m_prosecutor, "SELECT count(*) FROM revisions"), 0);
        QCOMPARE(auditFor(*m_prosecutor, "update", id), 1);
        QCOMPARE(auditFor(*m_prosecutor, "correct", id), 0);
        QVERIFY(auditActionKeys(*profile.auditModel()).contains(QStringLiteral("update")));
    }

    void correctionOfVerifiedEntryNeedsReason()
    {
        const QString id = verifiedEntry();
        QVERIFY(!id.isEmpty());
        RegisterService service(*m_prosecutor);
        PersonProfileView profile(*m_prosecutor, service, id);
        profile.show();
        QVERIFY(QTest::qWaitForWindowExposed(&profile));
        QCOMPARE(profile.file()->status, RegisterStatus::Verified);
        const Person before = profile.file()->person;

        EditPersonDialog *dialog = openEdit(profile);
        QVERIFY(dialog);
        QVERIFY(dialog->isCorrection());
        QVERIFY(dialog->reasonEdit());
        QCOMPARE(dialog->form()->person(), before);
        auto *marks = dialog->form()->findChild<QLineEdit *>(QStringLiteral("marksEdit"));
        retype(marks, QStringLiteral("tattoo on the right arm"));

        // Without a reason: refused beside the reason, nothing written, the dialog stays open.
        const WriteCounts counts = writeCounts(*m_prosecutor);
        const qint64 revisions = count(*m_prosecutor, "SELECT count(*) FROM revisions");
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(profile.editDialog());
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->reasonError()->isVisibleTo(dialog));
        QVERIFY2(dialog->reasonError()->text().contains(QStringLiteral("reason"), Qt::CaseInsensitive),
            qPrintable(dialog->reasonError()->text()));
        QVERIFY(!dialog->summaryLabel()->text().isEmpty());
        QCOMPARE(writeCounts(*m_prosecutor), counts);
        QCOMPARE(count(*m_prosecutor, "SELECT count(*) FROM revisions"), revisions);
        QCOMPARE(auditFor(*m_prosecutor, "correct", id), 0);
        {
            RegisterService check(*m_supervisor);
            const auto file = check.viewPerson(id, QStringLiteral("test"));
            QVERIFY(file);
            QCOMPARE(file->person, before);
        }

        // With a reason: saved as a correction, the old value kept.
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("marks misread from the FIR"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!profile.editDialog());
        QCOMPARE(profile.file()->person.marks, QStringLiteral("tattoo on the right arm"));
        QCOMPARE(profile.file()->status, RegisterStatus::Verified);
        QCOMPARE(count(*m_prosecutor, "SELECT count(*) FROM revisions"), revisions + 1);
        QCOMPARE(auditFor(*m_prosecutor, "correct", id), 1);
        QVERIFY(auditActionKeys(*profile.auditModel()).contains(QStringLiteral("correct")));
    }

    void coreErrorsShowBesideFieldsAndSaveNothing()
    {
        const QString id = verifiedEntry();
        QVERIFY(!id.isEmpty());
        RegisterService service(*m_supervisor);
        PersonProfileView profile(*m_supervisor, service, id);
        profile.show();
        QVERIFY(QTest::qWaitForWindowExposed(&profile));
        EditPersonDialog *dialog = openEdit(profile);
        QVERIFY(dialog);
        retype(dialog->form()->findChild<QLineEdit *>(QStringLiteral("nameLatinEdit")), QString());
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("typo"));
        const WriteCounts counts = writeCounts(*m_supervisor);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(profile.editDialog());
        QVERIFY(!dialog->form()->errorText(QStringLiteral("nameLatin")).isEmpty());
        QVERIFY(!dialog->summaryLabel()->text().isEmpty());
        QCOMPARE(writeCounts(*m_supervisor), counts);

        // Cancel leaves the file as it was.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!profile.editDialog());
        QCOMPARE(auditFor(*m_supervisor, "correct", id), 0);
    }

    void noEditOnSealedEntry()
    {
        const QString id = verifiedEntry();
        QVERIFY(!id.isEmpty());
        RegisterService supervisor(*m_supervisor);
        NIGRAN_VERIFY_OK(supervisor.sealOnAcquittal(id, QStringLiteral("acquitted in appeal 12/2026")));
        PersonProfileView profile(*m_supervisor, supervisor, id);
        QVERIFY(profile.file());
        QVERIFY(!profile.editButton());
    }
};

QTEST_MAIN(TestCorrections)
#include "tst_corrections.moc"
