// Matrix products too small for BLAS (a lesson's 100×2·2×4 and its backward products): BLAS's
// argument checks, packing and dispatch cost more than such a product. Every element is summed in a
// fixed order, whatever the vector width:
// - B read along its rows (n ≥ 2, not transposed): C(i, j) = Σₚ A(i, p)·B(p, j) added in order of p
//   from 0, four or more columns of C at a time;
// - otherwise each element is a dot product: with four running sums (p mod 4, the rest into the
//   first, then (s0 + s1) + (s2 + s3)) when both rows are contiguous, else one running sum.
#include "TensorKernels.h"
#include "Clones.h"
#include <string.h>

#pragma STDC FP_CONTRACT OFF

#define LOAD4(p) (*(const swiftgrad_v4 *)(p))
#define STORE4(p, v) (*(swiftgrad_v4 *)(p) = (v))

static inline __attribute__((always_inline)) double dot_strided(const double *x, long sx, const double *y, long sy, long k) {
    double s = 0;
    for (long p = 0; p < k; p++) s += x[p * sx] * y[p * sy];
    return s;
}

// Lane r of the vector is the running sum of the products p ≡ r (mod 4).
static inline __attribute__((always_inline)) double dot_contiguous(const double *x, const double *y, long k) {
    swiftgrad_v4 s = {0, 0, 0, 0};
    long p = 0;
    for (; p + 4 <= k; p += 4) s += LOAD4(x + p) * LOAD4(y + p);
    double s0 = s[0];
    for (; p < k; p++) s0 += x[p] * y[p];
    return (s0 + s[1]) + (s[2] + s[3]);
}

// C (+)= A·B for a B of four columns: one vector per row of C. Called with k a constant for the
// lesson's shapes, so the loop over p unrolls and B stays in registers.
static inline __attribute__((always_inline)) void rows_times_four_columns(long m, long k, const double *a, long ai, long ap,
                                           const double *b, double *c, int accumulate) {
    for (long i = 0; i < m; i++) {
        const double *arow = a + i * ai;
        swiftgrad_v4 t = {0, 0, 0, 0};
        for (long p = 0; p < k; p++) t += arow[p * ap] * LOAD4(b + p * 4);
        if (accumulate) t = LOAD4(c + i * 4) + t;
        STORE4(c + i * 4, t);
    }
}

// C (+)= A·B for B row-major k×n: row i of C gathers rows p of B scaled by A(i, p).
static inline __attribute__((always_inline)) void rows_times_matrix(long m, long n, long k, const double *a, long ai, long ap,
                                     const double *b, double *c, int accumulate) {
    if (n == 4) {
        switch (k) {
        case 1: rows_times_four_columns(m, 1, a, ai, ap, b, c, accumulate); return;
        case 2: rows_times_four_columns(m, 2, a, ai, ap, b, c, accumulate); return;
        case 4: rows_times_four_columns(m, 4, a, ai, ap, b, c, accumulate); return;
        default: rows_times_four_columns(m, k, a, ai, ap, b, c, accumulate); return;
        }
    }
    enum { chunk = 32 };
    double t[chunk];
    for (long i = 0; i < m; i++) {
        const double *arow = a + i * ai;
        double *ci = c + i * n;
        for (long j0 = 0; j0 < n; j0 += chunk) {
            long len = n - j0 < chunk ? n - j0 : chunk;
            for (long j = 0; j < len; j++) t[j] = 0;
            for (long p = 0; p < k; p++) {
                double x = arow[p * ap];
                const double *brow = b + p * n + j0;
                for (long j = 0; j < len; j++) t[j] += x * brow[j];
            }
            if (accumulate) {
                for (long j = 0; j < len; j++) ci[j0 + j] += t[j];
            } else {
                memcpy(ci + j0, t, (size_t)len * sizeof(double));
            }
        }
    }
}

// C (+)= A·b for contiguous rows of A (m×k) and one column b: a dot product per row.
static inline __attribute__((always_inline)) void rows_dot_column(long m, long k, const double *a, const double *b, double *c, int accumulate) {
    long i = 0;
    if (k == 4) {
        // Four rows at a time (a layer's 100×4 activations times a 4×1 weight): the products
        // transposed in registers so that lane r of S_p holds row r's product p, then the same
        // (0 + p0 + 0 + p1) + (0 + p2 + 0 + p3) as dot_contiguous, for four rows in one vector.
        swiftgrad_v4 bv = LOAD4(b), zero = {0, 0, 0, 0};
        for (; i + 4 <= m; i += 4) {
            swiftgrad_v4 p0 = LOAD4(a + i * 4) * bv, p1 = LOAD4(a + i * 4 + 4) * bv;
            swiftgrad_v4 p2 = LOAD4(a + i * 4 + 8) * bv, p3 = LOAD4(a + i * 4 + 12) * bv;
            swiftgrad_v4 t0 = __builtin_shufflevector(p0, p1, 0, 4, 2, 6), t1 = __builtin_shufflevector(p0, p1, 1, 5, 3, 7);
            swiftgrad_v4 t2 = __builtin_shufflevector(p2, p3, 0, 4, 2, 6), t3 = __builtin_shufflevector(p2, p3, 1, 5, 3, 7);
            swiftgrad_v4 s0 = zero + __builtin_shufflevector(t0, t2, 0, 1, 4, 5), s1 = zero + __builtin_shufflevector(t1, t3, 0, 1, 4, 5);
            swiftgrad_v4 s2 = zero + __builtin_shufflevector(t0, t2, 2, 3, 6, 7), s3 = zero + __builtin_shufflevector(t1, t3, 2, 3, 6, 7);
            swiftgrad_v4 r = (s0 + s1) + (s2 + s3);
            STORE4(c + i, accumulate ? LOAD4(c + i) + r : r);
        }
    }
    for (; i < m; i++) {
        double s = dot_contiguous(a + i * k, b, k);
        c[i] = accumulate ? c[i] + s : s;
    }
}

SWIFTGRAD_CLONES
void swiftgrad_small_gemm(long m, long n, long k, const double *a, int ta, const double *b, int tb,
                          double *c, int accumulate) {
    // A(i, p) = a[i·ai + p·ap], B(p, j) = b[p·bp + j·bj].
    long ai = ta ? 1 : k, ap = ta ? m : 1, bp = tb ? 1 : n, bj = tb ? k : 1;
    if (n >= 2 && !tb) {
        rows_times_matrix(m, n, k, a, ai, ap, b, c, accumulate);
        return;
    }
    if (n == 1 && ap == 1) {
        switch (k) {
        case 4: rows_dot_column(m, 4, a, b, c, accumulate); return;
        default: rows_dot_column(m, k, a, b, c, accumulate); return;
        }
    }
    for (long i = 0; i < m; i++) {
        const double *arow = a + i * ai;
        for (long j = 0; j < n; j++) {
            const double *bcol = b + j * bj;
            double s = ap == 1 && bp == 1 ? dot_contiguous(arow, bcol, k) : dot_strided(arow, ap, bcol, bp, k);
            c[i * n + j] = accumulate ? c[i * n + j] + s : s;
        }
    }
}
