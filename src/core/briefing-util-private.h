/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Small helpers the model types share. */
#pragma once

#include <glib.h>
#include <string.h>

G_BEGIN_DECLS

/* Replaces *@str_pointer by a copy of @new_str; TRUE when the value changed (g_set_str() is 2.76). */
static inline gboolean
briefing_set_str (char       **str_pointer,
                  const char  *new_str)
{
  char *copy;

  if (g_strcmp0 (*str_pointer, new_str) == 0)
    return FALSE;

  copy = g_strdup (new_str);
  g_free (*str_pointer);
  *str_pointer = copy;

  return TRUE;
}

/* Two arrays of strings with the same strings in the same order. */
static inline gboolean
briefing_str_array_equal (GPtrArray *a,
                          GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    if (g_strcmp0 (g_ptr_array_index (a, i), g_ptr_array_index (b, i)) != 0)
      return FALSE;

  return TRUE;
}

/* A name, title or headline is shown on one line: at most this many characters (the bundle reader
 * refuses longer ones). */
#define BRIEFING_LABEL_MAX_CHARS 1000

/* @text, or, when it is longer than BRIEFING_LABEL_MAX_CHARS, its beginning cut after the last
 * word that fits, with "…": for names and titles Briefing makes from what it reads. */
static inline char *
briefing_label_shorten (const char *text)
{
  const char *cut, *space = NULL;

  if (text == NULL)
    return NULL;
  if (g_utf8_strlen (text, -1) <= BRIEFING_LABEL_MAX_CHARS)
    return g_strdup (text);

  /* Room for the ellipsis. */
  cut = g_utf8_offset_to_pointer (text, BRIEFING_LABEL_MAX_CHARS - 1);
  for (const char *p = text; p < cut; p++)
    if (*p == ' ')
      space = p;
  if (space != NULL && space - text > (cut - text) / 2)
    cut = space;
  while (cut > text && cut[-1] == ' ')
    cut--;
  {
    GString *shortened = g_string_new_len (text, cut - text);

    g_string_append (shortened, "…");
    return g_string_free (shortened, FALSE);
  }
}

/* Room for the digits of any guint64. */
#define BRIEFING_DIGITS_MAX 20

/* The decimal digits of @value, at least @width of them with zeros in front, written so that they
 * end at @end; returns where they start. @end needs MAX (@width, BRIEFING_DIGITS_MAX) bytes before
 * it. Without printf: bundles and briefings hold hundreds of thousands of numbers. */
static inline char *
briefing_format_digits (char    *end,
                        guint64  value,
                        int      width)
{
  char *p = end;

  do
    {
      *--p = (char) ('0' + value % 10);
      width--;
    }
  while ((value /= 10) != 0);
  while (width-- > 0)
    *--p = '0';
  return p;
}

/* Past the JSON white space (space, tab, line feed, carriage return) at @p, up to @end. */
static inline const char *
briefing_json_skip_space (const char *p,
                          const char *end)
{
  while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
    p++;
  return p;
}

/* The value of the hexadecimal digit @c, or -1. */
static inline int
briefing_json_hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Whether none of the eight bytes at @p is a quote, a backslash, a control character (below 0x20)
 * or, with @and_del, DEL: JSON string text that needs no escape, eight bytes tested at once. */
static inline gboolean
briefing_json_plain_word (const char *p,
                          gboolean    and_del)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  guint64 w, quote, backslash, found;

  memcpy (&w, p, 8);
  quote = w ^ (ones * '"');
  backslash = w ^ (ones * '\\');
  /* A zero byte in quote or backslash, or a byte below 0x20 in w, sets its high bit. */
  found = ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | ((w - ones * 0x20) & ~w);
  if (and_del)
    {
      guint64 del = w ^ (ones * 0x7f);

      found |= (del - ones) & ~del;
    }
  return (found & highs) == 0;
}

G_END_DECLS
