// Element-wise arithmetic over the broadcast layouts that need no index arithmetic, a transpose, and
// sums down the columns of a matrix. Each result element is computed as the Swift definitions
// compute it (one IEEE operation, or a sum in order down its column), so every width gives the same bits.
#include "TensorKernels.h"
#include "Clones.h"

#pragma STDC FP_CONTRACT OFF

#define SWIFTGRAD_LAYOUT_LOOPS(OP)                                                        \
    switch (layout) {                                                                     \
    case SWIFTGRAD_SAME:                                                                  \
        for (long i = 0; i < count; i++) out[i] = a[i] OP b[i];                           \
        break;                                                                            \
    case SWIFTGRAD_SCALAR_A: {                                                            \
        double x = a[0];                                                                  \
        for (long i = 0; i < count; i++) out[i] = x OP b[i];                              \
        break;                                                                            \
    }                                                                                     \
    case SWIFTGRAD_SCALAR_B: {                                                            \
        double y = b[0];                                                                  \
        for (long i = 0; i < count; i++) out[i] = a[i] OP y;                              \
        break;                                                                            \
    }                                                                                     \
    case SWIFTGRAD_ROW_B:                                                                 \
        if (row == 4) {                                                                   \
            swiftgrad_v4 y = *(const swiftgrad_v4 *)b;                                    \
            for (long i = 0; i + 4 <= count; i += 4)                                      \
                *(swiftgrad_v4 *)(out + i) = *(const swiftgrad_v4 *)(a + i) OP y;         \
        } else {                                                                          \
            for (long i = 0; i < count; i += row)                                         \
                for (long j = 0; j < row; j++) out[i + j] = a[i + j] OP b[j];             \
        }                                                                                 \
        break;                                                                            \
    }

SWIFTGRAD_CLONES
void swiftgrad_binary(int op, int layout, const double *a, const double *b, double *out, long count, long row) {
    switch (op) {
    case SWIFTGRAD_ADD: SWIFTGRAD_LAYOUT_LOOPS(+) break;
    case SWIFTGRAD_SUBTRACT: SWIFTGRAD_LAYOUT_LOOPS(-) break;
    case SWIFTGRAD_MULTIPLY: SWIFTGRAD_LAYOUT_LOOPS(*) break;
    default: SWIFTGRAD_LAYOUT_LOOPS(/) break;
    }
}

#define SHUFFLE(a, b, ...) __builtin_shufflevector(a, b, __VA_ARGS__)

SWIFTGRAD_CLONES
void swiftgrad_transpose(const double *x, long m, long n, double *y) {
    long i0 = 0;
    if (n == 4) {
        // Blocks of 4×4 transposed in registers (a layer's 100×4 activations).
        for (; i0 + 4 <= m; i0 += 4) {
            const swiftgrad_v4 *r = (const swiftgrad_v4 *)(x + i0 * 4);
            swiftgrad_v4 r0 = r[0], r1 = r[1], r2 = r[2], r3 = r[3];
            swiftgrad_v4 t0 = SHUFFLE(r0, r1, 0, 4, 2, 6), t1 = SHUFFLE(r0, r1, 1, 5, 3, 7);
            swiftgrad_v4 t2 = SHUFFLE(r2, r3, 0, 4, 2, 6), t3 = SHUFFLE(r2, r3, 1, 5, 3, 7);
            *(swiftgrad_v4 *)(y + i0) = SHUFFLE(t0, t2, 0, 1, 4, 5);
            *(swiftgrad_v4 *)(y + m + i0) = SHUFFLE(t1, t3, 0, 1, 4, 5);
            *(swiftgrad_v4 *)(y + 2 * m + i0) = SHUFFLE(t0, t2, 2, 3, 6, 7);
            *(swiftgrad_v4 *)(y + 3 * m + i0) = SHUFFLE(t1, t3, 2, 3, 6, 7);
        }
    } else if (n == 2) {
        // Four rows of two (a 100×2 data matrix) as two vectors, split into the two columns.
        for (; i0 + 4 <= m; i0 += 4) {
            const swiftgrad_v4 *r = (const swiftgrad_v4 *)(x + i0 * 2);
            swiftgrad_v4 a = r[0], b = r[1];
            *(swiftgrad_v4 *)(y + i0) = SHUFFLE(a, b, 0, 2, 4, 6);
            *(swiftgrad_v4 *)(y + m + i0) = SHUFFLE(a, b, 1, 3, 5, 7);
        }
    }
    if (i0 > 0) {
        for (long i = i0; i < m; i++)
            for (long j = 0; j < n; j++) y[j * m + i] = x[i * n + j];
        return;
    }
    if (m >= n) {
        // Along the long side: a 100×4 matrix is four passes of 100, not a hundred of 4.
        for (long j = 0; j < n; j++) {
            double *row = y + j * m;
            for (long i = 0; i < m; i++) row[i] = x[i * n + j];
        }
    } else {
        for (long i = 0; i < m; i++) {
            const double *row = x + i * n;
            for (long j = 0; j < n; j++) y[j * m + i] = row[j];
        }
    }
}

SWIFTGRAD_CLONES
void swiftgrad_column_sums(const double *x, long rows, long columns, double *y) {
    if (columns == 1) {
        double v = 0;
        for (long l = 0; l < rows; l++) v += x[l];
        y[0] = v;
        return;
    }
    if (columns == 4) {
        swiftgrad_v4 v = {0, 0, 0, 0};
        for (long l = 0; l < rows; l++) v += *(const swiftgrad_v4 *)(x + l * 4);
        *(swiftgrad_v4 *)y = v;
        return;
    }
    for (long j = 0; j < columns; j++) y[j] = 0;
    for (long l = 0; l < rows; l++) {
        const double *row = x + l * columns;
        for (long j = 0; j < columns; j++) y[j] += row[j];
    }
}
