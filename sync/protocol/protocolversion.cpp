#include "protocol/protocolversion.h"
