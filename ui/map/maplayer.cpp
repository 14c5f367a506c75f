#include "map/maplayer.h"

namespace Nigran::Gui {

void MapLayer::setVisible(bool visible)
{
    if (visible == m_visible)
        return;
    m_visible = visible;
    emit changed();
}

} // namespace Nigran::Gui
