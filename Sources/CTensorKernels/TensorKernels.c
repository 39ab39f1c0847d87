// The exponential of Sources/Autodiff/Tensor/FastExp.swift, operation for operation, as loops built
// for several vector widths (Clones.h); every width rounds exactly as the Swift version.
#include "TensorKernels.h"
#include "Clones.h"
#include <stdint.h>
#include <string.h>

#pragma STDC FP_CONTRACT OFF

static inline double fast_exp(double x) {
    const double shifter = 6755399441055744.0;  // 1.5·2⁵²
    double xc = x < -708.39 ? -708.39 : (x > 709.78 ? 709.78 : x);
    double t = xc * 1.4426950408889634 + shifter;
    double k = t - shifter;
    double r = (xc - k * 0.6931471803691238) - k * 1.9082149292705877e-10;
    double p = 1.0 / 6227020800.0;
    p = p * r + 1.0 / 479001600.0;
    p = p * r + 1.0 / 39916800.0;
    p = p * r + 1.0 / 3628800.0;
    p = p * r + 1.0 / 362880.0;
    p = p * r + 1.0 / 40320.0;
    p = p * r + 1.0 / 5040.0;
    p = p * r + 1.0 / 720.0;
    p = p * r + 1.0 / 120.0;
    p = p * r + 1.0 / 24.0;
    p = p * r + 1.0 / 6.0;
    p = p * r + 0.5;
    p = p * r + 1.0;
    p = p * r + 1.0;
    int64_t bits;
    memcpy(&bits, &t, sizeof bits);
    int64_t k0 = (bits & 0xFFFFFFFFFFFFFLL) - (1LL << 51);
    int64_t k1 = k0 >> 1, k2 = k0 - k1;
    uint64_t b1 = (uint64_t)(k1 + 1023) << 52, b2 = (uint64_t)(k2 + 1023) << 52;
    double s1, s2;
    memcpy(&s1, &b1, sizeof s1);
    memcpy(&s2, &b2, sizeof s2);
    double y = p * s1 * s2;
    y = x > 709.78 ? __builtin_inf() : y;
    y = x < -708.39 ? 0.0 : y;
    return x != x ? x : y;
}

SWIFTGRAD_CLONES
void swiftgrad_exp_array(const double *x, double *y, long n) {
    // Four vectors per iteration: each element's polynomial is one long chain of dependent
    // multiply-adds, and interleaving four chains keeps the units busy (sigmoid on 100×4: 1.9 ->
    // 1.45 ns per element with AVX-512); every element is computed as before.
    #pragma clang loop interleave_count(4)
    for (long i = 0; i < n; i++) y[i] = fast_exp(x[i]);
}

SWIFTGRAD_CLONES
void swiftgrad_sigmoid_array(const double *x, double *y, long n) {
    #pragma clang loop interleave_count(4)
    for (long i = 0; i < n; i++) y[i] = 1.0 / (1.0 + fast_exp(-x[i]));
}
