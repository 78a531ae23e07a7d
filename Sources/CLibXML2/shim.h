#ifndef HEARSAY_CLIBXML2_SHIM_H
#define HEARSAY_CLIBXML2_SHIM_H
// Debian's libxml2 is built with ICU and its encoding.h then includes the system ICU headers,
// which clash with Foundation's own ICU in any Swift module that imports both (DESIGN.md).
// Hearsay never touches libxml2's ICU converter fields, so hide them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/// Frees memory that libxml2 allocated (xmlFree is a global function pointer Swift 6 will not touch).
static inline void hs_xml_free(void *pointer) { xmlFree(pointer); }

#include "arena.h"
#endif
