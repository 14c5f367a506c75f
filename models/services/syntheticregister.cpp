#include "services/syntheticregister.h"

#include <array>

namespace Nigran::Models {

namespace {

struct Name
{
    const char *latin;
    const char16_t *urdu;
};

// Invented given names: pronounceable, but not names people carry.
constexpr std::array<Name, 24> givenNames { {
    { "Zarqoon", u"زرقون" },
    { "Bilmaz", u"بلماز" },
    { "Tovrin", u"توورن" },
    { "Qasheel", u"قشیل" },
    { "Morzeel", u"مورزیل" },
    { "Ilzaar", u"الزار" },
    { "Dunvesh", u"دونویش" },
    { "Kavrot", u"کاوروٹ" },
    { "Felnaz", u"فلناز" },
    { "Shorvik", u"شورویک" },
    { "Yamzeer", u"یمزیر" },
    { "Pirvaal", u"پروال" },
    { "Gulzoon", u"گلزون" },
    { "Harzok", u"ہرزوک" },
    { "Jalmoot", u"جلموٹ" },
    { "Nostaar", u"نوستار" },
    { "Oshkaan", u"اوشکان" },
    { "Ravzeen", u"روزین" },
    { "Sulvaar", u"سلوار" },
    { "Tazmoor", u"تازمور" },
    { "Umbreez", u"امبریز" },
    { "Vashqor", u"واشقور" },
    { "Wazloon", u"وازلون" },
    { "Xevraan", u"زیوران" },
} };

constexpr Name surname { "Namoona", u"نمونہ" };

QString urdu(const char16_t *text)
{
    return QString::fromUtf16(text);
}

} // namespace

SyntheticRegister::SyntheticRegister(quint32 seed, QDate today)
    : m_seed(seed)
    , m_today(today)
{ }

quint64 SyntheticRegister::mix(qint64 index, quint64 salt) const
{
    // splitmix64: a well-spread deterministic hash of (seed, index, salt).
    quint64 z = (quint64(index) + 0x9E3779B97F4A7C15ull * (salt + 1)) ^ (quint64(m_seed) << 32);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

QString SyntheticRegister::cnic(qint64 index)
{
    // 9 (no province) + 11 digits of the index + a check-like last digit; male (odd).
    return QStringLiteral("9%1%2").arg(index, 11, 10, QLatin1Char('0')).arg((index % 5) * 2 + 1);
}

bool SyntheticRegister::isSynthetic(const Person &person)
{
    return person.nameLatin.endsWith(QLatin1String(surname.latin)) && person.cnic
        && person.cnic->startsWith(QLatin1Char('9'));
}

Person SyntheticRegister::person(qint64 index, const QString &district) const
{
    const Name &given = givenNames[mix(index, 1) % givenNames.size()];
    const Name &father = givenNames[mix(index, 2) % givenNames.size()];
    Person person;
    person.district = district;
    person.residenceDistrict = district;
    person.nameLatin = QStringLiteral("%1 %2").arg(QLatin1String(given.latin), QLatin1String(surname.latin));
    person.nameUrdu = QStringLiteral("%1 %2").arg(urdu(given.urdu), urdu(surname.urdu));
    person.parentage
        = { ParentageRelation::SonOf, QStringLiteral("%1 %2").arg(urdu(father.urdu), urdu(surname.urdu)),
              QStringLiteral("%1 %2").arg(QLatin1String(father.latin), QLatin1String(surname.latin)) };
    person.birthDate = m_today.addYears(-20 - int(mix(index, 3) % 45)).addDays(-qint64(mix(index, 4) % 365));
    person.gender = Gender::Male;
    person.cnic = cnic(index);
    person.description = QStringLiteral("Synthetic record %1").arg(index);
    person.addresses = { { AddressType::Present,
        QStringLiteral("House %1, Specimen Street, Sample Town").arg(index % 900 + 1), district,
        person.birthDate.addYears(18), {} } };
    return person;
}

SyntheticCaseFile SyntheticRegister::caseFile(
    qint64 index, const QString &personId, const QString &district) const
{
    static const char *const sections[] = { "PPC 376", "PPC 377", "PPC 377B", "PPC 292B", "PECA 22" };
    // Judgment at most 500 days after the FIR, and the FIR at least 900 days ago: every date is in the past.
    const QDate firDate = m_today.addDays(-900 - qint64(mix(index, 5) % 3000));
    SyntheticCaseFile file;
    file.caseRecord.firNumber = QStringLiteral("%1/%2/SYN").arg(index % 997 + 1).arg(firDate.year());
    file.caseRecord.firDate = firDate;
    file.caseRecord.policeStation = QStringLiteral("Specimen Police Station");
    file.caseRecord.district = district;
    file.caseRecord.court = QStringLiteral("Special Court (Sample)");
    file.caseRecord.isSpecialCourt = true;
    file.caseRecord.caseNumber = QStringLiteral("SC-%1").arg(index);
    file.caseRecord.statusHistory = { { firDate, CaseStatus::FirRegistered, {} } };

    const QString section = QLatin1String(sections[mix(index, 6) % std::size(sections)]);
    file.charge.personId = personId;
    file.charge.offenceCode = section;
    file.charge.victimAgeBand = mix(index, 7) % 3 == 0 ? VictimAgeBand::Child : VictimAgeBand::Adult;
    file.charge.victimGender = mix(index, 8) % 4 == 0 ? Gender::Male : Gender::Female;
    file.charge.relationship = Relationship(mix(index, 9) % 5);

    const QDate judgment = firDate.addDays(200 + qint64(mix(index, 10) % 300));
    file.conviction.personId = personId;
    file.conviction.judgmentDate = judgment;
    file.conviction.court = file.caseRecord.court;
    file.conviction.sections = { section };
    file.conviction.isFinal = true;

    SentenceComponent component;
    component.id = QStringLiteral("1");
    component.kind = SentenceKind::Rigorous;
    component.term = { 3 + int(mix(index, 11) % 12), int(mix(index, 12) % 12), 0 };
    component.offenceSection = section;
    component.fineRupees = 100000;
    component.defaultTerm = { 0, 6, 0 };
    component.finePaid = mix(index, 13) % 2 == 0;
    file.sentence.startDate = judgment;
    file.sentence.components = { component };
    file.sentence.preTrialCustodyDays = int(mix(index, 14) % 200);
    return file;
}

} // namespace Nigran::Models
