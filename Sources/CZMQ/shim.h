// The libzmq C API, imported into Swift as module CZMQ.
#include <zmq.h>
