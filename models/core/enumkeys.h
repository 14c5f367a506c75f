#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Nigran::Models {

/// A stable machine name for an enum value (what the database and the wire store).
template<typename E> struct EnumKey
{
    E value;
    const char *key;
};

template<typename E, std::size_t N> QString keyOf(const EnumKey<E> (&keys)[N], E value)
{
    for (const EnumKey<E> &entry : keys)
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    return {};
}

template<typename E, std::size_t N> std::optional<E> valueOf(const EnumKey<E> (&keys)[N], const QString &key)
{
    for (const EnumKey<E> &entry : keys)
        if (key == QLatin1String(entry.key))
            return entry.value;
    return std::nullopt;
}

template<typename E, std::size_t N> QList<E> valuesOf(const EnumKey<E> (&keys)[N])
{
    QList<E> values;
    for (const EnumKey<E> &entry : keys)
        values << entry.value;
    return values;
}

} // namespace Nigran::Models
