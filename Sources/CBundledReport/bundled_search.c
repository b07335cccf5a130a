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

const void *pir_find_bytes(const void *hay, size_t hay_count, const void *needle, size_t needle_count) {
    return memmem(hay, hay_count, needle, needle_count);
}
