// Passing over a value of JSON known to be well formed (the bundled report whose digest is the
// verified one): FastDecoder's skip for the sections and fields a command does not read. In C for
// SSE2's compares turned into masks of bits, which Swift's SIMD types do not give.
#include "CBundledReport.h"
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// Past the closing quote of the string whose opening quote is at `at`: the first `"` after it that
// an even number of backslashes precedes. SIZE_MAX when there is none.
static size_t skip_string(const unsigned char *bytes, size_t count, size_t at) {
    size_t i = at + 1;
    while (i < count) {
        const unsigned char *quote = memchr(bytes + i, '"', count - i);
        if (quote == NULL) return SIZE_MAX;
        size_t end = (size_t)(quote - bytes), slashes = 0;
        while (end - slashes > at + 1 && bytes[end - slashes - 1] == '\\') slashes++;
        i = end + 1;
        if (slashes % 2 == 0) return i;
    }
    return SIZE_MAX;
}

// Which of 64 bytes are backslashes, quotes, `{` or `[`, `}` or `]`: bit k for byte k.
typedef struct {
    uint64_t backslashes, quotes, open, close;
} Masks;

#if defined(__SSE2__)
#define MASK16(v, c) ((uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8((v), _mm_set1_epi8(c))))

static inline Masks masks_sse2(const unsigned char *p) {
    Masks m = {0, 0, 0, 0};
    for (int n = 0; n < 4; n++) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * n));
        __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
        m.backslashes |= MASK16(v, '\\') << (16 * n);
        m.quotes |= MASK16(v, '"') << (16 * n);
        m.open |= MASK16(folded, '{') << (16 * n);
        m.close |= MASK16(folded, '}') << (16 * n);
    }
    return m;
}
#endif

#if defined(__x86_64__) && defined(__clang__)
#include <immintrin.h>
#define MASK32(v, c) ((uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8((v), _mm256_set1_epi8(c))))

__attribute__((target("avx2"))) static inline Masks masks_avx2(const unsigned char *p) {
    Masks m = {0, 0, 0, 0};
    for (int n = 0; n < 2; n++) {
        __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)(p + 32 * n));
        __m256i folded = _mm256_or_si256(v, _mm256_set1_epi8(0x20));
        m.backslashes |= MASK32(v, '\\') << (32 * n);
        m.quotes |= MASK32(v, '"') << (32 * n);
        m.open |= MASK32(folded, '{') << (32 * n);
        m.close |= MASK32(folded, '}') << (32 * n);
    }
    return m;
}
#endif

// Bit k is the parity of bits 0…k: set from an opening quote up to (not with) its closing one
static inline uint64_t prefix_xor(uint64_t x) {
    x ^= x << 1; x ^= x << 2; x ^= x << 4; x ^= x << 8; x ^= x << 16; x ^= x << 32;
    return x;
}

// Brackets are counted outside strings; `{` and `[` are the bytes that are `{` with bit 5 set,
// `}` and `]` those that are `}`. Sixty-four bytes at a time with masks of bits (which bytes are
// quotes, which brackets, which inside a string: the prefix parity of the quotes), as simdjson
// finds its structure, when none of them is a backslash (30 in the 738 KB report); the bytes of
// those blocks, and the last 63, one by one. `MASKS` gives a block's masks (SSE2, or AVX2 where
// the processor has it: the same masks in half the instructions).
#define SKIP_CONTAINER(NAME, ATTRIBUTES, MASKS, HAS_MASKS)                                          \
ATTRIBUTES static size_t NAME(const unsigned char *bytes, size_t count, size_t at) {                \
    size_t depth = 0, i = at;                                                                       \
    int in_string = 0;                                                                              \
    while (i < count) {                                                                             \
        size_t limit = count;                                                                       \
        if (HAS_MASKS && count - i >= 64) {                                                         \
            Masks m = MASKS(bytes + i);                                                             \
            if (m.backslashes == 0) {                                                               \
                uint64_t inside = prefix_xor(m.quotes) ^ (in_string ? ~(uint64_t)0 : 0);            \
                uint64_t open = m.open & ~inside, close = m.close & ~inside;                        \
                in_string ^= __builtin_parityll(m.quotes);                                          \
                if (close == 0) {                                                                   \
                    depth += (size_t)__builtin_popcountll(open);                                    \
                } else {                                                                            \
                    for (uint64_t both = open | close; both != 0; both &= both - 1) {               \
                        int k = __builtin_ctzll(both);                                              \
                        if (open >> k & 1) {                                                        \
                            depth++;                                                                \
                        } else {                                                                    \
                            if (depth <= 1) return i + (size_t)k + 1;                               \
                            depth--;                                                                \
                        }                                                                           \
                    }                                                                               \
                }                                                                                   \
                i += 64;                                                                            \
                continue;                                                                           \
            }                                                                                       \
            limit = i + 64;                                                                         \
        }                                                                                           \
        while (i < limit) {                                                                         \
            unsigned char c = bytes[i];                                                             \
            if (in_string) {                                                                        \
                if (c == '\\') {                                                                    \
                    i += 2;                                                                         \
                    continue;                                                                       \
                }                                                                                   \
                if (c == '"') in_string = 0;                                                        \
            } else if (c == '"') {                                                                  \
                in_string = 1;                                                                      \
            } else if ((c | 0x20) == '{') {                                                         \
                depth++;                                                                            \
            } else if ((c | 0x20) == '}') {                                                         \
                if (depth <= 1) return i + 1;                                                       \
                depth--;                                                                            \
            }                                                                                       \
            i++;                                                                                    \
        }                                                                                           \
    }                                                                                               \
    return SIZE_MAX;                                                                                \
}

#if defined(__SSE2__)
SKIP_CONTAINER(skip_container, , masks_sse2, 1)
#else
static inline Masks no_masks(const unsigned char *p) { (void)p; Masks m = {1, 0, 0, 0}; return m; }
SKIP_CONTAINER(skip_container, , no_masks, 0)
#endif
#if defined(__x86_64__) && defined(__clang__)
SKIP_CONTAINER(skip_container_avx2, __attribute__((target("avx2,popcnt"))), masks_avx2, 1)
#endif

size_t pir_skip_trusted_value(const unsigned char *bytes, size_t count, size_t at) {
    if (at >= count) return SIZE_MAX;
    if (bytes[at] == '"') return skip_string(bytes, count, at);
    if (bytes[at] != '{' && bytes[at] != '[') return SIZE_MAX;
#if defined(__x86_64__) && defined(__clang__)
    // asked once a process (ParallelDecode's two threads may both ask: they store the same answer):
    // 0 not yet, 1 without AVX2, 2 with
    static int avx2 = 0;
    int has = __atomic_load_n(&avx2, __ATOMIC_RELAXED);
    if (has == 0) {
        __builtin_cpu_init();
        has = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt") ? 2 : 1;
        __atomic_store_n(&avx2, has, __ATOMIC_RELAXED);
    }
    if (has == 2) return skip_container_avx2(bytes, count, at);
#endif
    return skip_container(bytes, count, at);
}
