// nigran-centre: composition root of the centre. The commands (pki, serve, status) live in
// Nigran::Sync::CentreCommand; serve wires the sync endpoints of CentreService into CentreServer.
#include "server/centrecommand.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nigran-centre"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NIGRAN_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    Nigran::Sync::CentreCommand command(out, err);
    return command.run(QCoreApplication::arguments().mid(1));
}
