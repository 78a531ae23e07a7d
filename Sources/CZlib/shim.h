#ifndef HEARSAY_CZLIB_SHIM_H
#define HEARSAY_CZLIB_SHIM_H
#include <zlib.h>
#endif
