// Implementation of the ICU wrapper: the only file in the project that includes ICU headers.
#include "CHearsayICU.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/udata.h>
#include <unicode/ures.h>
#include <unicode/utext.h>
#include <unicode/uversion.h>

struct HSBreaker {
    UBreakIterator *iterator;
    UText *text;
    /// Set when the iterator runs over a UTF-16 copy of UTF-8 text: `utf8` (of `length` bytes)
    /// maps the UTF-16 boundaries back to byte offsets; NULL when ICU reads the UTF-8 itself.
    const uint8_t *utf8;
    int64_t length;
    /// When not NULL, the byte offset of each UTF-16 index (and of the end), written by
    /// `hs_utf8_to_utf16`: boundaries are then looked up instead of walked to.
    const int32_t *map;
    /// The last mapped position, as a UTF-16 index and its byte offset (boundaries ascend).
    int32_t cursor16;
    int32_t cursor8;
};

static UBreakIteratorType hs_kind(int32_t kind) {
    switch (kind) {
    case HS_BREAK_WORD: return UBRK_WORD;
    case HS_BREAK_LINE: return UBRK_LINE;
    default: return UBRK_SENTENCE;
    }
}

HSBreaker *hs_breaker_open(int32_t kind, const char *locale, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open(hs_kind(kind), locale, NULL, 0, &status);
    if (status > U_ZERO_ERROR || it == NULL) {
        if (error) *error = status > 0 ? (int32_t)status : 1;
        if (it) ubrk_close(it);
        return NULL;
    }
    HSBreaker *b = calloc(1, sizeof(HSBreaker));
    if (!b) { ubrk_close(it); if (error) *error = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    b->iterator = it;
    if (error) *error = 0;
    return b;
}

HSBreaker *hs_breaker_clone(const HSBreaker *prototype, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_clone(prototype->iterator, &status);
    if (status > U_ZERO_ERROR || it == NULL) {
        if (error) *error = status > 0 ? (int32_t)status : 1;
        if (it) ubrk_close(it);
        return NULL;
    }
    HSBreaker *b = calloc(1, sizeof(HSBreaker));
    if (!b) { ubrk_close(it); if (error) *error = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    b->iterator = it;
    if (error) *error = 0;
    return b;
}

void hs_breaker_close(HSBreaker *breaker) {
    if (!breaker) return;
    if (breaker->iterator) ubrk_close(breaker->iterator);
    if (breaker->text) utext_close(breaker->text);
    free(breaker);
}

int32_t hs_breaker_set_text(HSBreaker *breaker, const uint8_t *utf8, int64_t length) {
    UErrorCode status = U_ZERO_ERROR;
    static const char empty[1] = {0};
    const char *bytes = utf8 ? (const char *)utf8 : empty;
    if (!utf8) length = 0;
    breaker->utf8 = NULL;
    breaker->map = NULL;
    breaker->text = utext_openUTF8(breaker->text, bytes, length, &status);
    if (status > U_ZERO_ERROR) return (int32_t)status;
    ubrk_setUText(breaker->iterator, breaker->text, &status);
    if (status > U_ZERO_ERROR) return (int32_t)status;
    return 0;
}

int64_t hs_utf8_to_utf16(const uint8_t *utf8, int64_t length, uint16_t *out, int32_t *map) {
    int64_t i = 0, n = 0;
    while (i < length) {
        // Eight ASCII bytes at a time.
        if (length - i >= 8) {
            uint64_t word;
            memcpy(&word, utf8 + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                for (int j = 0; j < 8; j++) out[n + j] = utf8[i + j];
                if (map) for (int j = 0; j < 8; j++) map[n + j] = (int32_t)(i + j);
                n += 8;
                i += 8;
                continue;
            }
        }
        uint32_t b = utf8[i];
        if (b < 0x80) {
            if (map) map[n] = (int32_t)i;
            out[n++] = (uint16_t)b;
            i++;
            continue;
        }
        uint32_t c;
        int k;
        if (b >= 0xC2 && b <= 0xDF) { c = b & 0x1F; k = 1; }
        else if (b >= 0xE0 && b <= 0xEF) { c = b & 0x0F; k = 2; }
        else if (b >= 0xF0 && b <= 0xF4) { c = b & 0x07; k = 3; }
        else return -1;
        if (i + k >= length) return -1;
        for (int j = 1; j <= k; j++) {
            uint32_t t = utf8[i + j];
            if ((t & 0xC0) != 0x80) return -1;
            c = (c << 6) | (t & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if ((k == 2 && (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))) || (k == 3 && (c < 0x10000 || c > 0x10FFFF))) return -1;
        if (c >= 0x10000) {
            c -= 0x10000;
            // No boundary falls between the two halves of a pair; both map to the character.
            if (map) { map[n] = (int32_t)i; map[n + 1] = (int32_t)i; }
            out[n++] = (uint16_t)(0xD800 | (c >> 10));
            out[n++] = (uint16_t)(0xDC00 | (c & 0x3FF));
        } else {
            if (map) map[n] = (int32_t)i;
            out[n++] = (uint16_t)c;
        }
        i += k + 1;
    }
    if (map) map[n] = (int32_t)length;
    return n;
}

int32_t hs_breaker_set_text_utf16(HSBreaker *breaker, const uint16_t *utf16, int32_t units,
                                  const uint8_t *utf8, int64_t length, const int32_t *map) {
    UErrorCode status = U_ZERO_ERROR;
    static const UChar empty[1] = {0};
    breaker->text = utext_openUChars(breaker->text, units > 0 ? (const UChar *)utf16 : empty, units, &status);
    if (status > U_ZERO_ERROR) return (int32_t)status;
    ubrk_setUText(breaker->iterator, breaker->text, &status);
    if (status > U_ZERO_ERROR) return (int32_t)status;
    // Text all in ASCII has the same offsets in both encodings: no mapping then.
    breaker->utf8 = (int64_t)units == length ? NULL : utf8;
    breaker->map = breaker->utf8 ? map : NULL;
    breaker->length = length;
    breaker->cursor16 = 0;
    breaker->cursor8 = 0;
    return 0;
}

/// The byte offset of UTF-16 index `index`: looked up in the map when there is one, else
/// walked to from the cursor (or from the start when `index` lies before it).
static inline int32_t hs_byte_offset(HSBreaker *breaker, int32_t index) {
    if (!breaker->utf8) return index;
    if (breaker->map) return breaker->map[index];
    if (index < breaker->cursor16) { breaker->cursor16 = 0; breaker->cursor8 = 0; }
    const uint8_t *bytes = breaker->utf8;
    int32_t c16 = breaker->cursor16, c8 = breaker->cursor8;
    while (c16 < index && c8 < breaker->length) {
        // Eight ASCII bytes are eight units: skip them in one step.
        if (index - c16 >= 8 && breaker->length - c8 >= 8) {
            uint64_t word;
            memcpy(&word, bytes + c8, 8);
            if ((word & 0x8080808080808080ULL) == 0) { c8 += 8; c16 += 8; continue; }
        }
        uint8_t b = bytes[c8];
        if (b < 0x80) { c8 += 1; c16 += 1; }
        else if (b < 0xE0) { c8 += 2; c16 += 1; }
        else if (b < 0xF0) { c8 += 3; c16 += 1; }
        else { c8 += 4; c16 += 2; }
    }
    breaker->cursor16 = c16;
    breaker->cursor8 = c8;
    return c8;
}

int32_t hs_breaker_first(HSBreaker *breaker) {
    return hs_byte_offset(breaker, ubrk_first(breaker->iterator));
}

int32_t hs_breaker_next(HSBreaker *breaker) {
    int32_t next = ubrk_next(breaker->iterator);
    return next == UBRK_DONE ? -1 : hs_byte_offset(breaker, next);
}

int32_t hs_breaker_rule_status(const HSBreaker *breaker) {
    return ubrk_getRuleStatus(breaker->iterator);
}

int32_t hs_breaker_fill(HSBreaker *breaker, int32_t *offsets, int32_t *statuses, int32_t capacity) {
    int32_t n = 0;
    while (n < capacity) {
        int32_t next = ubrk_next(breaker->iterator);
        if (next == UBRK_DONE) break;
        offsets[n] = hs_byte_offset(breaker, next);
        if (statuses) statuses[n] = ubrk_getRuleStatus(breaker->iterator);
        n++;
    }
    return n;
}

int32_t hs_word_break_property(int32_t c) {
    return u_getIntPropertyValue((UChar32)c, UCHAR_WORD_BREAK);
}

int32_t hs_sentence_break_property(int32_t c) {
    return u_getIntPropertyValue((UChar32)c, UCHAR_SENTENCE_BREAK);
}

int32_t hs_sentence_exceptions(const char *locale, uint8_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UResourceBundle *bundle = ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", locale, &status);
    if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING) { ures_close(bundle); return -1; }
    UResourceBundle *exceptions = ures_getByKey(bundle, "exceptions", NULL, &status);
    UResourceBundle *breaks = U_SUCCESS(status) ? ures_getByKey(exceptions, "SentenceBreak", NULL, &status) : NULL;
    int32_t total = U_FAILURE(status) ? -1 : 0;
    UResourceBundle *item = NULL;
    while (total >= 0 && ures_hasNext(breaks)) {
        UErrorCode itemStatus = U_ZERO_ERROR;
        item = ures_getNextResource(breaks, item, &itemStatus);
        char utf8[256];
        int32_t length = sizeof utf8;
        ures_getUTF8String(item, utf8, &length, true, &itemStatus);
        if (U_FAILURE(itemStatus) || length >= (int32_t)sizeof utf8) { total = -1; break; }
        if (out && total + length + 1 <= capacity) {
            memcpy(out + total, utf8, (size_t)length);
            out[total + length] = 0;
        }
        total += length + 1;
    }
    ures_close(item);
    ures_close(breaks);
    ures_close(exceptions);
    ures_close(bundle);
    return total;
}

const char *hs_icu_version(void) {
    static char version[U_MAX_VERSION_STRING_LENGTH] = {0};
    if (version[0] == 0) {
        UVersionInfo info;
        u_getVersion(info);
        u_versionToString(info, version);
    }
    return version;
}
