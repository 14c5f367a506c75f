// libFuzzer target: CsvFixParser on arbitrary bytes. See tests/fuzz/CMakeLists.txt and run-fuzzers.sh.
#include "fixinvariants.h"
#include "monitoring/csvfixparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString fileName = QStringLiteral("fuzz.csvfix");
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Nigran::Fuzz::check(
        Nigran::Models::CsvFixParser::parse(bytes, fileName, QStringLiteral("FUZZ")), fileName);
    return 0;
}
