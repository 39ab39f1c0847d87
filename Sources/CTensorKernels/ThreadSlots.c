// The engine's per-thread stores (see include/TensorKernels.h).
#include "TensorKernels.h"

_Thread_local void *swiftgrad_tensor_slots[SWIFTGRAD_TENSOR_SLOTS];
