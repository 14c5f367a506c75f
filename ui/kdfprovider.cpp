#include "kdfprovider.h"

#include <QThread>

#include <mutex>

namespace Nigran::Gui {

bool KdfProvider::isFastForTests()
{
    return qEnvironmentVariableIntValue("NIGRAN_TEST_FAST_KDF") == 1;
}

Models::KdfParams KdfProvider::params()
{
    if (isFastForTests())
        return Models::KdfParams::forTests();
    static std::once_flag calibrated;
    static Models::KdfParams measured;
    std::call_once(calibrated, [] { measured = Models::KdfParams::calibrate(TargetMilliseconds); });
    return measured;
}

void KdfProvider::prepareInBackground()
{
    if (isFastForTests())
        return;
    QThread *thread = QThread::create([] { (void)params(); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

} // namespace Nigran::Gui
