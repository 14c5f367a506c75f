#include "domain/offencecatalogue.h"

#include "domain/recordcodec.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace Nigran::Models {

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxNumber = std::numeric_limits<int>::max();

QDate dayOrToday(QDate date)
{
    return date.isValid() ? date : QDate::currentDate();
}

} // namespace

Result<OffenceCatalogue> OffenceCatalogue::fromJson(const QByteArray &json, const QString &sourceName)
{
    const auto document = RecordCodec::mapFromJson(json, sourceName);
    NIGRAN_TRY(document);
    RecordCodec::Reader in(*document);

    OffenceCatalogue catalogue;
    catalogue.m_version = in.integer("version"_L1, 1, MaxNumber);
    QDate previousStart;
    catalogue.m_editions = in.list("editions"_L1, [&previousStart](RecordCodec::Reader &entry) {
        Edition edition;
        edition.number = entry.integer("edition"_L1, 1, MaxNumber);
        edition.effectiveFrom = entry.date("effectiveFrom"_L1, RecordCodec::Reader::Presence::Required);
        edition.title = entry.text("title"_L1);
        if (previousStart.isValid() && edition.effectiveFrom <= previousStart)
            entry.reject("effectiveFrom"_L1, tr("must be later than the previous edition's"));
        previousStart = edition.effectiveFrom;

        QSet<QString> codes;
        edition.offences = entry.list("offences"_L1, [&codes](RecordCodec::Reader &item) {
            const Offence offence = readOffence(item);
            const QString expectedCode = QStringLiteral("%1 %2").arg(offence.law, offence.section);
            if (offence.code != expectedCode)
                item.reject("code"_L1, tr("must be “%1”").arg(expectedCode));
            if (codes.contains(offence.code))
                item.reject("code"_L1, tr("“%1” appears twice in this edition").arg(offence.code));
            if (offence.maxYears < offence.minYears)
                item.reject("maxYears"_L1, tr("must not be less than minYears"));
            if (offence.effectiveTo.isValid() && offence.effectiveTo < offence.effectiveFrom)
                item.reject("effectiveTo"_L1, tr("must not be before effectiveFrom"));
            codes.insert(offence.code);
            return offence;
        });
        return edition;
    });
    if (document->contains("editions"_L1) && catalogue.m_editions.isEmpty())
        in.reject("editions"_L1, tr("must hold at least one edition"));
    NIGRAN_TRY(in.result(sourceName));
    return catalogue;
}

const OffenceCatalogue &OffenceCatalogue::builtIn()
{
    static const OffenceCatalogue catalogue = [] {
        const QString source = QStringLiteral(":/nigran/catalogue/offences.json");
        auto loaded = fromJson(RecordCodec::readResource(source), source);
        if (!loaded)
            qCritical("%s", qPrintable(loaded.error().message));
        return loaded.value_or(OffenceCatalogue());
    }();
    return catalogue;
}

const OffenceCatalogue::Edition *OffenceCatalogue::editionOn(QDate date) const
{
    const auto later = std::upper_bound(m_editions.cbegin(), m_editions.cend(), dayOrToday(date),
        [](QDate day, const Edition &edition) { return day < edition.effectiveFrom; });
    return later == m_editions.cbegin() ? nullptr : &*std::prev(later);
}

QList<Offence> OffenceCatalogue::offences(QDate onDate) const
{
    const QDate day = dayOrToday(onDate);
    const Edition *edition = editionOn(day);
    if (!edition)
        return {};
    QList<Offence> result;
    std::copy_if(edition->offences.cbegin(), edition->offences.cend(), std::back_inserter(result),
        [day](const Offence &offence) { return offence.isInForceOn(day); });
    return result;
}

std::optional<Offence> OffenceCatalogue::find(const QString &code, QDate onDate) const
{
    const QList<Offence> inForce = offences(onDate);
    const auto found = std::find_if(
        inForce.cbegin(), inForce.cend(), [&code](const Offence &offence) { return offence.code == code; });
    return found == inForce.cend() ? std::nullopt : std::optional(*found);
}

bool OffenceCatalogue::isRegistrable(const QString &code, QDate onDate) const
{
    const std::optional<Offence> offence = find(code, onDate);
    return offence && offence->isRegistrable;
}

} // namespace Nigran::Models
