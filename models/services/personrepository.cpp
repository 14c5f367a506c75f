#include "services/personrepository.h"

#include "domain/namenormalizer.h"
#include "domain/recordcodec.h"
#include "store/database.h"

#include <QCborValue>
#include <QRegularExpression>

#include <string>

namespace Nigran::Models {

namespace {

/// How the free text of a query is read, and which indexed column the list is then ordered by.
struct TextFilter
{
    const char *column = "name_key";
    QString from;
    QString to; ///< exclusive upper bound of the prefix range; empty for an exact FIR match
    bool isFir = false;
};

std::optional<TextFilter> textFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    static const QRegularExpression cnicLike(QStringLiteral("^[0-9][0-9-]*$"));
    static const QRegularExpression arabicScript(QStringLiteral("[\\x{0600}-\\x{06FF}]"));
    const auto prefix = [](const char *column, const QString &key) {
        return TextFilter { column, key, key + QChar(0xFFFF), false };
    };
    if (trimmed.contains(QLatin1Char('/')))
        return TextFilter { "name_key", PersonRepository::firKey(trimmed), {}, true };
    if (cnicLike.match(trimmed).hasMatch())
        return prefix("cnic", QString(trimmed).remove(QLatin1Char('-')));
    if (arabicScript.match(trimmed).hasMatch())
        return prefix("urdu_key", NameNormalizer::urduKey(trimmed));
    return prefix("name_key", NameNormalizer::searchKey(trimmed));
}

struct QueryClauses
{
    std::string where = " WHERE deleted = 0";
    QVariantList values;
    const char *orderColumn = "name_key";
};

QueryClauses clausesFor(const PersonQuery &query)
{
    QueryClauses clauses;
    switch (query.order) {
    case PersonOrder::Name:
        clauses.orderColumn = "name_key";
        break;
    case PersonOrder::UrduName:
        clauses.orderColumn = "urdu_key";
        break;
    case PersonOrder::Cnic:
        clauses.orderColumn = "ifnull(cnic, '')";
        break;
    case PersonOrder::ExpectedRelease:
        clauses.orderColumn = "ifnull(expected_release, '')";
        break;
    }
    const auto add = [&](const char *condition, const QVariant &value) {
        clauses.where += std::string(" AND ") + condition;
        clauses.values << value;
    };
    if (!query.includeSealed)
        clauses.where += " AND sealed = 0";
    if (query.status)
        add("status = ?", RegisterWorkflow::key(*query.status));
    if (!query.district.isEmpty())
        add("district = ?", query.district);
    if (query.releaseFrom.isValid())
        add("expected_release >= ?", query.releaseFrom);
    if (query.releaseTo.isValid())
        add("expected_release <= ?", query.releaseTo);
    if (const auto text = textFilter(query.text)) {
        if (text->isFir) {
            add("id IN (SELECT person_id FROM cases WHERE fir_key = ? AND deleted = 0)", text->from);
        } else {
            clauses.orderColumn = text->column;
            add((std::string(text->column) + " >= ?").c_str(), text->from);
            add((std::string(text->column) + " < ?").c_str(), text->to);
        }
    }
    return clauses;
}

} // namespace

RecordWrite PersonRepository::row(const Person &person, RegisterStatus status, bool sealed)
{
    return { person.id, person.district,
        { person.cnic ? QVariant(*person.cnic) : QVariant(),
            person.passport ? QVariant(person.passport->number) : QVariant(), person.nameLatin.trimmed(),
            person.nameUrdu.trimmed(), NameNormalizer::searchKey(person.nameLatin),
            NameNormalizer::urduKey(person.nameUrdu), person.birthDate, RegisterWorkflow::key(status),
            sealed },
        QCborValue(toCbor(person)).toCbor() };
}

QString PersonRepository::firKey(const QString &firNumber)
{
    return firNumber.simplified().remove(QLatin1Char(' ')).toUpper();
}

namespace {

/// One statement of a page query with its values (the limit is bound after them).
struct PageStatement
{
    std::string sql;
    QVariantList values;
};

/// The statements a page runs, in order. Keyset paging is two index seeks: the rest of the current
/// sort key (ordered by id), then the keys after it. SQLite 3.15 cannot seek on
/// `(k > ? OR (k = ? AND id > ?))` and walked every earlier row of the range instead, so later pages
/// got slower the further the user scrolled.
QList<PageStatement> pageStatements(const PersonQuery &query, const std::optional<PersonPageKey> &after)
{
    const QueryClauses clauses = clausesFor(query);
    const std::string order = clauses.orderColumn;
    const std::string select = "SELECT id, name_latin, name_urdu, cnic, passport, district, "
                               "birth_date, status, sealed, expected_release, "
        + order + " FROM persons" + clauses.where;
    if (!after)
        return { { select + " ORDER BY " + order + ", id LIMIT ?", clauses.values } };
    PageStatement sameKey { select + " AND " + order + " = ? AND id > ? ORDER BY id LIMIT ?",
        clauses.values };
    sameKey.values << after->sortKey << after->id;
    PageStatement laterKeys { select + " AND " + order + " > ? ORDER BY " + order + ", id LIMIT ?",
        clauses.values };
    laterKeys.values << after->sortKey;
    return { sameKey, laterKeys };
}

/// Runs one page statement and appends its rows to `page`.
Result<> appendRows(Database &db, const PageStatement &statement, int limit, QList<PersonSummary> &page)
{
    auto stmt = db.cached(statement.sql);
    if (!stmt)
        return tl::unexpected(stmt.error());
    Statement &select = **stmt;
    int index = 0;
    for (const QVariant &value : statement.values)
        select.bind(++index, value);
    select.bind(++index, limit);
    for (;;) {
        auto row = select.step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        page << PersonSummary { select.text(0), select.text(1), select.text(2), select.text(3),
            select.text(4), select.text(5), select.date(6),
            RegisterWorkflow::statusFromKey(select.text(7)).value_or(RegisterStatus::Draft),
            select.int64(8) != 0, select.date(9), select.text(10) };
    }
    return {};
}

} // namespace

Result<QList<PersonSummary>> PersonRepository::search(
    Database &db, const PersonQuery &query, const std::optional<PersonPageKey> &after, int limit)
{
    QList<PersonSummary> page;
    for (const PageStatement &statement : pageStatements(query, after)) {
        if (page.size() >= limit)
            break;
        NIGRAN_TRY(appendRows(db, statement, limit - int(page.size()), page));
    }
    return page;
}

Result<QStringList> PersonRepository::queryPlan(
    Database &db, const PersonQuery &query, const std::optional<PersonPageKey> &after)
{
    QStringList plan;
    for (const PageStatement &statement : pageStatements(query, after)) {
        auto stmt = db.prepare("EXPLAIN QUERY PLAN " + statement.sql);
        if (!stmt)
            return tl::unexpected(stmt.error());
        int index = 0;
        for (const QVariant &value : statement.values)
            stmt->bind(++index, value);
        stmt->bind(++index, 1);
        for (;;) {
            auto row = stmt->step();
            if (!row)
                return tl::unexpected(row.error());
            if (!*row)
                break;
            plan << stmt->text(3);
        }
    }
    return plan;
}

Result<qint64> PersonRepository::count(Database &db, const PersonQuery &query)
{
    const QueryClauses clauses = clausesFor(query);
    auto stmt = db.cached("SELECT count(*) FROM persons" + clauses.where);
    if (!stmt)
        return tl::unexpected(stmt.error());
    int index = 0;
    for (const QVariant &value : clauses.values)
        (*stmt)->bind(++index, value);
    auto row = (*stmt)->step();
    if (!row)
        return tl::unexpected(row.error());
    const qint64 total = (*stmt)->int64(0);
    return total;
}

Result<qint64> PersonRepository::countUpTo(Database &db, const PersonQuery &query, qint64 cap)
{
    const QueryClauses clauses = clausesFor(query);
    auto stmt = db.cached("SELECT count(*) FROM (SELECT 1 FROM persons" + clauses.where + " LIMIT ?)");
    if (!stmt)
        return tl::unexpected(stmt.error());
    int index = 0;
    for (const QVariant &value : clauses.values)
        (*stmt)->bind(++index, value);
    (*stmt)->bind(++index, qMax<qint64>(0, cap) + 1);
    auto row = (*stmt)->step();
    if (!row)
        return tl::unexpected(row.error());
    const qint64 total = (*stmt)->int64(0);
    return total;
}

Result<QStringList> PersonRepository::districts(Database &db)
{
    auto stmt = db.cached(
        "SELECT DISTINCT district FROM persons WHERE deleted = 0 AND sealed = 0 ORDER BY district");
    if (!stmt)
        return tl::unexpected(stmt.error());
    QStringList codes;
    for (;;) {
        auto row = (*stmt)->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        codes << (*stmt)->text(0);
    }
    return codes;
}

} // namespace Nigran::Models
