#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Nigran::Models {

struct District
{
    QString code; ///< "PB-LHR": province code, dash, district
    QString name; ///< English
    QString nameUr; ///< Urdu
    QString province; ///< PB, SD, KP, BA, IS, GB or JK

    friend bool operator==(const District &, const District &) = default;
};

/// Pakistan's districts (resources/catalogue/districts.json). The list changes, so it is data managed
/// by the centre and synced down; builtIn() is the seed shipped with the program.
class DistrictList
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::DistrictList)

public:
    /// Parses {"version": N, "districts": [{code, name, nameUr, province}, ...]}. Codes must be unique
    /// and start with their province code; errors name `sourceName` and the entry ("districts[7]").
    [[nodiscard]] static Result<DistrictList> fromJson(const QByteArray &json, const QString &sourceName);
    /// The list compiled into the program (":/nigran/catalogue/districts.json").
    static const DistrictList &builtIn();

    /// PB, SD, KP, BA, IS, GB, JK (DOMAIN.md).
    static QStringList provinceCodes();
    /// The translated name of a province or territory; empty for an unknown code.
    static QString provinceName(const QString &provinceCode);

    int version() const { return m_version; }
    std::optional<District> find(const QString &code) const;
    QList<District> all() const { return m_districts; }
    QList<District> inProvince(const QString &provinceCode) const;

private:
    int m_version = 0;
    QList<District> m_districts;
};

} // namespace Nigran::Models
