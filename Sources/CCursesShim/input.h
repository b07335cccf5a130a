// Shared between shim.c (start, stop, suspend) and input.c (reading keys); not part of the module.
#ifndef PIR_CCURSESSHIM_INPUT_H
#define PIR_CCURSESSHIM_INPUT_H
enum { PIR_MOUSE_NONE = 0, PIR_MOUSE_SGR = 1, PIR_MOUSE_X10 = 2 };
/// How input.c decodes: UTF-8 or bytes, and which mouse reports follow KEY_MOUSE.
void pir_input_configure(int utf8, int mouse_mode);
#endif
