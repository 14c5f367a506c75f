// crashwriter <office directory>
//
// A helper for tst_crashrecovery, which kills it with SIGKILL at random points. It opens the office
// store in the directory (creating it, with an administrator and a prosecutor, on the first run),
// then commits synthetic case files forever. Each commit is one outer Transaction holding a whole
// case file entered through RegisterService: person, case, charge, conviction and sentence (five rows,
// five outbox entries, five audit entries). Record N is tagged so that completeness can be checked:
// the person's description is "Synthetic record N" and the case number is "SC-N", and N counts up
// from the number of people already in the store. After each commit it prints "committed <people>"
// on stdout and flushes, so the parent knows what is durable.

#include "../common/officefixture.h"

#include "security/clock.h"
#include "security/keywrapper.h"
#include "services/office.h"
#include "services/registerservice.h"
#include "services/syntheticregister.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <type_traits>

using namespace Nigran::Models;
using Nigran::Testing::OfficeFixture;

namespace {

[[noreturn]] void die(const char *what, const Error &error)
{
    std::fprintf(stderr, "crashwriter: %s: %s\n", what, qPrintable(error.message));
    std::exit(1);
}

template<typename T> T valueOrDie(Result<T> result, const char *what)
{
    if (!result)
        die(what, result.error());
    if constexpr (!std::is_void_v<T>)
        return std::move(*result);
}

void createOffice(const QString &directory, const Clock &clock)
{
    auto admin = valueOrDie(
        Office::create(directory,
            { OfficeFixture::District, QStringLiteral("District Public Prosecutor, Specimen Office"),
                QStringLiteral("admin"), QStringLiteral("Admin Namoona"), OfficeFixture::Password },
            KdfParams::forTests(), clock),
        "create office");
    valueOrDie(admin->addUser({ QStringLiteral("prosecutor"), QStringLiteral("Prosecutor Namoona"),
                                  Role::Prosecutor, true },
                   OfficeFixture::Password),
        "add prosecutor");
}

/// Enters case file `index` in one outer transaction: everything or nothing.
void writeCaseFile(Office &office, const SyntheticRegister &synthetic, qint64 index)
{
    RegisterService service(office);
    auto tx = valueOrDie(Transaction::begin(office.database()), "begin");
    // Synthetic people may share a birth date and a similar name; that is not what is tested here.
    const QString personId = valueOrDie(
        service.createPerson(synthetic.person(index, OfficeFixture::District), true), "create person");
    SyntheticCaseFile file = synthetic.caseFile(index, personId, OfficeFixture::District);
    const QString caseId = valueOrDie(service.saveCase(personId, file.caseRecord), "save case");
    file.charge.caseId = caseId;
    file.conviction.caseId = caseId;
    valueOrDie(service.saveCharge(file.charge), "save charge");
    file.sentence.convictionId = valueOrDie(service.saveConviction(file.conviction), "save conviction");
    valueOrDie(service.saveSentence(personId, file.sentence), "save sentence");
    valueOrDie(tx.commit(), "commit");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: crashwriter <office directory>\n");
        return 2;
    }
    const QString directory = arguments.at(1);
    const Clock &clock = Clock::system();
    if (!Office::exists(directory))
        createOffice(directory, clock);
    auto office = valueOrDie(Office::unlock(directory, QStringLiteral("prosecutor"), OfficeFixture::Password,
                                 KdfParams::forTests(), clock),
        "unlock");
    qint64 next = valueOrDie(office->database().queryInt("SELECT count(*) FROM persons"), "count people");
    const SyntheticRegister synthetic(1);
    for (;;) {
        writeCaseFile(*office, synthetic, next);
        ++next;
        std::printf("committed %lld\n", static_cast<long long>(next));
        std::fflush(stdout);
    }
}
