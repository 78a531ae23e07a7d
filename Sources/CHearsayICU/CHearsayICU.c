// Implementation of the ICU wrapper: the only file in the project that includes ICU headers.
#include "CHearsayICU.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/uversion.h>

struct HSBreaker {
    UBreakIterator *iterator;
    UText *text;
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
    breaker->text = utext_openUTF8(breaker->text, bytes, length, &status);
    if (status > U_ZERO_ERROR) return (int32_t)status;
    ubrk_setUText(breaker->iterator, breaker->text, &status);
    if (status > U_ZERO_ERROR) return (int32_t)status;
    return 0;
}

int32_t hs_breaker_first(HSBreaker *breaker) {
    return ubrk_first(breaker->iterator);
}

int32_t hs_breaker_next(HSBreaker *breaker) {
    int32_t next = ubrk_next(breaker->iterator);
    return next == UBRK_DONE ? -1 : next;
}

int32_t hs_breaker_rule_status(const HSBreaker *breaker) {
    return ubrk_getRuleStatus(breaker->iterator);
}

int32_t hs_breaker_fill(HSBreaker *breaker, int32_t *offsets, int32_t *statuses, int32_t capacity) {
    int32_t n = 0;
    while (n < capacity) {
        int32_t next = ubrk_next(breaker->iterator);
        if (next == UBRK_DONE) break;
        offsets[n] = next;
        if (statuses) statuses[n] = ubrk_getRuleStatus(breaker->iterator);
        n++;
    }
    return n;
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
