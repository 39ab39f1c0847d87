// Tensor kernels compiled for several vector widths (see Clones.h), imported into Swift as module
// CTensorKernels: exp and sigmoid, element-wise arithmetic, transposes, column sums, small products.
#ifndef SWIFTGRAD_TENSOR_KERNELS_H
#define SWIFTGRAD_TENSOR_KERNELS_H

/// y[i] = e^x[i] for i < n; the same values as `FastExp.exp` (Swift), bit for bit.
void swiftgrad_exp_array(const double *x, double *y, long n);

/// y[i] = 1 / (1 + e^−x[i]) for i < n, with the same exponential.
void swiftgrad_sigmoid_array(const double *x, double *y, long n);

/// The operations of `swiftgrad_binary`.
enum { SWIFTGRAD_ADD, SWIFTGRAD_SUBTRACT, SWIFTGRAD_MULTIPLY, SWIFTGRAD_DIVIDE };

/// How the operands of `swiftgrad_binary` map onto its result of `count` elements: equal shapes;
/// a one-element a or b; b one row of `row` elements repeated down a (the bias add).
enum { SWIFTGRAD_SAME, SWIFTGRAD_SCALAR_A, SWIFTGRAD_SCALAR_B, SWIFTGRAD_ROW_B };

/// out[i] = a[ia] op b[ib] for every result element i under `layout`.
void swiftgrad_binary(int op, int layout, const double *a, const double *b, double *out, long count, long row);

/// y (n×m) = xᵀ for a row-major m×n matrix x.
void swiftgrad_transpose(const double *x, long m, long n, double *y);

/// y[j] = Σ over the rows of x (rows × columns, row-major) of x[l][j], added in order of l.
void swiftgrad_column_sums(const double *x, long rows, long columns, double *y);

/// C (+= when `accumulate`) = op(A)·op(B): A is m×k (stored k×m when `ta`), B k×n (n×k when `tb`),
/// C m×n, all row-major; the order of the additions is fixed (SmallProducts.c).
void swiftgrad_small_gemm(long m, long n, long k, const double *a, int ta, const double *b, int tb,
                          double *c, int accumulate);

/// Per-thread slots of the tensor engine's recycling stores (element arrays, shapes), unretained:
/// one load each, where pthread_getspecific is a library call per tensor operation.
enum { SWIFTGRAD_TENSOR_SLOTS = 2 };
extern _Thread_local void *swiftgrad_tensor_slots[SWIFTGRAD_TENSOR_SLOTS];

static inline __attribute__((always_inline)) void *swiftgrad_get_tensor_slot(int slot) {
    return swiftgrad_tensor_slots[slot];
}
static inline __attribute__((always_inline)) void swiftgrad_set_tensor_slot(int slot, void *value) {
    swiftgrad_tensor_slots[slot] = value;
}
/// Empties the slots holding `value` (its store is being freed as the thread ends: a tensor freed
/// after that makes a new store instead of using the old one).
static inline void swiftgrad_clear_tensor_slots_holding(void *value) {
    for (int i = 0; i < SWIFTGRAD_TENSOR_SLOTS; i++) {
        if (swiftgrad_tensor_slots[i] == value) swiftgrad_tensor_slots[i] = 0;
    }
}

#endif
