// Each kernel is compiled three times — for AVX-512, AVX2 and the baseline x86-64 (SSE2) — and the
// processor chooses one when the program loads (`target_clones`, a GNU ifunc). Swift code is compiled
// for the baseline only, where loops handle two Doubles per instruction instead of four or eight.
//
// Every file sets `#pragma STDC FP_CONTRACT OFF`: no fused multiply-adds, so every width rounds as
// the Swift engine's scalar definitions do (and the results do not depend on the processor).
#ifndef SWIFTGRAD_CLONES_H
#define SWIFTGRAD_CLONES_H

#if defined(__x86_64__) && defined(__linux__)
#define SWIFTGRAD_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define SWIFTGRAD_CLONES
#endif

/// Four Doubles, loaded from and stored to addresses aligned to 8 bytes only.
typedef double swiftgrad_v4 __attribute__((vector_size(32), aligned(8)));

#endif
