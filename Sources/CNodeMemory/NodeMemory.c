// Everything is inline in include/NodeMemory.h; SwiftPM needs one source file per C target.
#include "NodeMemory.h"
