#include "domain/districtlist.h"

#include "domain/recordcodec.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace Nigran::Models {

using namespace Qt::StringLiterals;

namespace {

struct Province
{
    const char *code;
    const char *name;
};

constexpr Province Provinces[] = {
    { "PB", QT_TRANSLATE_NOOP("Nigran::Models::DistrictList", "Punjab") },
    { "SD", QT_TRANSLATE_NOOP("Nigran::Models::DistrictList", "Sindh") },
    { "KP", QT_TRANSLATE_NOOP("Nigran::Models::DistrictList", "Khyber Pakhtunkhwa") },
    { "BA", QT_TRANSLATE_NOOP("Nigran::Models::DistrictList", "Balochistan") },
    { "IS", QT_TRANSLATE_NOOP("Nigran::Models::DistrictList", "Islamabad Capital Territory") },
    { "GB", QT_TRANSLATE_NOOP("Nigran::Models::DistrictList", "Gilgit-Baltistan") },
    { "JK", QT_TRANSLATE_NOOP("Nigran::Models::DistrictList", "Azad Jammu and Kashmir") },
};

} // namespace

Result<DistrictList> DistrictList::fromJson(const QByteArray &json, const QString &sourceName)
{
    const auto document = RecordCodec::mapFromJson(json, sourceName);
    NIGRAN_TRY(document);
    RecordCodec::Reader in(*document);

    DistrictList list;
    list.m_version = in.integer("version"_L1, 1, std::numeric_limits<int>::max());
    QSet<QString> codes;
    const QStringList provinces = provinceCodes();
    list.m_districts = in.list("districts"_L1, [&](RecordCodec::Reader &item) {
        const District district = readDistrict(item);
        if (!provinces.contains(district.province))
            item.reject("province"_L1, tr("must be one of %1").arg(provinces.join(QStringLiteral(", "))));
        else if (!district.code.startsWith(district.province + QLatin1Char('-')))
            item.reject("code"_L1, tr("must start with “%1-”").arg(district.province));
        if (codes.contains(district.code))
            item.reject("code"_L1, tr("“%1” appears twice").arg(district.code));
        codes.insert(district.code);
        return district;
    });
    NIGRAN_TRY(in.result(sourceName));
    return list;
}

const DistrictList &DistrictList::builtIn()
{
    static const DistrictList list = [] {
        const QString source = QStringLiteral(":/nigran/catalogue/districts.json");
        auto loaded = fromJson(RecordCodec::readResource(source), source);
        if (!loaded)
            qCritical("%s", qPrintable(loaded.error().message));
        return loaded.value_or(DistrictList());
    }();
    return list;
}

QStringList DistrictList::provinceCodes()
{
    QStringList codes;
    for (const Province &province : Provinces)
        codes.append(QLatin1String(province.code));
    return codes;
}

QString DistrictList::provinceName(const QString &provinceCode)
{
    const auto found = std::find_if(std::cbegin(Provinces), std::cend(Provinces),
        [&](const Province &province) { return provinceCode == QLatin1String(province.code); });
    return found == std::cend(Provinces) ? QString() : tr(found->name);
}

std::optional<District> DistrictList::find(const QString &code) const
{
    const auto found = std::find_if(m_districts.cbegin(), m_districts.cend(),
        [&code](const District &district) { return district.code == code; });
    return found == m_districts.cend() ? std::nullopt : std::optional(*found);
}

QList<District> DistrictList::inProvince(const QString &provinceCode) const
{
    QList<District> result;
    std::copy_if(m_districts.cbegin(), m_districts.cend(), std::back_inserter(result),
        [&provinceCode](const District &district) { return district.province == provinceCode; });
    return result;
}

} // namespace Nigran::Models
