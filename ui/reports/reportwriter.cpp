#include "reports/reportwriter.h"

#include "biditext.h"
#include "reports/reporthtml.h"
#include "reports/reportpage.h"

#include "domain/cnic.h"
#include "domain/districtlist.h"
#include "domain/offencecatalogue.h"
#include "itemmodels/upcomingreleasesmodel.h"
#include "rules/registerworkflow.h"
#include "rules/sentencecalculator.h"
#include "security/clock.h"
#include "services/office.h"
#include "services/registerservice.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextFrame>
#include <QTimeZone>

#include <algorithm>
#include <utility>

namespace Nigran::Gui {

using namespace Nigran::Models;

namespace {

using namespace Nigran::Gui::Reports;

#define NIGRAN_TEXT(en, ur) pick(m_language, QStringLiteral(en), QStringLiteral(ur))

using BidiText::ltr;

QString isoDate(QDate date)
{
    return date.isValid() ? ltr(date.toString(Qt::ISODate)) : QStringLiteral("—");
}

QString cnicText(const QString &digits)
{
    if (digits.isEmpty())
        return {};
    const auto cnic = Cnic::parse(digits);
    return ltr(cnic ? cnic->formatted() : digits);
}

/// The report's display names of the register's codes, in the report's language.
class Names
{
public:
    explicit Names(Language language)
        : m_language(language)
    { }

    QString yesNo(bool value) const { return value ? NIGRAN_TEXT("Yes", "ہاں") : NIGRAN_TEXT("No", "نہیں"); }

    QString gender(Gender gender) const
    {
        switch (gender) {
        case Gender::Male:
            return NIGRAN_TEXT("Male", "مرد");
        case Gender::Female:
            return NIGRAN_TEXT("Female", "عورت");
        case Gender::Transgender:
            return NIGRAN_TEXT("Transgender", "خواجہ سرا");
        case Gender::Unknown:
            break;
        }
        return NIGRAN_TEXT("Unknown", "نامعلوم");
    }

    QString parentage(ParentageRelation relation) const
    {
        switch (relation) {
        case ParentageRelation::SonOf:
            return NIGRAN_TEXT("S/O", "ولد");
        case ParentageRelation::DaughterOf:
            return NIGRAN_TEXT("D/O", "دختر");
        case ParentageRelation::WifeOf:
            return NIGRAN_TEXT("W/O", "زوجہ");
        }
        return {};
    }

    QString addressType(AddressType type) const
    {
        switch (type) {
        case AddressType::Permanent:
            return NIGRAN_TEXT("Permanent", "مستقل");
        case AddressType::Present:
            return NIGRAN_TEXT("Present", "موجودہ");
        case AddressType::Temporary:
            return NIGRAN_TEXT("Temporary", "عارضی");
        case AddressType::Work:
            return NIGRAN_TEXT("Work", "دفتری");
        }
        return {};
    }

    QString caseStatus(CaseStatus status) const
    {
        switch (status) {
        case CaseStatus::FirRegistered:
            return NIGRAN_TEXT("FIR registered", "ایف آئی آر درج");
        case CaseStatus::UnderInvestigation:
            return NIGRAN_TEXT("Under investigation", "زیرِ تفتیش");
        case CaseStatus::ChallanSubmitted:
            return NIGRAN_TEXT("Challan submitted", "چالان جمع");
        case CaseStatus::UnderTrial:
            return NIGRAN_TEXT("Under trial", "زیرِ سماعت");
        case CaseStatus::Convicted:
            return NIGRAN_TEXT("Convicted", "سزا یافتہ");
        case CaseStatus::Acquitted:
            return NIGRAN_TEXT("Acquitted", "بری");
        case CaseStatus::UnderAppeal:
            return NIGRAN_TEXT("Under appeal", "زیرِ اپیل");
        case CaseStatus::Closed:
            return NIGRAN_TEXT("Closed", "بند");
        }
        return {};
    }

    QString ageBand(VictimAgeBand band) const
    {
        return band == VictimAgeBand::Child ? NIGRAN_TEXT("Child (under 18)", "بچہ (18 سال سے کم)")
                                            : NIGRAN_TEXT("Adult", "بالغ");
    }

    QString relationship(Relationship relationship) const
    {
        switch (relationship) {
        case Relationship::Family:
            return NIGRAN_TEXT("Family", "خاندان");
        case Relationship::Acquaintance:
            return NIGRAN_TEXT("Acquaintance", "واقف");
        case Relationship::Stranger:
            return NIGRAN_TEXT("Stranger", "اجنبی");
        case Relationship::PositionOfTrust:
            return NIGRAN_TEXT("Position of trust", "اعتماد کا منصب");
        case Relationship::Unknown:
            break;
        }
        return NIGRAN_TEXT("Unknown", "نامعلوم");
    }

    QString appeal(AppealStatus status) const
    {
        switch (status) {
        case AppealStatus::None:
            return NIGRAN_TEXT("None", "کوئی نہیں");
        case AppealStatus::Pending:
            return NIGRAN_TEXT("Pending", "زیرِ التوا");
        case AppealStatus::Upheld:
            return NIGRAN_TEXT("Upheld", "برقرار");
        case AppealStatus::Modified:
            return NIGRAN_TEXT("Modified", "ترمیم شدہ");
        case AppealStatus::Acquitted:
            return NIGRAN_TEXT("Acquitted", "بری");
        }
        return {};
    }

    QString sentenceKind(SentenceKind kind) const
    {
        switch (kind) {
        case SentenceKind::Death:
            return NIGRAN_TEXT("Death", "سزائے موت");
        case SentenceKind::Life:
            return NIGRAN_TEXT("Life", "عمر قید");
        case SentenceKind::Rigorous:
            return NIGRAN_TEXT("Rigorous", "قیدِ بامشقت");
        case SentenceKind::Simple:
            return NIGRAN_TEXT("Simple", "قیدِ محض");
        }
        return {};
    }

    QString relation(SentenceComponent::Relation relation) const
    {
        return relation == SentenceComponent::Relation::Concurrent
            ? NIGRAN_TEXT("Concurrent", "بیک وقت")
            : NIGRAN_TEXT("Consecutive", "یکے بعد دیگرے");
    }

    QString term(const Term &term) const
    {
        return NIGRAN_TEXT("%1 y %2 m %3 d", "%1 سال %2 ماہ %3 دن")
            .arg(term.years)
            .arg(term.months)
            .arg(term.days);
    }

    QString custody(CustodyKind kind) const
    {
        switch (kind) {
        case CustodyKind::Admission:
            return NIGRAN_TEXT("Admission", "داخلہ");
        case CustodyKind::Transfer:
            return NIGRAN_TEXT("Transfer", "منتقلی");
        case CustodyKind::Release:
            return NIGRAN_TEXT("Release", "رہائی");
        }
        return {};
    }

    QString monitoring(MonitoringStatus status) const
    {
        switch (status) {
        case MonitoringStatus::Pending:
            return NIGRAN_TEXT("Pending (starts on release)", "زیرِ التوا (رہائی پر آغاز)");
        case MonitoringStatus::Active:
            return NIGRAN_TEXT("Active", "فعال");
        case MonitoringStatus::Suspended:
            return NIGRAN_TEXT("Suspended", "معطل");
        case MonitoringStatus::Ended:
            return NIGRAN_TEXT("Ended", "ختم");
        }
        return {};
    }

    QString district(const QString &code) const
    {
        if (code.isEmpty())
            return {};
        const auto found = DistrictList::builtIn().find(code);
        if (!found)
            return esc(code);
        return m_language == Language::Urdu && !found->nameUr.isEmpty() ? urduSpan(found->nameUr)
                                                                        : esc(found->name);
    }

    /// "PPC 376 — Punishment for rape", the title in the report's language.
    QString offence(const QString &code, QDate onDate = {}) const
    {
        const auto offence = OffenceCatalogue::builtIn().find(code, onDate);
        // An unknown or repealed code is shown as it is stored.
        const QString title = !offence                                    ? QString()
            : m_language == Language::Urdu && !offence->titleUr.isEmpty() ? urduSpan(offence->titleUr)
                                                                          : esc(offence->title);
        return title.isEmpty() ? esc(code) : QStringLiteral("%1 — %2").arg(esc(code), title);
    }

    /// A visible marker for sections listed in s.2(h) of the Anti-Rape Act 2021.
    QString registrable(const QString &code) const
    {
        return OffenceCatalogue::builtIn().isRegistrable(code)
            ? QStringLiteral("<b>■ %1</b>").arg(NIGRAN_TEXT("Registrable", "قابلِ اندراج"))
            : NIGRAN_TEXT("Not registrable", "ناقابلِ اندراج");
    }

private:
    Language m_language;
};

/// The body of a person's register extract.
class ExtractBody
{
public:
    ExtractBody(const PersonFile &file, Language language)
        : m_file(file)
        , m_language(language)
        , m_names(language)
        , m_html(language)
    { }

    QString html()
    {
        identity();
        cases();
        charges();
        convictions();
        sentences();
        custody();
        monitoring();
        history();
        m_html.note(NIGRAN_TEXT(
            "■ Registrable: the section is listed in s.2(h) of the Anti-Rape (Investigation and "
            "Trial) Act 2021. The register holds no victim identity; only the victim's age "
            "band, gender and relationship to the offender are recorded.",
            "■ قابلِ اندراج: یہ دفعہ انسدادِ زیادتی (تفتیش و سماعت) ایکٹ 2021 کی دفعہ 2(ح) میں درج ہے۔ رجسٹر "
            "میں متاثرہ فرد کی شناخت محفوظ نہیں کی جاتی؛ صرف عمر کا زمرہ، جنس اور مجرم سے تعلق درج ہوتا "
            "ہے۔"));
        return m_html.html();
    }

private:
    QString fir(const QString &caseId) const
    {
        for (const CaseRecord &record : m_file.cases)
            if (record.id == caseId)
                return esc(record.firNumber);
        return {};
    }

    QString nameHtml(const QString &latin, const QString &urdu) const
    {
        if (urdu.isEmpty())
            return esc(latin);
        if (latin.isEmpty())
            return urduSpan(urdu);
        return QStringLiteral("%1 / %2").arg(esc(latin), urduSpan(urdu));
    }

    void identity()
    {
        const Person &person = m_file.person;
        m_html.heading(nameHtml(person.nameLatin, person.nameUrdu));
        QString status = esc(RegisterWorkflow::displayName(m_file.status));
        if (m_file.sealed)
            status += QStringLiteral(" — <b>%1</b>").arg(NIGRAN_TEXT("sealed", "سربمہر"));
        QString release = isoDate(m_file.expectedRelease);
        if (!m_file.expectedRelease.isValid())
            release = NIGRAN_TEXT("None (no release date)", "کوئی نہیں (تاریخِ رہائی نہیں)");

        m_html.section(NIGRAN_TEXT("Identity", "شناخت"));
        QStringList addresses;
        for (const Address &address : person.addresses) {
            QString line = QStringLiteral("%1: %2").arg(m_names.addressType(address.type), esc(address.text));
            if (!address.district.isEmpty())
                line += QStringLiteral(" (%1)").arg(m_names.district(address.district));
            if (address.validFrom.isValid() || address.validTo.isValid())
                line += QStringLiteral(" [%1 – %2]")
                            .arg(isoDate(address.validFrom),
                                address.validTo.isValid() ? isoDate(address.validTo)
                                                          : NIGRAN_TEXT("now", "تاحال"));
            addresses << line;
        }
        QString parentage;
        if (!person.parentage.nameLatin.isEmpty() || !person.parentage.nameUrdu.isEmpty())
            parentage = QStringLiteral("%1 %2").arg(m_names.parentage(person.parentage.relation),
                nameHtml(person.parentage.nameLatin, person.parentage.nameUrdu));
        QString passport;
        if (person.passport)
            passport = QStringLiteral("%1 (%2)").arg(
                esc(person.passport->number), esc(person.passport->nationality));
        m_html.fields({
            { NIGRAN_TEXT("Name (English)", "نام (انگریزی)"), esc(person.nameLatin) },
            { NIGRAN_TEXT("Name (Urdu)", "نام (اردو)"), urduSpan(person.nameUrdu) },
            { NIGRAN_TEXT("Parentage", "ولدیت"), parentage },
            { NIGRAN_TEXT("Aliases", "عرفیت"), esc(person.aliases.join(QStringLiteral(", "))) },
            { NIGRAN_TEXT("Date of birth", "تاریخِ پیدائش"), isoDate(person.birthDate) },
            { NIGRAN_TEXT("Gender", "جنس"), m_names.gender(person.gender) },
            { NIGRAN_TEXT("CNIC", "شناختی کارڈ نمبر"), person.cnic ? cnicText(*person.cnic) : QString() },
            { NIGRAN_TEXT("Passport", "پاسپورٹ"), passport },
            { NIGRAN_TEXT("District of residence", "ضلعِ رہائش"), m_names.district(person.residenceDistrict) },
            { NIGRAN_TEXT("Registering district", "اندراج کرنے والا ضلع"),
                m_names.district(person.district) },
            { NIGRAN_TEXT("Description", "حلیہ"), esc(person.description) },
            { NIGRAN_TEXT("Identifying marks", "شناختی نشانات"), esc(person.marks) },
            { NIGRAN_TEXT("Phones", "فون"), esc(person.phones.join(QStringLiteral(", "))) },
            { NIGRAN_TEXT("Addresses", "پتے"), addresses.join(QStringLiteral("<br>")) },
            { NIGRAN_TEXT("Photo on file", "تصویر موجود"), m_names.yesNo(!person.photo.isEmpty()) },
            { NIGRAN_TEXT("Register status", "رجسٹر میں حیثیت"), status },
            { NIGRAN_TEXT("Expected release", "متوقع رہائی"), QStringLiteral("<b>%1</b>").arg(release) },
        });
    }

    void cases()
    {
        m_html.section(NIGRAN_TEXT("Cases", "مقدمات"));
        if (m_file.cases.isEmpty())
            return m_html.none();
        for (const CaseRecord &record : m_file.cases) {
            m_html.subSection(NIGRAN_TEXT("FIR %1 of %2", "ایف آئی آر %1 مورخہ %2")
                                  .arg(esc(record.firNumber), isoDate(record.firDate)));
            QStringList history;
            for (const CaseRecord::StatusEntry &entry : record.statusHistory)
                history << QStringLiteral("%1: %2%3")
                               .arg(isoDate(entry.date), m_names.caseStatus(entry.status),
                                   entry.note.isEmpty() ? QString()
                                                        : QStringLiteral(" — %1").arg(esc(entry.note)));
            QString court = esc(record.court);
            if (record.isSpecialCourt)
                court += QStringLiteral(" (%1)").arg(NIGRAN_TEXT(
                    "Special Court, s.3 Anti-Rape Act 2021", "خصوصی عدالت، دفعہ 3 انسدادِ زیادتی ایکٹ 2021"));
            m_html.fields({
                { NIGRAN_TEXT("Police station", "تھانہ"),
                    QStringLiteral("%1, %2").arg(
                        esc(record.policeStation), m_names.district(record.district)) },
                { NIGRAN_TEXT("Court", "عدالت"), court },
                { NIGRAN_TEXT("Case number", "مقدمہ نمبر"), esc(record.caseNumber) },
                { NIGRAN_TEXT("Judge", "جج"), esc(record.judge) },
                { NIGRAN_TEXT("Prosecutor", "پراسیکیوٹر"), esc(record.prosecutor) },
                { NIGRAN_TEXT("Status history", "حیثیت کی تاریخ"), history.join(QStringLiteral("<br>")) },
            });
        }
    }

    void charges()
    {
        m_html.section(NIGRAN_TEXT("Charges", "الزامات"));
        if (m_file.charges.isEmpty())
            return m_html.none();
        QList<QStringList> rows;
        for (const Charge &charge : m_file.charges)
            rows << QStringList { fir(charge.caseId), m_names.offence(charge.offenceCode),
                m_names.registrable(charge.offenceCode), m_names.ageBand(charge.victimAgeBand),
                m_names.gender(charge.victimGender), m_names.relationship(charge.relationship) };
        m_html.table(
            { NIGRAN_TEXT("FIR", "ایف آئی آر"), NIGRAN_TEXT("Offence", "جرم"),
                NIGRAN_TEXT("Register", "رجسٹر"), NIGRAN_TEXT("Victim age", "متاثرہ کی عمر"),
                NIGRAN_TEXT("Victim gender", "متاثرہ کی جنس"), NIGRAN_TEXT("Relationship", "مجرم سے تعلق") },
            rows);
    }

    void convictions()
    {
        m_html.section(NIGRAN_TEXT("Convictions", "سزا یابیاں"));
        if (m_file.convictions.isEmpty())
            return m_html.none();
        QList<QStringList> rows;
        for (const Conviction &conviction : m_file.convictions) {
            QStringList sections;
            for (const QString &code : conviction.sections)
                sections << (OffenceCatalogue::builtIn().isRegistrable(code)
                        ? QStringLiteral("<b>■ %1</b>").arg(esc(code))
                        : esc(code));
            rows << QStringList { fir(conviction.caseId), isoDate(conviction.judgmentDate),
                esc(conviction.court), sections.join(QStringLiteral(", ")),
                m_names.appeal(conviction.appealStatus), m_names.yesNo(conviction.isFinal) };
        }
        m_html.table({ NIGRAN_TEXT("FIR", "ایف آئی آر"), NIGRAN_TEXT("Judgment", "تاریخِ فیصلہ"),
                         NIGRAN_TEXT("Court", "عدالت"), NIGRAN_TEXT("Sections", "دفعات"),
                         NIGRAN_TEXT("Appeal", "اپیل"), NIGRAN_TEXT("Final", "حتمی") },
            rows);
    }

    QString convictionLabel(const QString &convictionId) const
    {
        for (const Conviction &conviction : m_file.convictions)
            if (conviction.id == convictionId)
                return NIGRAN_TEXT("conviction of %1, FIR %2", "سزا یابی مورخہ %1، ایف آئی آر %2")
                    .arg(isoDate(conviction.judgmentDate), fir(conviction.caseId));
        return {};
    }

    void sentences()
    {
        m_html.section(NIGRAN_TEXT("Sentences", "سزائیں"));
        if (m_file.sentences.isEmpty())
            return m_html.none();
        int number = 0;
        for (const Sentence &sentence : m_file.sentences) {
            ++number;
            m_html.subSection(NIGRAN_TEXT("Sentence %1 (%2), from %3", "سزا %1 (%2)، آغاز %3")
                                  .arg(number)
                                  .arg(convictionLabel(sentence.convictionId), isoDate(sentence.startDate)));
            QList<QStringList> components;
            int index = 0;
            for (const SentenceComponent &component : sentence.components) {
                ++index;
                const bool hasTerm
                    = component.kind == SentenceKind::Rigorous || component.kind == SentenceKind::Simple;
                QString fine;
                if (component.fineRupees > 0)
                    fine = NIGRAN_TEXT("Rs %1, %2; in default %3", "%1 روپے، %2؛ عدم ادائیگی پر %3")
                               .arg(component.fineRupees)
                               .arg(component.finePaid ? NIGRAN_TEXT("paid", "ادا شدہ")
                                                       : NIGRAN_TEXT("unpaid", "غیر ادا شدہ"),
                                   m_names.term(component.defaultTerm));
                components << QStringList { QString::number(index), m_names.sentenceKind(component.kind),
                    hasTerm ? m_names.term(component.term) : QString(), esc(component.offenceSection),
                    m_names.relation(component.relation), fine };
            }
            m_html.table({ QStringLiteral("#"), NIGRAN_TEXT("Kind", "نوعیت"), NIGRAN_TEXT("Term", "مدت"),
                             NIGRAN_TEXT("Section", "دفعہ"), NIGRAN_TEXT("Runs", "ترتیب"),
                             NIGRAN_TEXT("Fine", "جرمانہ") },
                components);

            QList<std::pair<QString, QString>> facts {
                { NIGRAN_TEXT("Pre-trial custody credit (s.382-B CrPC)",
                      "حوالاتی مدت کی رعایت (دفعہ 382-ب ضابطہ فوجداری)"),
                    NIGRAN_TEXT("%1 days", "%1 دن").arg(sentence.preTrialCustodyDays) },
            };
            QStringList remissions;
            for (const Remission &remission : sentence.remissions)
                remissions << NIGRAN_TEXT("%1: %2 days (%3)%4", "%1: %2 دن (%3)%4")
                                  .arg(isoDate(remission.date))
                                  .arg(remission.days)
                                  .arg(esc(remission.authority),
                                      remission.excludedForSexOffences
                                          ? NIGRAN_TEXT(" — excluded for sex offences, not applied",
                                              " — جنسی جرائم پر لاگو نہیں")
                                          : QString());
            facts.append({ NIGRAN_TEXT("Remissions", "معافیاں"), remissions.join(QStringLiteral("<br>")) });
            m_html.fields(facts);

            const auto ledger = SentenceCalculator::compute(sentence);
            if (!ledger) {
                m_html.paragraph(esc(ledger.error().message));
                continue;
            }
            QList<QStringList> steps;
            int step = 0;
            for (const LedgerStep &line : ledger->steps()) {
                ++step;
                steps << QStringList { QString::number(step), esc(line.description), isoDate(line.date),
                    line.dayDelta > 0 ? QStringLiteral("+%1").arg(line.dayDelta)
                                      : QString::number(line.dayDelta) };
            }
            m_html.paragraph(QStringLiteral("<b>%1</b>").arg(NIGRAN_TEXT("Ledger", "حسابِ سزا")));
            m_html.table({ QStringLiteral("#"), NIGRAN_TEXT("Step", "مرحلہ"), NIGRAN_TEXT("Date", "تاریخ"),
                             NIGRAN_TEXT("Days", "دن") },
                steps);
            const auto release = ledger->expectedRelease();
            m_html.paragraph(
                QStringLiteral("<b>%1</b>")
                    .arg(release
                            ? NIGRAN_TEXT("Expected release: %1", "متوقع رہائی: %1").arg(isoDate(*release))
                            : NIGRAN_TEXT(
                                "No release date (death sentence).", "کوئی تاریخِ رہائی نہیں (سزائے موت)۔")));
        }
    }

    void custody()
    {
        m_html.section(NIGRAN_TEXT("Custody", "حراست"));
        if (m_file.custody.isEmpty())
            return m_html.none();
        QList<QStringList> rows;
        for (const CustodyEvent &event : m_file.custody)
            rows << QStringList { isoDate(event.date), m_names.custody(event.kind), esc(event.place),
                esc(event.note) };
        m_html.table({ NIGRAN_TEXT("Date", "تاریخ"), NIGRAN_TEXT("Event", "واقعہ"),
                         NIGRAN_TEXT("Place", "مقام"), NIGRAN_TEXT("Note", "نوٹ") },
            rows);
    }

    void monitoring()
    {
        m_html.section(NIGRAN_TEXT("Monitoring orders", "نگرانی کے احکامات"));
        if (m_file.monitoringOrders.isEmpty())
            return m_html.none();
        QList<QStringList> rows;
        for (const MonitoringOrder &order : m_file.monitoringOrders)
            rows << QStringList { isoDate(order.startDate),
                order.isLifetime ? NIGRAN_TEXT("Lifetime", "تاحیات") : isoDate(order.endDate),
                esc(order.deviceId),
                order.reportingFrequencyDays > 0
                    ? NIGRAN_TEXT("every %1 days", "ہر %1 دن بعد").arg(order.reportingFrequencyDays)
                    : NIGRAN_TEXT("none", "کوئی نہیں"),
                m_names.monitoring(order.status) };
        m_html.table({ NIGRAN_TEXT("Start", "آغاز"), NIGRAN_TEXT("End", "اختتام"),
                         NIGRAN_TEXT("Tag / device", "ٹیگ / آلہ"), NIGRAN_TEXT("Reporting", "حاضری"),
                         NIGRAN_TEXT("Status", "حیثیت") },
            rows);
    }

    void history()
    {
        m_html.section(NIGRAN_TEXT("Workflow history", "کارروائی کی تاریخ"));
        if (m_file.history.isEmpty())
            return m_html.none();
        QList<QStringList> rows;
        for (const RegisterTransition &transition : m_file.history) {
            QString reason = esc(transition.reason);
            if (transition.endReason)
                reason = QStringLiteral("%1 %2").arg(
                    esc(RegisterWorkflow::displayName(*transition.endReason)), reason);
            rows << QStringList {
                transition.at.toTimeZone(pakistanTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                QStringLiteral("%1 → %2").arg(esc(RegisterWorkflow::displayName(transition.from)),
                    esc(RegisterWorkflow::displayName(transition.to))),
                reason, esc(transition.actor)
            };
        }
        m_html.table({ NIGRAN_TEXT("When (PKT)", "وقت (پاکستانی)"), NIGRAN_TEXT("Step", "مرحلہ"),
                         NIGRAN_TEXT("Reason", "وجہ"), NIGRAN_TEXT("By", "از") },
            rows);
    }

    const PersonFile &m_file;
    Language m_language;
    Names m_names;
    ReportHtml m_html;
};

/// One row of the upcoming releases list.
struct ReleaseRow
{
    QStringList cells;
    int bucket = 0;
};

} // namespace

QDate ReportHeader::generatedOn() const
{
    return generatedAt.toTimeZone(pakistanTime()).date();
}

ReportHeader ReportHeader::forOffice(const Office &office)
{
    return { office.officeName(), office.district(),
        QStringLiteral("%1 (%2)").arg(office.user().displayName, office.user().login),
        office.clock().nowUtc() };
}

Result<> ReportWriter::writeExtract(RegisterService &service, const ReportHeader &header,
    const QString &personId, const QString &path, Language language)
{
    QSaveFile file(path);
    NIGRAN_TRY(openDestination(file));
    // SECURITY.md: the export is audited before anything is written.
    NIGRAN_TRY(service.recordExport(personId, extractReportName(), path));
    auto person = service.viewPerson(personId, QStringLiteral("register extract export"));
    if (!person)
        return fail(person.error());
    const QString title
        = pick(language, QStringLiteral("Register extract"), QStringLiteral("رجسٹر کا اقتباس"));
    ReportPage report(language, header, title);
    return writePdf(file, report, ExtractBody(*person, language).html());
}

Result<> ReportWriter::writeUpcomingReleases(RegisterService &service, const ReportHeader &header,
    QDate referenceDate, const QString &path, Language language)
{
    QSaveFile file(path);
    NIGRAN_TRY(openDestination(file));
    NIGRAN_TRY(service.recordExport(QString(), upcomingReleasesReportName(), path));

    UpcomingReleasesModel model(service);
    QString loadError;
    QObject::connect(&model, &UpcomingReleasesModel::errorOccurred, &model,
        [&loadError](const QString &message) { loadError = message; });
    model.load(referenceDate, HorizonDays);
    if (!loadError.isEmpty())
        return fail(ErrorCode::Database, loadError);

    QList<ReleaseRow> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto cell = [&model, row](int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        rows.append({ { esc(cell(UpcomingReleasesModel::NameLatin).toString()),
                          urduSpan(cell(UpcomingReleasesModel::NameUrdu).toString()),
                          esc(cell(UpcomingReleasesModel::Cnic).toString()),
                          Names(language).district(cell(UpcomingReleasesModel::District).toString()),
                          esc(cell(UpcomingReleasesModel::Status).toString()),
                          isoDate(cell(0, UpcomingReleasesModel::ExpectedReleaseRole).toDate()),
                          QString::number(cell(0, UpcomingReleasesModel::DaysLeftRole).toInt()) },
            cell(0, UpcomingReleasesModel::BucketRole).toInt() });
    }

    const Language m_language = language; // for NIGRAN_TEXT
    ReportHtml html(language);
    html.paragraph(NIGRAN_TEXT("Expected releases from %1 to %2 (%3 days), soonest first: %4 in all.",
        "%1 سے %2 تک (%3 دن) متوقع رہائیاں، قریب ترین پہلے: کل %4۔")
                       .arg(isoDate(referenceDate), isoDate(referenceDate.addDays(HorizonDays)))
                       .arg(HorizonDays)
                       .arg(rows.size()));
    const QStringList headers { QStringLiteral("#"), NIGRAN_TEXT("Name", "نام"),
        NIGRAN_TEXT("Urdu name", "اردو نام"), NIGRAN_TEXT("CNIC", "شناختی کارڈ"),
        NIGRAN_TEXT("District", "ضلع"), NIGRAN_TEXT("Status", "حیثیت"), NIGRAN_TEXT("Release", "رہائی"),
        NIGRAN_TEXT("Days left", "باقی دن") };
    int number = 0;
    for (const auto &[bucket, title] : { std::pair { 30, NIGRAN_TEXT("Within 30 days", "30 دن کے اندر") },
             std::pair { 60, NIGRAN_TEXT("In 31 to 60 days", "31 سے 60 دن میں") },
             std::pair { 90, NIGRAN_TEXT("In 61 to 90 days", "61 سے 90 دن میں") } }) {
        QList<QStringList> tableRows;
        for (const ReleaseRow &row : std::as_const(rows))
            if (row.bucket == bucket)
                tableRows << (QStringList { QString::number(++number) } + row.cells);
        html.section(QStringLiteral("%1 (%2)").arg(title).arg(tableRows.size()));
        if (tableRows.isEmpty())
            html.none();
        else
            html.table(headers, tableRows);
    }
    html.note(NIGRAN_TEXT("Entries that have ended or are sealed get no reminder and are not listed.",
        "ختم شدہ یا سربمہر اندراجات کی یاددہانی نہیں ہوتی اور وہ اس فہرست میں شامل نہیں۔"));

    const QString title = pick(language, QStringLiteral("Upcoming releases (90/60/30 days)"),
        QStringLiteral("آنے والی رہائیاں (90/60/30 دن)"));
    ReportPage report(language, header, title);
    return writePdf(file, report, html.html());
}

} // namespace Nigran::Gui
