#ifndef BUNDLEDSEARCH_H
#define BUNDLEDSEARCH_H
#include <stddef.h>

/// The bytes of Resources/search-index.txt (the bundled report's search entries, prepared by
/// `PreparedSearch.generate`), embedded at build time.
const unsigned char *pir_bundled_search_bytes(void);
/// Their count.
size_t pir_bundled_search_size(void);
/// The first place `needle`'s bytes occur in `hay`, or NULL (as `memmem`, which Swift's Glibc
/// module does not import, but by `memchr` for the needle's least common byte).
const void *pir_find_bytes(const void *hay, size_t hay_count, const void *needle, size_t needle_count);

#endif
