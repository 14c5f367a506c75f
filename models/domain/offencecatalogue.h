#pragma once

#include "core/result.h"
#include "domain/offence.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Nigran::Models {

/// The versioned offence catalogue (resources/catalogue/offences.json, DOMAIN.md).
///
/// The file holds editions, each complete and in force from its effectiveFrom until the next one
/// starts; within an edition each offence has its own effectiveFrom/effectiveTo (when the section came
/// into force or was repealed). Before the Anti-Rape Act 2021 there was no register, so the first
/// edition marks no section registrable: isRegistrable() applies the law in force on the day asked
/// (by default today), whatever the date of the conviction.
class OffenceCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::OffenceCatalogue)

public:
    /// Parses {"version": N, "editions": [{edition, effectiveFrom, title, offences: [...]}, ...]}.
    /// Editions must be in order of their dates; codes unique within an edition and equal to
    /// "<law> <section>". Errors name `sourceName` and the entry ("editions[1].offences[4].minYears").
    [[nodiscard]] static Result<OffenceCatalogue> fromJson(const QByteArray &json, const QString &sourceName);
    /// The catalogue compiled into the program (":/nigran/catalogue/offences.json").
    static const OffenceCatalogue &builtIn();

    int version() const { return m_version; }

    /// The offence as the edition in force on `onDate` (null: today) has it, if the section is in
    /// force on that day.
    std::optional<Offence> find(const QString &code, QDate onDate = {}) const;
    /// Every section in force on `onDate` (null: today), in catalogue order.
    QList<Offence> offences(QDate onDate = {}) const;
    /// The section is in force and listed in s.2(h) on `onDate` (null: today).
    bool isRegistrable(const QString &code, QDate onDate = {}) const;

private:
    struct Edition
    {
        int number = 0;
        QDate effectiveFrom;
        QString title;
        QList<Offence> offences;
    };

    const Edition *editionOn(QDate date) const;

    int m_version = 0;
    QList<Edition> m_editions; ///< oldest first
};

} // namespace Nigran::Models
