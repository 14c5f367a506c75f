#pragma once

#include "core/result.h"
#include "domain/address.h"
#include "domain/caserecord.h"
#include "domain/charge.h"
#include "domain/conviction.h"
#include "domain/custodyevent.h"
#include "domain/districtlist.h"
#include "domain/monitoringorder.h"
#include "domain/offence.h"
#include "domain/person.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <type_traits>

namespace Nigran::Models {

/// CBOR encoding of the register's records, for the store and the sync protocol: toCbor() and
/// <record>FromCbor() below, with RecordCodec holding the shared reading machinery.
///
/// Format: a record is a CBOR map keyed by short text keys equal to the struct member names
/// ("nameLatin", "firDate"); Offence and District use the keys of the catalogue JSON files (offences:
/// "life", "death", "registrable", "unsure" for the four flags). Values:
/// - text → text string; bytes (photo) → byte string; bool → true/false; int → integer;
/// - enum → its integer value (every stored enum has fixed values that are never renumbered);
/// - date → text "YYYY-MM-DD";
/// - nested struct → map; QList / QStringList → array;
/// - a null date or an empty std::optional is left out (null is read as left out too).
/// Decoding requires every other key, ignores unknown keys (a newer writer may add some) and fails with
/// ErrorCode::Corrupt naming where and the key path ("Person record: addresses[1].validFrom: must be a
/// date (YYYY-MM-DD)"). It checks form, not content: RecordValidator checks content.
class RecordCodec
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::RecordCodec)

public:
    /// Reads typed values from a CBOR map, keeping the first problem with its key path.
    /// Also used for the catalogue files (converted from JSON) and for records nested in larger
    /// documents.
    class Reader
    {
        Q_DECLARE_TR_FUNCTIONS(Nigran::Models::RecordCodec)

    public:
        enum class Presence
        {
            Required,
            Optional
        };

        explicit Reader(const QCborMap &map);

        /// The key is present and not null.
        bool has(QLatin1String key) const;
        QString text(QLatin1String key);
        std::optional<QString> optionalText(QLatin1String key);
        bool boolean(QLatin1String key);
        int integer(QLatin1String key, int min, int max);
        /// An enum stored as its integer value, from 0 to `last`.
        template<typename E> E enumeration(QLatin1String key, E last)
        {
            return static_cast<E>(integer(key, 0, int(last)));
        }
        /// A null QDate when the key is left out and `presence` allows it.
        QDate date(QLatin1String key, Presence presence = Presence::Optional);
        QByteArray bytes(QLatin1String key);
        QStringList texts(QLatin1String key);

        /// A nested map, read by `read(Reader &)`.
        template<typename F> auto object(QLatin1String key, F read)
        {
            Reader nested = child(key);
            return read(nested);
        }
        template<typename F>
        auto optionalObject(QLatin1String key, F read) -> std::optional<std::invoke_result_t<F, Reader &>>
        {
            if (!has(key))
                return std::nullopt;
            return object(key, read);
        }
        /// An array of maps, each read by `read(Reader &)`.
        template<typename F> auto list(QLatin1String key, F read)
        {
            QList<std::invoke_result_t<F, Reader &>> result;
            const QCborArray items = field(key, &QCborValue::isArray, tr("a list")).toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                Reader item(items.at(i).toMap(), m_problem, itemPath(key, i));
                if (!items.at(i).isMap())
                    item.rejectPath(item.m_path, tr("must be a map"));
                result.append(read(item));
            }
            return result;
        }

        /// Records a problem with `key` ("must not be less than minYears"), unless one is recorded.
        void reject(QLatin1String key, const QString &problem);
        /// The path of `key` from the top ("editions[1].offences[4].minYears").
        QString path(QLatin1String key) const;
        /// Fails with ErrorCode::Corrupt, "<where>: <path>: <problem>", if a problem was found.
        [[nodiscard]] Result<> result(const QString &where) const;

    private:
        Reader(const QCborMap &map, std::shared_ptr<QString> problem, QString path);
        QCborValue field(QLatin1String key, bool (QCborValue::*hasType)() const, const QString &expected,
            Presence presence = Presence::Required);
        Reader child(QLatin1String key);
        QString itemPath(QLatin1String key, qsizetype index) const;
        void rejectPath(const QString &path, const QString &problem);

        QCborMap m_map;
        std::shared_ptr<QString> m_problem;
        QString m_path;
    };

    /// Parses a JSON document whose top level is an object, as a CBOR map (for Reader).
    /// Fails with ErrorCode::Corrupt naming `where` and the position of a syntax error.
    [[nodiscard]] static Result<QCborMap> mapFromJson(const QByteArray &json, const QString &where);
    /// A data file compiled into nigran_models (":/nigran/catalogue/offences.json"); registers the
    /// library's resources first. Empty when there is no such file.
    static QByteArray readResource(const QString &path);
};

QCborMap toCbor(const Person &person);
QCborMap toCbor(const Address &address);
QCborMap toCbor(const CaseRecord &caseRecord);
QCborMap toCbor(const Charge &charge);
QCborMap toCbor(const Conviction &conviction);
QCborMap toCbor(const CustodyEvent &event);
QCborMap toCbor(const MonitoringOrder &order);
QCborMap toCbor(const Offence &offence);
QCborMap toCbor(const District &district);

/// `where` starts the error message; by default "<Type> record".
[[nodiscard]] Result<Person> personFromCbor(const QCborMap &map, const QString &where = {});
[[nodiscard]] Result<Address> addressFromCbor(const QCborMap &map, const QString &where = {});
[[nodiscard]] Result<CaseRecord> caseRecordFromCbor(const QCborMap &map, const QString &where = {});
[[nodiscard]] Result<Charge> chargeFromCbor(const QCborMap &map, const QString &where = {});
[[nodiscard]] Result<Conviction> convictionFromCbor(const QCborMap &map, const QString &where = {});
[[nodiscard]] Result<CustodyEvent> custodyEventFromCbor(const QCborMap &map, const QString &where = {});
[[nodiscard]] Result<MonitoringOrder> monitoringOrderFromCbor(const QCborMap &map, const QString &where = {});
[[nodiscard]] Result<Offence> offenceFromCbor(const QCborMap &map, const QString &where = {});
[[nodiscard]] Result<District> districtFromCbor(const QCborMap &map, const QString &where = {});

/// The readers behind the functions above, for records nested in a larger document (a catalogue
/// edition, a sync batch): problems are reported with their path into that document.
Person readPerson(RecordCodec::Reader &in);
Address readAddress(RecordCodec::Reader &in);
CaseRecord readCaseRecord(RecordCodec::Reader &in);
Charge readCharge(RecordCodec::Reader &in);
Conviction readConviction(RecordCodec::Reader &in);
CustodyEvent readCustodyEvent(RecordCodec::Reader &in);
MonitoringOrder readMonitoringOrder(RecordCodec::Reader &in);
Offence readOffence(RecordCodec::Reader &in);
District readDistrict(RecordCodec::Reader &in);

} // namespace Nigran::Models
