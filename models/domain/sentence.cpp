#include "domain/sentence.h"

#include <QCborArray>
#include <QCborValue>
#include <QCoreApplication>

#include <array>
#include <type_traits>
#include <utility>

namespace Nigran::Models {

namespace {

const std::array kindNames { std::pair { SentenceKind::Death, "death" },
    std::pair { SentenceKind::Life, "life" }, std::pair { SentenceKind::Rigorous, "rigorous" },
    std::pair { SentenceKind::Simple, "simple" } };

const std::array relationNames { std::pair { SentenceComponent::Relation::Concurrent, "concurrent" },
    std::pair { SentenceComponent::Relation::Consecutive, "consecutive" } };

template<typename E, std::size_t N>
QLatin1String nameOf(E value, const std::array<std::pair<E, const char *>, N> &names)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QLatin1String(name);
    }
    Q_UNREACHABLE();
}

QCborValue dateToCbor(QDate date)
{
    return date.isValid() ? QCborValue(date.toString(Qt::ISODate)) : QCborValue(nullptr);
}

FieldError wrongValue(const QString &field, const QString &expected)
{
    return FieldError { field,
        QCoreApplication::translate("Nigran::Models::Sentence", "The field %1 does not hold %2.")
            .arg(field, expected) };
}

/// The value of `key` in `map` as a T. A missing key or a value of the wrong type is recorded in
/// `problems` and read as T().
template<typename T>
T read(const QCborMap &map, const char *key, const QString &prefix, QList<FieldError> &problems)
{
    const QString field = prefix + QLatin1String(key);
    const QCborValue value = map.value(QLatin1String(key));
    if (value.isUndefined()) {
        problems << FieldError { field,
            QCoreApplication::translate("Nigran::Models::Sentence", "The field %1 is missing.").arg(field) };
        return T {};
    }
    if constexpr (std::is_same_v<T, QString>) {
        if (value.isString())
            return value.toString();
        problems << wrongValue(field, QCoreApplication::translate("Nigran::Models::Sentence", "text"));
    } else if constexpr (std::is_same_v<T, bool>) {
        if (value.isBool())
            return value.toBool();
        problems << wrongValue(
            field, QCoreApplication::translate("Nigran::Models::Sentence", "true or false"));
    } else if constexpr (std::is_integral_v<T>) {
        if (value.isInteger() && std::in_range<T>(value.toInteger()))
            return static_cast<T>(value.toInteger());
        problems << wrongValue(field,
            QCoreApplication::translate("Nigran::Models::Sentence", "a whole number of the allowed size"));
    } else if constexpr (std::is_same_v<T, QDate>) {
        if (value.isNull())
            return QDate {};
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        if (value.isString() && date.isValid() && date.toString(Qt::ISODate) == value.toString())
            return date;
        problems << wrongValue(
            field, QCoreApplication::translate("Nigran::Models::Sentence", "a date (YYYY-MM-DD) or null"));
    } else {
        static_assert(std::is_same_v<T, QCborArray>);
        if (value.isArray())
            return value.toArray();
        problems << wrongValue(field, QCoreApplication::translate("Nigran::Models::Sentence", "a list"));
    }
    return T {};
}

template<typename E, std::size_t N>
E readEnum(const QCborMap &map, const char *key, const QString &prefix, QList<FieldError> &problems,
    const std::array<std::pair<E, const char *>, N> &names)
{
    const QString text = read<QString>(map, key, prefix, problems);
    for (const auto &[value, name] : names) {
        if (text == QLatin1String(name))
            return value;
    }
    if (map.value(QLatin1String(key)).isString()) {
        const QString field = prefix + QLatin1String(key);
        problems << FieldError { field,
            QCoreApplication::translate(
                "Nigran::Models::Sentence", "The field %1 has the unknown value \"%2\".")
                .arg(field, text) };
    }
    return names.front().first;
}

/// The maps in the list under `key`, each read by `fromMap` with the prefix "key[i].".
template<typename T>
QList<T> readList(const QCborMap &map, const char *key, QList<FieldError> &problems,
    T (*fromMap)(const QCborMap &, const QString &, QList<FieldError> &))
{
    const QCborArray array = read<QCborArray>(map, key, {}, problems);
    QList<T> items;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString element = QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i);
        if (array.at(i).isMap())
            items << fromMap(array.at(i).toMap(), element + QLatin1Char('.'), problems);
        else
            problems << wrongValue(element, QCoreApplication::translate("Nigran::Models::Sentence", "a map"));
    }
    return items;
}

Term readTerm(const QCborMap &map, const std::array<const char *, 3> &keys, const QString &prefix,
    QList<FieldError> &problems)
{
    return Term { read<int>(map, keys[0], prefix, problems), read<int>(map, keys[1], prefix, problems),
        read<int>(map, keys[2], prefix, problems) };
}

QCborMap componentToCbor(const SentenceComponent &component)
{
    return QCborMap {
        { QLatin1String("id"), component.id },
        { QLatin1String("kind"), nameOf(component.kind, kindNames) },
        { QLatin1String("years"), component.term.years },
        { QLatin1String("months"), component.term.months },
        { QLatin1String("days"), component.term.days },
        { QLatin1String("offenceSection"), component.offenceSection },
        { QLatin1String("relation"), nameOf(component.relation, relationNames) },
        { QLatin1String("consecutiveTo"), component.consecutiveTo },
        { QLatin1String("fineRupees"), component.fineRupees },
        { QLatin1String("defaultYears"), component.defaultTerm.years },
        { QLatin1String("defaultMonths"), component.defaultTerm.months },
        { QLatin1String("defaultDays"), component.defaultTerm.days },
        { QLatin1String("finePaid"), component.finePaid },
    };
}

SentenceComponent componentFromCbor(const QCborMap &map, const QString &prefix, QList<FieldError> &problems)
{
    return SentenceComponent {
        .id = read<QString>(map, "id", prefix, problems),
        .kind = readEnum(map, "kind", prefix, problems, kindNames),
        .term = readTerm(map, { "years", "months", "days" }, prefix, problems),
        .offenceSection = read<QString>(map, "offenceSection", prefix, problems),
        .relation = readEnum(map, "relation", prefix, problems, relationNames),
        .consecutiveTo = read<QString>(map, "consecutiveTo", prefix, problems),
        .fineRupees = read<qint64>(map, "fineRupees", prefix, problems),
        .defaultTerm = readTerm(map, { "defaultYears", "defaultMonths", "defaultDays" }, prefix, problems),
        .finePaid = read<bool>(map, "finePaid", prefix, problems),
    };
}

QCborMap remissionToCbor(const Remission &remission)
{
    return QCborMap {
        { QLatin1String("date"), dateToCbor(remission.date) },
        { QLatin1String("days"), remission.days },
        { QLatin1String("authority"), remission.authority },
        { QLatin1String("excludedForSexOffences"), remission.excludedForSexOffences },
    };
}

Remission remissionFromCbor(const QCborMap &map, const QString &prefix, QList<FieldError> &problems)
{
    return Remission {
        .date = read<QDate>(map, "date", prefix, problems),
        .days = read<int>(map, "days", prefix, problems),
        .authority = read<QString>(map, "authority", prefix, problems),
        .excludedForSexOffences = read<bool>(map, "excludedForSexOffences", prefix, problems),
    };
}

} // namespace

QCborMap toCbor(const Sentence &sentence)
{
    QCborArray components;
    for (const SentenceComponent &component : sentence.components)
        components << componentToCbor(component);
    QCborArray remissions;
    for (const Remission &remission : sentence.remissions)
        remissions << remissionToCbor(remission);
    return QCborMap {
        { QLatin1String("id"), sentence.id },
        { QLatin1String("convictionId"), sentence.convictionId },
        { QLatin1String("startDate"), dateToCbor(sentence.startDate) },
        { QLatin1String("components"), components },
        { QLatin1String("preTrialCustodyDays"), sentence.preTrialCustodyDays },
        { QLatin1String("remissions"), remissions },
    };
}

Result<Sentence> sentenceFromCbor(const QCborMap &map)
{
    QList<FieldError> problems;
    Sentence sentence {
        .id = read<QString>(map, "id", {}, problems),
        .convictionId = read<QString>(map, "convictionId", {}, problems),
        .startDate = read<QDate>(map, "startDate", {}, problems),
        .components = readList(map, "components", problems, &componentFromCbor),
        .preTrialCustodyDays = read<int>(map, "preTrialCustodyDays", {}, problems),
        .remissions = readList(map, "remissions", problems, &remissionFromCbor),
    };
    if (problems.isEmpty())
        return sentence;

    QStringList lines;
    for (const FieldError &problem : std::as_const(problems))
        lines << problem.message;
    return fail(Error { ErrorCode::Corrupt,
        QCoreApplication::translate("Nigran::Models::Sentence", "The stored sentence record is damaged:\n%1")
            .arg(lines.join(QLatin1Char('\n'))),
        std::move(problems) });
}

} // namespace Nigran::Models
