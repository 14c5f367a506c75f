// The register's read views, driven like a user would: a person's profile (its tabs, the sentence
// ledger, the workflow steps each role may take and the reasons they need), the audit log viewer
// with its chain verification, and the upcoming releases by reminder bucket.

#include "../common/officefixture.h"
#include "../common/testsupport.h"

#include "biditext.h"
#include "mainwindow.h"
#include "views/auditviewerdialog.h"
#include "views/personprofileview.h"
#include "views/reasondialog.h"
#include "views/upcomingreleasesview.h"

#include "itemmodels/auditentrymodel.h"
#include "itemmodels/personlistmodel.h"
#include "itemmodels/upcomingreleasesmodel.h"
#include "rules/sentencecalculator.h"
#include "services/office.h"
#include "services/registerservice.h"
#include "store/database.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>

using namespace Nigran::Gui;
using namespace Nigran::Models;
using namespace Nigran::Testing;

namespace {

QStringList listTexts(const QListWidget *list)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts << list->item(row)->text();
    return texts;
}

QStringList actionNames(const PersonProfileView &view)
{
    QStringList names;
    for (const QPushButton *button : view.actionButtons())
        names << button->objectName();
    return names;
}

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

} // namespace

class TestProfileViews : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OfficeFixture> m_fixture;
    Office *m_prosecutor = nullptr;
    Office *m_supervisor = nullptr;

    RegisterStatus statusOf(const QString &id)
    {
        RegisterService service(*m_supervisor);
        auto file = service.viewPerson(id, QStringLiteral("test"));
        return file ? file->status : RegisterStatus::Draft;
    }

private Q_SLOTS:
    // Dates and numbers in Urdu text keep their left-to-right order when isolated (BidiText): laid
    // out right to left, the first digit of "1999-05-31" must still be left of its last digit.
    void numbersInUrduTextKeepTheirOrder_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("after");
        const QString age = QStringLiteral(" (عمر 27 سال)");
        QTest::addRow("birth date, then age") << QString() << QStringLiteral("1999-05-31") << age;
        QTest::addRow("ledger line ending in a date")
            << QStringLiteral("سزا کا آغاز: ") << QStringLiteral("2024-01-31") << QString();
        QTest::addRow("date between words")
            << QStringLiteral("رہائی ") << QStringLiteral("2031-12-01") << QStringLiteral(" کو");
        QTest::addRow("signed day count")
            << QStringLiteral("معافی: ") << QStringLiteral("-120") << QStringLiteral(" دن");
        QTest::addRow("CNIC") << QStringLiteral("شناختی کارڈ: ") << QStringLiteral("91234-1234567-1")
                              << QString();
    }

    void numbersInUrduTextKeepTheirOrder()
    {
        QFETCH(QString, before);
        QFETCH(QString, number);
        QFETCH(QString, after);
        const auto order = [&](const QString &text, qsizetype first, qsizetype last) {
            QTextLayout layout(text, QApplication::font());
            QTextOption option;
            option.setTextDirection(Qt::RightToLeft);
            layout.setTextOption(option);
            layout.beginLayout();
            QTextLine line = layout.createLine();
            line.setLineWidth(2000);
            layout.endLayout();
            // The cursor between the first two characters of the run and the one before its last
            // character: inside a left-to-right run the former is left of the latter. (At the run's
            // edges the cursor position is ambiguous: it may be reported on the other side.)
            return line.cursorToX(int(first + 1)) < line.cursorToX(int(last));
        };
        const QString isolated = BidiText::isolateNumbers(before + number + after);
        QVERIFY(isolated.startsWith(before + BidiText::isolate(number)));
        const qsizetype start = before.size() + 1; // after the LRI
        QVERIFY2(order(isolated, start, start + number.size() - 1),
            qPrintable(QStringLiteral("reversed: %1").arg(number)));
        // Without the isolate, for the record (the algorithm may or may not reverse it).
        qInfo("without an isolate, in order: %s",
            order(before + number + after, before.size(), before.size() + number.size() - 1) ? "yes" : "no");
    }

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

    void supervisorOpensProfileFromListAndVerifies()
    {
        const QString id = m_fixture->enterCompleteCase(*m_prosecutor, 1);
        MainWindow window;
        window.setSession(*m_supervisor);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *table = window.personTable();
        QTRY_COMPARE(window.personModel()->rowCount(), 1);
        table->setFocus();
        table->setCurrentIndex(window.personModel()->index(0, 0));
        QCOMPARE(auditFor(*m_supervisor, "view", id), 0);
        QTest::keyClick(table, Qt::Key_Return);

        QCOMPARE(window.sessionWindows().size(), 1);
        auto *profile = qobject_cast<PersonProfileView *>(window.sessionWindows().constFirst());
        QVERIFY(profile);
        QVERIFY(profile->file());
        QCOMPARE(profile->file()->status, RegisterStatus::Draft);
        QCOMPARE(auditFor(*m_supervisor, "view", id), 1);
        const auto *statusValue = profile->findChild<QLabel *>(QStringLiteral("statusValue"));
        QCOMPARE(statusValue->text(), RegisterWorkflow::displayName(RegisterStatus::Draft));
        const auto *nameValue = profile->findChild<QLabel *>(QStringLiteral("nameLatinValue"));
        QCOMPARE(nameValue->text(), profile->file()->person.nameLatin);
        const auto *cnicValue = profile->findChild<QLabel *>(QStringLiteral("cnicValue"));
        if (profile->file()->person.cnic)
            QVERIFY(QRegularExpression(QStringLiteral("^\\d{5}-\\d{7}-\\d$"))
                        .match(cnicValue->text())
                        .hasMatch());
        QCOMPARE(profile->historyTable()->rowCount(), 0);
        QCOMPARE(profile->findChild<QTableWidget *>(QStringLiteral("chargeTable"))->rowCount(),
            profile->file()->charges.size());

        QPushButton *verify = profile->actionButton(RegisterStatus::Verified);
        QVERIFY(verify);
        QVERIFY(profile->actionButton(RegisterStatus::Returned));
        QTest::mouseClick(verify, Qt::LeftButton);

        QCOMPARE(profile->file()->status, RegisterStatus::Verified);
        // Audited: the view, the refresh after the step, and the transition.
        QCOMPARE(auditFor(*m_supervisor, "transition", id), 1);
        QCOMPARE(auditFor(*m_supervisor, "view", id), 2);
        QCOMPARE(statusOf(id), RegisterStatus::Verified);
        QCOMPARE(statusValue->text(), RegisterWorkflow::displayName(RegisterStatus::Verified));
        QVERIFY(profile->errorLabel()->text().isEmpty());
        QCOMPARE(profile->historyTable()->rowCount(), 1);
        QCOMPARE(profile->historyTable()->item(0, 1)->text(),
            RegisterWorkflow::displayName(RegisterStatus::Verified));
        QCOMPARE(profile->historyTable()->item(0, 3)->text(), QStringLiteral("supervisor"));
        // The buttons follow the new status: no second Verify.
        QVERIFY(!profile->actionButton(RegisterStatus::Verified));
        QVERIFY(profile->actionButton(RegisterStatus::Submitted));

        // The record's audit history tab shows them.
        const QStringList keys = auditActionKeys(*profile->auditModel());
        QVERIFY2(keys.contains(QStringLiteral("view")), qPrintable(keys.join(u',')));
        QVERIFY2(keys.contains(QStringLiteral("transition")), qPrintable(keys.join(u',')));

        // Locking closes the profile with the office.
        QPointer<PersonProfileView> guard(profile);
        window.clearSession();
        QVERIFY(!guard);
    }

    void prosecutorGetsNoVerifyAndCoreRefuses()
    {
        const QString id = m_fixture->enterCompleteCase(*m_prosecutor, 2);
        RegisterService service(*m_prosecutor);
        PersonProfileView profile(*m_prosecutor, service, id);
        profile.show();
        QVERIFY(profile.file());
        const QStringList names = actionNames(profile);
        QVERIFY2(!names.contains(QStringLiteral("action_verified")), qPrintable(names.join(u',')));
        QVERIFY(!names.contains(QStringLiteral("action_returned")));
        QVERIFY(!names.contains(QStringLiteral("action_seal")));
        QVERIFY(!profile.findChild<QPushButton *>(QStringLiteral("action_verified")));

        const auto refused = service.transition(id, RegisterStatus::Verified, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QVERIFY(profile.reload());
        QCOMPARE(profile.file()->status, RegisterStatus::Draft);
    }

    void returningNeedsAReason()
    {
        const QString id = m_fixture->enterCompleteCase(*m_prosecutor, 3);
        RegisterService service(*m_supervisor);
        PersonProfileView profile(*m_supervisor, service, id);
        profile.show();
        QVERIFY(QTest::qWaitForWindowExposed(&profile));
        QPushButton *returnButton = profile.actionButton(RegisterStatus::Returned);
        QVERIFY(returnButton);
        QTest::mouseClick(returnButton, Qt::LeftButton);
        ReasonDialog *dialog = profile.reasonDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!dialog->endReasonBox());

        const WriteCounts before = writeCounts(*m_supervisor);
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->errorLabel()->isHidden());
        QVERIFY2(dialog->errorLabel()->text().contains(QStringLiteral("Reason")),
            qPrintable(dialog->errorLabel()->text()));
        QCOMPARE(dialog->reasonEdit()->accessibleDescription(), dialog->errorLabel()->text());
        QCOMPARE(writeCounts(*m_supervisor), before);
        QCOMPARE(statusOf(id), RegisterStatus::Draft);
        QCOMPARE(profile.file()->status, RegisterStatus::Draft);

        dialog->reasonEdit()->setFocus();
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("FIR date differs from the judgment"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!profile.reasonDialog());
        QCOMPARE(profile.file()->status, RegisterStatus::Returned);
        QCOMPARE(profile.historyTable()->rowCount(), 1);
        QCOMPARE(
            profile.historyTable()->item(0, 5)->text(), QStringLiteral("FIR date differs from the judgment"));
    }

    void endingAsksForEndReason()
    {
        const QString id = m_fixture->enterCompleteCase(*m_prosecutor, 4);
        RegisterService service(*m_supervisor);
        NIGRAN_VERIFY_OK(service.transition(id, RegisterStatus::Verified, {}));
        NIGRAN_VERIFY_OK(service.transition(id, RegisterStatus::InCustody, {}));
        PersonProfileView profile(*m_supervisor, service, id);
        profile.show();
        QPushButton *end = profile.actionButton(RegisterStatus::Ended);
        QVERIFY(end);
        QTest::mouseClick(end, Qt::LeftButton);
        ReasonDialog *dialog = profile.reasonDialog();
        QVERIFY(dialog && dialog->endReasonBox());
        dialog->endReasonBox()->setCurrentIndex(dialog->endReasonBox()->findData(int(EndReason::Deceased)));
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("death certificate 12/2026"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
        QTRY_VERIFY(!profile.reasonDialog());
        QCOMPARE(profile.file()->status, RegisterStatus::Ended);
        QCOMPARE(profile.file()->history.constLast().endReason, std::optional(EndReason::Deceased));
        QVERIFY(profile.actionButtons().size() <= 1); // at most "seal on acquittal"
    }

    void ledgerTabExplainsTheReleaseDate()
    {
        RegisterService service(*m_prosecutor);
        SyntheticRegister synthetic;
        auto id = service.createPerson(synthetic.person(9, OfficeFixture::District));
        NIGRAN_VERIFY_OK(id);
        CaseRecord caseRecord;
        caseRecord.firNumber = QStringLiteral("77/2023/SYN");
        caseRecord.firDate = QDate(2023, 1, 10);
        caseRecord.policeStation = QStringLiteral("Specimen Police Station");
        caseRecord.district = OfficeFixture::District;
        caseRecord.court = QStringLiteral("Special Court (Sample)");
        auto caseId = service.saveCase(*id, caseRecord);
        NIGRAN_VERIFY_OK(caseId);
        NIGRAN_VERIFY_OK(service.saveCharge({ {}, *caseId, *id, QStringLiteral("PPC 376"),
            VictimAgeBand::Adult, Gender::Female, Relationship::Acquaintance }));
        auto convictionId = service.saveConviction(
            { {}, *caseId, *id, QDate(2024, 1, 31), QStringLiteral("Special Court (Sample)"),
                { QStringLiteral("PPC 376") }, AppealStatus::Pending, false });
        NIGRAN_VERIFY_OK(convictionId);
        Sentence sentence;
        sentence.convictionId = *convictionId;
        sentence.startDate = QDate(2024, 1, 31);
        SentenceComponent component;
        component.id = QStringLiteral("1");
        component.kind = SentenceKind::Rigorous;
        component.term = { 10, 1, 0 };
        sentence.components = { component };
        sentence.preTrialCustodyDays = 10;
        NIGRAN_VERIFY_OK(service.saveSentence(*id, sentence));

        PersonProfileView profile(*m_prosecutor, service, *id);
        profile.show();
        profile.tabs()->setCurrentIndex(PersonProfileView::SentencesTab);
        QVERIFY(profile.file());
        const auto ledger = SentenceCalculator::compute(profile.file()->sentences.constFirst());
        NIGRAN_VERIFY_OK(ledger);
        const QStringList shown = listTexts(profile.ledgerList());
        QStringList numbered;
        for (const QString &line : shown)
            if (QRegularExpression(QStringLiteral("^\\d+\\. ")).match(line).hasMatch())
                numbered << line;
        QCOMPARE(numbered.size(), ledger->steps().size());
        QVERIFY(numbered.size() >= 2);
        for (int i = 0; i < numbered.size(); ++i) {
            QVERIFY(numbered.at(i).startsWith(QStringLiteral("%1. ").arg(i + 1)));
            QVERIFY(numbered.at(i).contains(ledger->steps().at(i).description));
        }
        QVERIFY2(shown.constLast().contains(QStringLiteral("2034-02-18")), qPrintable(shown.join(u'\n')));

        // Right to left (Urdu), every date and number in the ledger is isolated, so it keeps its order.
        QApplication::setLayoutDirection(Qt::RightToLeft);
        const QStringList rtl = listTexts(profile.ledgerList());
        QApplication::setLayoutDirection(Qt::LeftToRight);
        QCOMPARE(rtl.size(), shown.size());
        for (const QString &line : rtl)
            QCOMPARE(line, BidiText::isolateNumbers(line));
        QVERIFY2(rtl.constLast().contains(BidiText::isolate(QStringLiteral("2034-02-18"))),
            qPrintable(rtl.constLast()));
        QCOMPARE(listTexts(profile.ledgerList()), shown); // back to left to right: as before
        QVERIFY(profile.findChild<QLabel *>(QStringLiteral("expectedReleaseLabel"))
                    ->text()
                    .contains(QStringLiteral("2034-02-18")));
        QCOMPARE(profile.findChild<QLabel *>(QStringLiteral("releaseValue"))->text(),
            QStringLiteral("2034-02-18"));

        // Convictions show the appeal status; charges mark the registrable section, victim by category only.
        auto *convictions = profile.findChild<QTableWidget *>(QStringLiteral("convictionTable"));
        QCOMPARE(convictions->rowCount(), 1);
        QCOMPARE(convictions->item(0, 3)->text(), QStringLiteral("appeal pending"));
        auto *charges = profile.findChild<QTableWidget *>(QStringLiteral("chargeTable"));
        QCOMPARE(charges->rowCount(), 1);
        QVERIFY(charges->item(0, 2)->text().contains(QStringLiteral("registrable")));
        QCOMPARE(charges->item(0, 3)->text(), QStringLiteral("adult"));
        QCOMPARE(charges->item(0, 5)->text(), QStringLiteral("acquaintance"));
    }

    void urduNamesStayRightAlignedInRtl()
    {
        const QString id = m_fixture->enterCompleteCase(*m_prosecutor, 6);
        RegisterService service(*m_prosecutor);
        PersonProfileView profile(*m_prosecutor, service, id);
        profile.setLayoutDirection(Qt::RightToLeft);
        profile.show();
        auto *urdu = profile.findChild<QLabel *>(QStringLiteral("nameUrduValue"));
        QCOMPARE(urdu->text(), profile.file()->person.nameUrdu);
        QVERIFY(urdu->alignment() & Qt::AlignRight);
        QVERIFY(urdu->alignment() & Qt::AlignAbsolute);
        QCOMPARE(urdu->layoutDirection(), Qt::RightToLeft);
    }

    void auditViewerVerifiesTheChainAndFindsTampering()
    {
        m_fixture->enterCompleteCase(*m_prosecutor, 7);
        Office &admin = m_fixture->session(QStringLiteral("admin"));
        {
            AuditViewerDialog dialog(admin);
            dialog.show();
            QVERIFY(dialog.model()->rowCount() > 5);
            QVERIFY(dialog.verifyButton()->isEnabled());
            const int rowsBefore = dialog.model()->rowCount();
            QTest::mouseClick(dialog.verifyButton(), Qt::LeftButton);
            QCOMPARE(dialog.resultLabel()->property("intact").toBool(), true);
            QVERIFY2(dialog.resultLabel()->text().startsWith(QStringLiteral("Intact")),
                qPrintable(dialog.resultLabel()->text()));
            // The verification is itself audited and shows up.
            QCOMPARE(dialog.model()->rowCount(), rowsBefore + 1);

            // Paging: a small page, the rest with fetchMore as the view scrolls.
            dialog.model()->setPageSize(3);
            dialog.model()->loadAll();
            QCOMPARE(dialog.model()->rowCount(), 3);
            QVERIFY(dialog.model()->canFetchMore({}));
            dialog.model()->fetchMore({});
            QCOMPARE(dialog.model()->rowCount(), 6);
        }

        // Tamper with one entry in a copy of the office.
        QTemporaryDir copyRoot;
        const QString copy = copyRoot.path() + QStringLiteral("/office");
        QVERIFY(QDir().mkpath(copy));
        QVERIFY(QFile::copy(Office::databasePath(m_fixture->directory()), Office::databasePath(copy)));
        QVERIFY(QFile::copy(Office::keyFilePath(m_fixture->directory()), Office::keyFilePath(copy)));
        auto copied = Office::unlock(copy, QStringLiteral("admin"), OfficeFixture::Password,
            KdfParams::forTests(), m_fixture->clock());
        NIGRAN_VERIFY_OK(copied);
        NIGRAN_VERIFY_OK((*copied)->database().exec("UPDATE audit_log SET detail = 'nothing' WHERE seq = 4"));
        AuditViewerDialog dialog(**copied);
        dialog.show();
        QTest::mouseClick(dialog.verifyButton(), Qt::LeftButton);
        QCOMPARE(dialog.resultLabel()->property("intact").toBool(), false);
        QVERIFY2(dialog.resultLabel()->text().startsWith(QStringLiteral("Broken at entry 4:")),
            qPrintable(dialog.resultLabel()->text()));
        // The original is untouched.
        QVERIFY(admin.audit().verify()->intact);
    }

    void upcomingReleasesBucketsAndFilter()
    {
        const QDate today = UpcomingReleasesView::today(*m_prosecutor);
        QCOMPARE(today, QDate(2026, 11, 28));
        const QString in45 = m_fixture->enterCompleteCase(*m_prosecutor, 10, today.addDays(45));
        const QString in10 = m_fixture->enterCompleteCase(*m_prosecutor, 11, today.addDays(10));
        m_fixture->enterCompleteCase(*m_prosecutor, 12, today.addDays(200));
        RegisterService service(*m_prosecutor);
        UpcomingReleasesView view(*m_prosecutor, service);
        view.show();
        QSortFilterProxyModel *shown = view.shownModel();
        QCOMPARE(shown->rowCount(), 2);

        auto rowOf = [shown](const QString &id) {
            for (int row = 0; row < shown->rowCount(); ++row)
                if (shown->index(row, 0).data(UpcomingReleasesModel::PersonIdRole).toString() == id)
                    return row;
            return -1;
        };
        const int row45 = rowOf(in45);
        QVERIFY(row45 >= 0);
        QCOMPARE(shown->index(row45, 0).data(UpcomingReleasesModel::BucketRole).toInt(), 60);
        QCOMPARE(shown->index(row45, UpcomingReleasesModel::DaysLeft).data().toInt(), 45);
        const QColor bucket60 = shown->index(row45, 0).data(Qt::BackgroundRole).value<QBrush>().color();
        const QColor bucket30 = shown->index(rowOf(in10), 0).data(Qt::BackgroundRole).value<QBrush>().color();
        QVERIFY(bucket60.isValid() && bucket30.isValid() && bucket60 != bucket30);
        QVERIFY(view.summaryLabel()->text().contains(QStringLiteral("1 within 30 days")));

        // Filter with the keyboard: the 60-day bucket holds only the person due in 45 days.
        view.bucketFilter()->setFocus();
        view.bucketFilter()->setCurrentIndex(view.bucketFilter()->findData(60));
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, 0).data(UpcomingReleasesModel::PersonIdRole).toString(), in45);
        view.setBucket(30);
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, 0).data(UpcomingReleasesModel::PersonIdRole).toString(), in10);
        view.setBucket(90);
        QCOMPARE(shown->rowCount(), 0);
        view.setBucket(0);
        QCOMPARE(shown->rowCount(), 2);
    }
};

QTEST_MAIN(TestProfileViews)
#include "tst_profileviews.moc"
