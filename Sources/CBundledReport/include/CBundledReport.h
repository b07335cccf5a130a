#ifndef CBUNDLEDREPORT_H
#define CBUNDLEDREPORT_H
#include <stddef.h>
#include "BundledSearch.h"  // the search entries prepared with the report

/// The bytes of Resources/pir-2020-2021.zh.json, embedded at build time.
const unsigned char *pir_bundled_report_bytes(void);
/// Their count.
size_t pir_bundled_report_size(void);

#endif
