// The bundled report's search entries, prepared ahead (Resources/search-index.txt, written by
// `PreparedSearch.generate` and compared with a fresh one by PreparedSearchTests), embedded like
// the report itself so `pir search` on the bundled report neither decodes it nor builds the index.
#include "BundledSearch.h"

static const unsigned char bytes[] = {
#embed "../../Resources/search-index.txt"
};

const unsigned char *pir_bundled_search_bytes(void) { return bytes; }
size_t pir_bundled_search_size(void) { return sizeof bytes; }
