#pragma once

#include "core/result.h"

#include <QCborMap>
#include <QDate>
#include <QList>
#include <QString>

namespace Nigran::Models {

/// What a sentence component imposes (DOMAIN.md, "Records: Sentence").
enum class SentenceKind
{
    Death,
    Life, ///< counts as 25 years (PPC s.57)
    Rigorous,
    Simple,
};

/// A term of imprisonment as the judgment states it: years, months and days, never a count of days,
/// because the calendar decides how long a month or a year is.
struct Term
{
    int years = 0;
    int months = 0;
    int days = 0;

    bool isZero() const { return years == 0 && months == 0 && days == 0; }
    friend bool operator==(const Term &, const Term &) = default;
};

/// One punishment of a sentence, usually one per offence section convicted.
struct SentenceComponent
{
    enum class Relation
    {
        Concurrent, ///< runs from the sentence start, together with the others
        Consecutive, ///< starts when what it follows ends (the default of s.35 CrPC)
    };

    QString id;
    SentenceKind kind = SentenceKind::Rigorous;
    Term term; ///< ignored for death and life
    QString offenceSection; ///< "376", as in the offence catalogue
    Relation relation = Relation::Consecutive;
    QString consecutiveTo; ///< id of the component it follows; empty = after all components listed before it
    qint64 fineRupees = 0;
    Term defaultTerm; ///< imprisonment in default of payment of the fine
    bool finePaid = false;

    friend bool operator==(const SentenceComponent &, const SentenceComponent &) = default;
};

/// One entry of the remissions ledger.
struct Remission
{
    QDate date;
    int days = 0;
    QString authority;
    /// Some special remissions exclude sex offences: recorded, but not applied (every conviction in the
    /// register is for a sex offence), and the ledger says so.
    bool excludedForSexOffences = false;

    friend bool operator==(const Remission &, const Remission &) = default;
};

struct Sentence
{
    QString id;
    QString convictionId;
    QDate startDate; ///< usually the judgment date
    QList<SentenceComponent> components;
    int preTrialCustodyDays = 0; ///< s.382-B CrPC credit
    QList<Remission> remissions;

    friend bool operator==(const Sentence &, const Sentence &) = default;
};

/// The record body as the store keeps it. Keys are the field names used in FieldError ("startDate",
/// "components[2].years" is key "years" of the third map in "components"); enums are stored by name
/// ("rigorous", "consecutive"), dates as ISO 8601 text ("2024-02-29") or null when not set.
QCborMap toCbor(const Sentence &sentence);

/// Reads a body written by toCbor(). Every key must be present with the right type; unknown keys are
/// ignored. A malformed body fails with ErrorCode::Corrupt, one FieldError per bad field.
[[nodiscard]] Result<Sentence> sentenceFromCbor(const QCborMap &map);

} // namespace Nigran::Models
