// The thread-local slots declared in include/ScriptThread.h.
#include "ScriptThread.h"

_Thread_local void *swiftgrad_current_runtime;
_Thread_local void *swiftgrad_current_heap;
_Thread_local long swiftgrad_value_nesting;
