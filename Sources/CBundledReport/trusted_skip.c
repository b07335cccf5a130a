// Passing over a value of JSON known to be well formed (the bundled report whose digest is the
// verified one): FastDecoder's skip for the sections and fields a command does not read. In C for
// SSE2's sixteen bytes a compare, which Swift's SIMD types do not turn into a mask of bits.
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

size_t pir_skip_trusted_value(const unsigned char *bytes, size_t count, size_t at) {
    if (at >= count) return SIZE_MAX;
    if (bytes[at] == '"') return skip_string(bytes, count, at);
    if (bytes[at] != '{' && bytes[at] != '[') return SIZE_MAX;
    // brackets counted and strings passed; `{` and `[` are the bytes that are `{` with bit 5 set,
    // `}` and `]` those that are `}`
    size_t depth = 0, i = at;
    while (i < count) {
#if defined(__SSE2__)
        while (i + 16 <= count) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(bytes + i));
            __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
            __m128i hits = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                        _mm_or_si128(_mm_cmpeq_epi8(folded, _mm_set1_epi8('{')),
                                                     _mm_cmpeq_epi8(folded, _mm_set1_epi8('}'))));
            unsigned mask = (unsigned)_mm_movemask_epi8(hits);
            if (mask != 0) {
                i += (size_t)__builtin_ctz(mask);
                break;
            }
            i += 16;
        }
        if (i >= count) break;
#endif
        unsigned char c = bytes[i];
        if (c == '"') {
            i = skip_string(bytes, count, i);
            if (i == SIZE_MAX) return SIZE_MAX;
            continue;
        }
        if ((c | 0x20) == '{') {
            depth++;
        } else if ((c | 0x20) == '}') {
            if (depth <= 1) return i + 1;
            depth--;
        }
        i++;
    }
    return SIZE_MAX;
}
