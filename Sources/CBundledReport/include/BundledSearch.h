#ifndef BUNDLEDSEARCH_H
#define BUNDLEDSEARCH_H
#include <stddef.h>

/// The bytes of Resources/search-index.txt (the bundled report's search entries, prepared by
/// `PreparedSearch.generate`), embedded at build time.
const unsigned char *pir_bundled_search_bytes(void);
/// Their count.
size_t pir_bundled_search_size(void);

#endif
