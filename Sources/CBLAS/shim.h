// The few functions Swiftgrad calls in Debian's BLIS (libblis.so.4, apt libblis-serial-dev): its CBLAS
// dgemm and its own set-up calls, imported into Swift as module CBLAS. Declared here rather than by
// including blis.h, which defines feature macros before the C library's headers and so gives them
// definitions that clash with Swift's Glibc module (struct tm).
#include <stdint.h>

enum CBLAS_ORDER { CblasRowMajor = 101, CblasColMajor = 102 };
enum CBLAS_TRANSPOSE { CblasNoTrans = 111, CblasTrans = 112, CblasConjTrans = 113 };

// C = alpha·op(A)·op(B) + beta·C (BLIS's CBLAS, 32-bit integers as Debian builds it).
void cblas_dgemm(enum CBLAS_ORDER order, enum CBLAS_TRANSPOSE transA, enum CBLAS_TRANSPOSE transB,
                 int32_t m, int32_t n, int32_t k, double alpha, const double *a, int32_t lda,
                 const double *b, int32_t ldb, double beta, double *c, int32_t ldc);

void bli_init(void);
void bli_thread_set_num_threads(int64_t n);     // dim_t is 64-bit
const char *bli_info_get_version_str(void);
int bli_arch_query_id(void);                    // arch_t, an enum
const char *bli_arch_string(int arch);

// arch_t's first value (BLIS_ARCH_SKX): the AVX-512 sub-configuration, the value BLIS_ARCH_TYPE takes.
enum { SwiftgradBLISArchSKX = 0 };
