// The bundled report's search entries, prepared ahead (Resources/search-index.txt, written by
// `PreparedSearch.generate` and compared with a fresh one by PreparedSearchTests), embedded like
// the report itself so `pir search` on the bundled report neither decodes it nor builds the index.
#define _GNU_SOURCE  // memmem
#include <string.h>
#include "BundledSearch.h"

static const unsigned char bytes[] = {
#embed "../../Resources/search-index.txt"
};

const unsigned char *pir_bundled_search_bytes(void) { return bytes; }
size_t pir_bundled_search_size(void) { return sizeof bytes; }

// How often a byte is met in the report's text, roughly: a UTF-8 continuation byte (one of 64)
// seldom, a CJK lead byte (0xE4-0xE9 lead most of the text) and a space or lower-case letter often.
static int commonness(unsigned char b) {
    if (b >= 0x80 && b < 0xC0) return 1;
    if (b >= 0xE0) return 4;
    if (b == ' ' || (b >= 'a' && b <= 'z')) return 3;
    return 2;
}

const void *pir_find_bytes(const void *hay, size_t hay_count, const void *needle, size_t needle_count) {
    // memchr for the needle's least common byte (most of it is a vector scan that seldom stops),
    // then memcmp where it is: memmem went through the entries at about two instructions a byte
    const unsigned char *h = hay, *n = needle;
    if (needle_count == 0 || needle_count > hay_count) return memmem(hay, hay_count, needle, needle_count);
    size_t rare = 0;
    for (size_t k = 1; k < needle_count; k++) if (commonness(n[k]) < commonness(n[rare])) rare = k;
    // the rare byte's place in the hay runs from `rare` to the last start's `rare`
    const unsigned char *at = h + rare, *last = h + (hay_count - needle_count) + rare;
    while (at <= last) {
        const unsigned char *found = memchr(at, n[rare], (size_t)(last - at) + 1);
        if (found == NULL) return NULL;
        if (memcmp(found - rare, n, needle_count) == 0) return found - rare;
        at = found + 1;
    }
    return NULL;
}
