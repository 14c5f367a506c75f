// nigran-centre: composition root of the centre (pki, serve, status). Commands are being built.
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nigran-centre"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NIGRAN_VERSION));
    QTextStream(stderr) << "usage: nigran-centre pki|serve|status …\n";
    return 2;
}
