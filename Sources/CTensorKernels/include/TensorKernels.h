// Element-wise tensor kernels compiled for several vector widths (see TensorKernels.c), imported
// into Swift as module CTensorKernels.
#ifndef SWIFTGRAD_TENSOR_KERNELS_H
#define SWIFTGRAD_TENSOR_KERNELS_H

/// y[i] = e^x[i] for i < n; the same values as `FastExp.exp` (Swift), bit for bit.
void swiftgrad_exp_array(const double *x, double *y, long n);

/// y[i] = 1 / (1 + e^−x[i]) for i < n, with the same exponential.
void swiftgrad_sigmoid_array(const double *x, double *y, long n);

#endif
