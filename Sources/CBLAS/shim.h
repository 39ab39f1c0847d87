// The CBLAS interface of Debian's OpenBLAS (cblas_dgemm, openblas_set_num_threads), imported into
// Swift as module CBLAS. The include path comes from `pkg-config openblas`.
#include <cblas.h>
