/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Finding quoted words in a text: the TextQuoteSelector search shared by citations and annotations. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  BRIEFING_ANCHOR_FOUND,          /* exactly one place fits, or the hint chose one */
  BRIEFING_ANCHOR_AMBIGUOUS,      /* several places fit equally; the first was taken */
  BRIEFING_ANCHOR_CONTEXT_DIFFERS, /* the quote is there, but never with its prefix and suffix */
  BRIEFING_ANCHOR_NOT_FOUND,
} BriefingAnchorResult;

/* Looks for @exact in @text (@text_len bytes). A candidate fits when @prefix (nullable) ends right
 * before it and @suffix (nullable) starts right after it. @hint_start, a code-point offset or -1,
 * chooses the nearest among several fitting places. On FOUND, AMBIGUOUS and CONTEXT_DIFFERS the byte
 * range of the chosen place is stored in @start/@end. */
BriefingAnchorResult briefing_anchor_find (const char *text,
                                           gsize       text_len,
                                           const char *exact,
                                           const char *prefix,
                                           const char *suffix,
                                           gint64      hint_start,
                                           gsize      *start,
                                           gsize      *end);

/* Code-point offset of byte @offset in @text. */
gint64               briefing_anchor_byte_to_char (const char *text,
                                                   gsize       offset);
/* Byte offset of code point @index in @text (@text_len bytes); -1 when past the end. */
gssize               briefing_anchor_char_to_byte (const char *text,
                                                   gsize       text_len,
                                                   gint64      index);

G_END_DECLS
