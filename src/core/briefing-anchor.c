/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-anchor"

#include "config.h"

#include <string.h>

#include "briefing-anchor.h"

static gboolean
fits (const char *text,
      gsize       text_len,
      gsize       start,
      gsize       end,
      const char *prefix,
      const char *suffix)
{
  if (prefix != NULL && *prefix != '\0')
    {
      gsize n = strlen (prefix);

      if (n > start || memcmp (text + start - n, prefix, n) != 0)
        return FALSE;
    }

  if (suffix != NULL && *suffix != '\0')
    {
      gsize n = strlen (suffix);

      if (n > text_len - end || memcmp (text + end, suffix, n) != 0)
        return FALSE;
    }

  return TRUE;
}

BriefingAnchorResult
briefing_anchor_find (const char *text,
                      gsize       text_len,
                      const char *exact,
                      const char *prefix,
                      const char *suffix,
                      gint64      hint_start,
                      gsize      *start,
                      gsize      *end)
{
  gsize exact_len;
  gssize first_any = -1, best = -1;
  guint n_fitting = 0;
  gint64 best_distance = G_MAXINT64;
  gint64 chars = 0;
  gsize counted = 0;
  const char *p;

  g_return_val_if_fail (text != NULL, BRIEFING_ANCHOR_NOT_FOUND);
  g_return_val_if_fail (exact != NULL, BRIEFING_ANCHOR_NOT_FOUND);

  exact_len = strlen (exact);
  if (exact_len == 0 || exact_len > text_len)
    return BRIEFING_ANCHOR_NOT_FOUND;

  for (p = memmem (text, text_len, exact, exact_len);
       p != NULL;
       p = memmem (p + 1, text_len - (p + 1 - text), exact, exact_len))
    {
      gsize s = p - text;

      if (first_any < 0)
        first_any = s;

      if (!fits (text, text_len, s, s + exact_len, prefix, suffix))
        continue;

      n_fitting++;
      if (hint_start < 0)
        {
          if (best < 0)
            best = s;
          continue;
        }

      /* Count code points incrementally: candidates come in increasing order. */
      chars += g_utf8_strlen (text + counted, s - counted);
      counted = s;
      if (ABS (chars - hint_start) < best_distance)
        {
          best_distance = ABS (chars - hint_start);
          best = s;
        }
    }

  if (best >= 0)
    {
      *start = best;
      *end = best + exact_len;
      return n_fitting > 1 && hint_start < 0 ? BRIEFING_ANCHOR_AMBIGUOUS : BRIEFING_ANCHOR_FOUND;
    }

  if (first_any >= 0)
    {
      *start = first_any;
      *end = first_any + exact_len;
      return BRIEFING_ANCHOR_CONTEXT_DIFFERS;
    }

  return BRIEFING_ANCHOR_NOT_FOUND;
}

gint64
briefing_anchor_byte_to_char (const char *text,
                              gsize       offset)
{
  return g_utf8_strlen (text, offset);
}

gssize
briefing_anchor_char_to_byte (const char *text,
                              gsize       text_len,
                              gint64      index)
{
  const char *p = text, *end = text + text_len;

  if (index < 0)
    return -1;

  for (gint64 i = 0; i < index; i++)
    {
      if (p >= end)
        return -1;
      p = g_utf8_next_char (p);
    }

  return p <= end ? p - text : -1;
}
