// The dataset is compiled into the binary rather than shipped as a SwiftPM resource bundle:
// a bundle must sit beside the executable, and a `pir` copied alone must still open the report.
// `#embed` (C23) also lets the build system track the JSON as a dependency of this file.
#include "CBundledReport.h"

static const unsigned char bytes[] = {
#embed "../../Resources/pir-2020-2021.zh.json"
};

const unsigned char *pir_bundled_report_bytes(void) { return bytes; }
size_t pir_bundled_report_size(void) { return sizeof bytes; }
