#ifndef CBUNDLEDREPORT_H
#define CBUNDLEDREPORT_H
#include <stddef.h>
#include "BundledSearch.h"  // the search entries prepared with the report

/// The bytes of Resources/pir-2020-2021.zh.json, embedded at build time.
const unsigned char *pir_bundled_report_bytes(void);
/// Their count.
size_t pir_bundled_report_size(void);

/// The offset just past the string, object or array that starts at `at` in bytes known to be
/// well-formed JSON (only brackets and quotes are looked at: trusted_skip.c); SIZE_MAX when `at`
/// holds none of them or the bytes end first.
size_t pir_skip_trusted_value(const unsigned char *bytes, size_t count, size_t at);

#endif
