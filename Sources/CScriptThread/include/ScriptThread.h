// Thread-local slots of the language's runtime, imported into Swift as module CScriptThread (Swift
// has no thread-local variables; pthread_getspecific is a library call, these are one load each).
// An interpreter's script thread sets them when it starts and before each cell; other threads see
// NULL / 0.
#ifndef SWIFTGRAD_SCRIPT_THREAD_H
#define SWIFTGRAD_SCRIPT_THREAD_H

/// The `Runtime` whose script work this thread runs (unretained).
extern _Thread_local void *swiftgrad_current_runtime;
/// That runtime's `Heap`, where objects made on this thread are registered (unretained).
extern _Thread_local void *swiftgrad_current_heap;
/// Levels of nested values being printed, compared or hashed on this thread (`ValueNesting`).
extern _Thread_local long swiftgrad_value_nesting;

static inline __attribute__((always_inline)) void *swiftgrad_get_current_runtime(void) {
    return swiftgrad_current_runtime;
}
static inline __attribute__((always_inline)) void *swiftgrad_get_current_heap(void) {
    return swiftgrad_current_heap;
}
static inline __attribute__((always_inline)) void swiftgrad_set_current(void *runtime, void *heap) {
    swiftgrad_current_runtime = runtime;
    swiftgrad_current_heap = heap;
}
static inline __attribute__((always_inline)) long swiftgrad_get_value_nesting(void) {
    return swiftgrad_value_nesting;
}
static inline __attribute__((always_inline)) void swiftgrad_set_value_nesting(long depth) {
    swiftgrad_value_nesting = depth;
}

#endif
