#ifndef SWIFTGRAD_NODE_MEMORY_H
#define SWIFTGRAD_NODE_MEMORY_H

// What the scalar engine (Sources/Autodiff/Scalar/Storage) needs below Swift: reference counting
// without atomics and prefetching.
//
// Nodes belong to one thread at a time, so their reference counts need no atomic instructions
// (see NodePool.swift). The Swift runtime exports its non-atomic entry points as C functions;
// calling them through this header replaces `@_silgen_name` on runtime symbols, which Swift 6.3
// warns "will become an error".

/// The Swift runtime's reference-count increment without the atomic instruction; returns `object`.
extern void *swift_nonatomic_retain(void *object);
/// The Swift runtime's reference-count decrement without the atomic instruction (deinitialises the
/// object when the count reaches zero, as `swift_release` does).
extern void swift_nonatomic_release(void *object);

static inline void *sg_nonatomic_retain(void *object) { return swift_nonatomic_retain(object); }
static inline void sg_nonatomic_release(void *object) { swift_nonatomic_release(object); }

/// Starts loading the cache line at `address` (read, keep in all levels); never faults.
static inline void sg_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }

/// Starts loading the cache line at `address` to be written.
static inline void sg_prefetch_for_write(const void *address) { __builtin_prefetch(address, 1, 3); }

#endif
